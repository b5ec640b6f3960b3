package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.account.RiskFlag;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.domain.subsystem.SubsystemFaults;
import java.util.Currency;
import java.util.Set;

/**
 * The named policies every billing command runs before it changes anything, and the calls to
 * subsystems that may fail. Each returns the refusal, or null when the command may go on.
 */
final class Checks {

  /** Currencies the payment system settles in. */
  static final Set<Currency> SUPPORTED_CURRENCIES =
      Set.of(Currency.getInstance("CNY"), Currency.getInstance("USD"));

  final Catalogue catalogue;
  final SubsystemFaults faults;

  Checks(Catalogue catalogue, SubsystemFaults faults) {
    this.catalogue = catalogue;
    this.faults = faults;
  }

  BillingError error(Api api, String code, String instanceId) {
    return catalogue.error(api, code, instanceId);
  }

  /** A call to a subsystem: the injected fault if one fires, else null. */
  BillingError call(Subsystem subsystem, Api api, String uid, String instanceId) {
    return faults.call(subsystem, api, uid, instanceId).orElse(null);
  }

  /** The account must exist and not be closed. */
  BillingError accountExistsPolicy(AccountBook book, Api api, String instanceId) {
    return book == null || book.account().closed()
        ? error(api, "AccountAliyunAccountNotExist", instanceId)
        : null;
  }

  static RamUser ramUserOf(Account account, Caller caller) {
    if (caller.ramUser() == null) {
      return null;
    }
    for (RamUser user : account.ramUsers()) {
      if (user.name().equals(caller.ramUser())) {
        return user;
      }
    }
    // A key of a RAM user that no longer exists may call nothing.
    return new RamUser(caller.ramUser(), java.util.List.of(), Set.of(), Set.of("-"));
  }

  /** A RAM sub-user must be allowed the action. */
  BillingError ramActionPolicy(RamUser ram, String action, Api api, String instanceId) {
    return ram != null && !ram.mayCall(action) ? error(api, "AuthRamAuthFailed", instanceId) : null;
  }

  /** The account must be allowed to trade: status, real name, basic info, bidding, arrears. */
  BillingError accountInGoodStandingPolicy(Account account, Api api, String instanceId) {
    if (account.status() == AccountStatus.FROZEN) {
      return error(api, "AccountAliyunAccountFrozen", instanceId);
    }
    if (account.status() == AccountStatus.ILLEGAL) {
      return error(api, "OrderAccountStatusIllegal", instanceId);
    }
    if (!account.realNameVerified()) {
      return error(api, "OrderNoRealNameAuthentication", instanceId);
    }
    if (!account.basicInfoComplete()) {
      return error(api, "BasicInfoUncompleted", instanceId);
    }
    if (account.bidUser()) {
      return error(api, "OrderBidUserOrderForbidden", instanceId);
    }
    if (account.arrears().isPositive()) {
      return error(api, api == Api.ECS ? "Account.Arrearage" : "OrderArrearage", instanceId);
    }
    return null;
  }

  /** The payment system settles only some currencies, and only in the account's own. */
  BillingError currencyPolicy(Account account, Currency priced, Api api, String instanceId) {
    if (!SUPPORTED_CURRENCIES.contains(account.currency())) {
      return error(api, "PayCurrencyNotSupported", instanceId);
    }
    if (priced != null && !priced.equals(account.currency())) {
      return error(api, "PayCurrencyInconsistency", instanceId);
    }
    return null;
  }

  /** Risk control: a flag held against the account refuses the order with its code. */
  BillingError riskPolicy(Account account, Api api, String instanceId) {
    // In catalogue order, so the first flag's code wins; most accounts hold none.
    if (!account.riskFlags().isEmpty()) {
      for (RiskFlag flag : RiskFlag.values()) {
        if (account.riskFlags().contains(flag)) {
          return error(api, flag.code(), instanceId);
        }
      }
    }
    return call(Subsystem.RISK, api, account.uid(), instanceId);
  }
}
