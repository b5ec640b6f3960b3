package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.RiskFlag;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.domain.subsystem.SubsystemFaults;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/**
 * The named policies every billing command runs before it changes anything, and the calls to
 * subsystems that may fail. Each returns the refusal, or nothing when the command may go on.
 */
final class Checks {

  /** Currencies the payment system settles in. */
  static final Set<Currency> SUPPORTED_CURRENCIES = Set.of(Money.CNY, Currency.getInstance("USD"));

  final Catalogue catalogue;
  final SubsystemFaults faults;

  Checks(Catalogue catalogue, SubsystemFaults faults) {
    this.catalogue = catalogue;
    this.faults = faults;
  }

  Optional<BillingError> refuse(Api api, String code, String instanceId) {
    return Optional.of(catalogue.error(api, code, instanceId));
  }

  /** A call to a subsystem about the command's subject: the injected fault if one fires. */
  <C> Policy<Attempt<C>> call(Subsystem subsystem) {
    return c -> faults.call(subsystem, c.api(), c.caller().uid(), c.subject());
  }

  /** The account must exist and not be closed. */
  Optional<BillingError> accountExists(Attempt<?> c) {
    return c.book() == null || c.book().account().closed()
        ? refuse(c.api(), "AccountAliyunAccountNotExist", c.subject())
        : Optional.empty();
  }

  /** A RAM sub-user must be allowed the action. */
  Optional<BillingError> ramAction(Attempt<?> c) {
    return c.account().allows(c.caller(), c.action())
        ? Optional.empty()
        : refuse(c.api(), "AuthRamAuthFailed", c.subject());
  }

  /** The account must be allowed to trade: status, real name, basic info, bidding, arrears. */
  Optional<BillingError> accountInGoodStanding(Attempt<?> c) {
    Account account = c.account();
    Api api = c.api();
    String id = c.subject();
    if (account.status() == AccountStatus.FROZEN) {
      return refuse(api, "AccountAliyunAccountFrozen", id);
    }
    if (account.status() == AccountStatus.ILLEGAL) {
      return refuse(api, "OrderAccountStatusIllegal", id);
    }
    if (!account.realNameVerified()) {
      return refuse(api, "OrderNoRealNameAuthentication", id);
    }
    if (!account.basicInfoComplete()) {
      return refuse(api, "BasicInfoUncompleted", id);
    }
    if (account.bidUser()) {
      return refuse(api, "OrderBidUserOrderForbidden", id);
    }
    if (account.arrears().isPositive()) {
      return refuse(api, api == Api.ECS ? "Account.Arrearage" : "OrderArrearage", id);
    }
    return Optional.empty();
  }

  /** The payment system settles only some currencies, and only in the account's own. */
  Optional<BillingError> currency(Account account, Currency priced, Api api, String instanceId) {
    if (!SUPPORTED_CURRENCIES.contains(account.currency())) {
      return refuse(api, "PayCurrencyNotSupported", instanceId);
    }
    if (priced != null && !priced.equals(account.currency())) {
      return refuse(api, "PayCurrencyInconsistency", instanceId);
    }
    return Optional.empty();
  }

  /** Risk control: a flag held against the account refuses the order with its code. */
  Optional<BillingError> risk(Attempt<?> c) {
    Account account = c.account();
    // In catalogue order, so the first flag's code wins; most accounts hold none.
    if (!account.riskFlags().isEmpty()) {
      for (RiskFlag flag : RiskFlag.values()) {
        if (account.riskFlags().contains(flag)) {
          return refuse(c.api(), flag.code(), c.subject());
        }
      }
    }
    return faults.call(Subsystem.RISK, c.api(), account.uid(), c.subject());
  }
}
