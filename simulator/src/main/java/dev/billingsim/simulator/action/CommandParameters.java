package dev.billingsim.simulator.action;

import static java.lang.Boolean.FALSE;
import static java.lang.Boolean.TRUE;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.order.CreateInstances;
import dev.billingsim.domain.renewal.AutoRenewal;
import dev.billingsim.domain.renewal.ClientToken;
import dev.billingsim.domain.renewal.MagicIds;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.Term;
import dev.billingsim.domain.result.Result;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the wire parameters of the billing commands (renewals and purchases, ENS and ECS) into the
 * domain's typed commands, exactly as the seed documents say, with the catalogue's codes. The one
 * place a request's parameters are checked; the required ones are checked by the dispatcher.
 *
 * <p>Term, for every action: {@code Period} 1-9 or 12 with {@code PeriodUnit} Month, 1-5 with Year,
 * default 1 (the ENS renewal document's ranges; ECS's documents give none). PeriodUnit defaults to
 * Month for ENS and Year for ECS. ENS answers {@code InvalidParameter.<Field>}; ECS its own codes,
 * among them {@code InvalidPeriodUnit.ValueNotSupported} for Week, Day, Hour and Minute.
 *
 * <p>ENS RenewARMServerInstance: InstanceId; AutoRenew (renews automatically by the term just
 * bought). ECS RenewElasticityAssurances: PrivatePoolOptions.Id.N (1 to 20); ClientToken; AutoPay
 * default true; AutoRenew default false; AutoRenewPeriod 1, 2, 3, 6, 12, 24 or 36 months, required
 * with AutoRenew=true. Empty values count as absent: the new SDK sends empty optional parameters.
 */
public final class CommandParameters {

  public static final int MAX_ECS_IDS = 20;
  private static final Set<Integer> MONTH_PERIODS = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 12);
  private static final Set<Integer> AUTO_RENEW_PERIODS = Set.of(1, 2, 3, 6, 12, 24, 36);
  private static final Set<String> OTHER_TIME_UNITS = Set.of("Week", "Day", "Hour", "Minute");
  private static final String ECS_IDS = "PrivatePoolOptions.Id.";
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  private final Catalogue catalogue;

  public CommandParameters(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** An ENS RenewARMServerInstance request. */
  public Result<RenewInstances> ensRenewal(Caller caller, Map<String, String> params) {
    Product ens = Product.ENS;
    String id = value(params, "InstanceId");
    if (MagicIds.isMagic(id)) {
      return Result.rejected(MagicIds.errorFor(ens, id, catalogue));
    }
    if (id == null || !wellFormedId(id, null)) {
      return invalid(ens, "InvalidParameter.InstanceId", id);
    }
    Result<Term> term = term(ens, params, id);
    if (!term.isOk()) {
      return Result.rejected(term.error());
    }
    Boolean autoRenew = flag(params, "AutoRenew", false);
    if (autoRenew == null) {
      return invalid(ens, "InvalidParameter.AutoRenew", id);
    }
    return Result.ok(
        new RenewInstances(
            caller,
            ens,
            List.of(id),
            term.value(),
            true,
            autoRenew ? new AutoRenewal(term.value().months()) : null,
            null, // ENS takes no ClientToken
            null));
  }

  /** An ECS RenewElasticityAssurances request. */
  public Result<RenewInstances> ecsRenewal(Caller caller, Map<String, String> params) {
    Product ecs = Product.ECS;
    List<String> ids = ecsIds(params);
    if (ids == null) {
      return invalid(ecs, "InvalidParameter.PrivatePoolOptionsId", null);
    }
    if (ids.isEmpty()) {
      return invalid(ecs, "MissingParameter.PrivatePoolOptions.Id", null);
    }
    for (String id : ids) {
      if (MagicIds.isMagic(id)) {
        return Result.rejected(MagicIds.errorFor(ecs, id, catalogue));
      }
    }
    if (ids.size() > MAX_ECS_IDS) {
      return invalid(ecs, "OrderMainOrderSizeOverflow", ids.get(MAX_ECS_IDS));
    }
    for (String id : ids) {
      if (!wellFormedId(id, ecs.idPrefix())) {
        return invalid(ecs, "InvalidParameter.PrivatePoolOptionsId", id);
      }
    }
    if (new HashSet<>(ids).size() != ids.size()) {
      return invalid(ecs, "OrderQuantityInvalid", ids.get(0));
    }
    String first = ids.get(0);
    String chargeType = value(params, "ChargeType");
    if (chargeType != null && !chargeType.equals("PrePaid")) {
      return invalid(ecs, "InvalidChargeType.ValueNotSupported", first);
    }
    Result<Term> term = term(ecs, params, first);
    if (!term.isOk()) {
      return Result.rejected(term.error());
    }
    Boolean autoPay = flag(params, "AutoPay", true);
    if (autoPay == null) {
      return invalid(ecs, "InvalidParameter.AutoPay", first);
    }
    Boolean autoRenew = flag(params, "AutoRenew", false);
    if (autoRenew == null) {
      return invalid(ecs, "InvalidParameter.AutoRenew", first);
    }
    String periodText = value(params, "AutoRenewPeriod");
    Integer autoRenewPeriod = periodText == null ? null : integer(periodText);
    if ((periodText != null
            && (autoRenewPeriod == null || !AUTO_RENEW_PERIODS.contains(autoRenewPeriod)))
        || (autoRenew && autoRenewPeriod == null)) {
      return invalid(ecs, "InvalidAutoRenewPeriod.ValueNotSupported", first);
    }
    String token = value(params, "ClientToken");
    if (token != null && (token.length() > 64 || !isAscii(token))) {
      return invalid(ecs, "InvalidParameter.ClientToken", first);
    }
    String owner = value(params, "ResourceOwnerAccount");
    // The request as a retry must repeat it; Period as sent, so an absent one differs from "1".
    String canonical =
        "PrivatePoolOptions.Id="
            + String.join(",", ids)
            + ";Period="
            + value(params, "Period")
            + ";PeriodUnit="
            + unit(ecs, params)
            + ";AutoPay="
            + autoPay
            + ";AutoRenew="
            + autoRenew
            + ";AutoRenewPeriod="
            + autoRenewPeriod
            + ";ResourceOwnerAccount="
            + owner;
    return Result.ok(
        new RenewInstances(
            caller,
            ecs,
            ids,
            term.value(),
            autoPay,
            autoRenew ? new AutoRenewal(autoRenewPeriod) : null,
            token == null ? null : new ClientToken(token, canonical),
            owner));
  }

  /** An ENS CreateARMServerInstances request: Amount (1-100) servers of ServerType. */
  public Result<CreateInstances> ensPurchase(Caller caller, Map<String, String> params) {
    String amountText = value(params, "Amount");
    Integer amount = amountText == null ? Integer.valueOf(1) : integer(amountText);
    if (amount == null || amount < 1 || amount > 100) {
      return invalid(Product.ENS, "OrderQuantityInvalid", null);
    }
    Result<Term> term = term(Product.ENS, params, null);
    if (!term.isOk()) {
      return Result.rejected(term.error());
    }
    String payType = value(params, "PayType");
    if (payType != null && !payType.equals("Subscription") && !payType.equals("PrePaid")) {
      return invalid(Product.ENS, "InvalidParameter.PayType", null);
    }
    return Result.ok(
        purchase(caller, Product.ENS, params, "ServerType", amount, term.value(), "EnsRegionId"));
  }

  /** An ECS CreateElasticityAssurance request: one assurance of InstanceType.1. */
  public Result<CreateInstances> ecsPurchase(Caller caller, Map<String, String> params) {
    Result<Term> term = term(Product.ECS, params, null);
    if (!term.isOk()) {
      return Result.rejected(term.error());
    }
    return Result.ok(
        purchase(caller, Product.ECS, params, "InstanceType.1", 1, term.value(), "RegionId"));
  }

  private static CreateInstances purchase(
      Caller caller,
      Product product,
      Map<String, String> params,
      String typeParameter,
      int count,
      Term term,
      String regionParameter) {
    boolean autoRenew = "true".equalsIgnoreCase(value(params, "AutoRenew"));
    return new CreateInstances(
        caller,
        product,
        value(params, typeParameter),
        count,
        term,
        autoRenew ? new AutoRenewal(term.months()) : null,
        value(params, regionParameter));
  }

  /** Period of PeriodUnit, the same ranges for every action; {@code detail} fills a message. */
  private Result<Term> term(Product product, Map<String, String> params, String detail) {
    String unit = unit(product, params);
    if (product == Product.ECS && OTHER_TIME_UNITS.contains(unit)) {
      return invalid(product, "InvalidPeriodUnit.ValueNotSupported", detail);
    }
    if (!unit.equals("Month") && !unit.equals("Year")) {
      return invalid(product, "InvalidParameter.PeriodUnit", detail);
    }
    String periodText = value(params, "Period");
    Integer period = periodText == null ? Integer.valueOf(1) : integer(periodText);
    if (period == null) {
      return invalid(product, "InvalidParameter.Period", detail);
    }
    if (unit.equals("Year")) {
      return period >= 1 && period <= 5
          ? Result.ok(Term.ofYears(period))
          : invalid(product, "InvalidParameter.Period", detail);
    }
    return MONTH_PERIODS.contains(period)
        ? Result.ok(Term.ofMonths(period))
        : invalid(product, "InvalidParameter.Period", detail);
  }

  private static String unit(Product product, Map<String, String> params) {
    String unit = value(params, "PeriodUnit");
    return unit != null ? unit : product == Product.ENS ? "Month" : "Year";
  }

  /** The ids in N order, or null if an index is not a number. */
  private static List<String> ecsIds(Map<String, String> params) {
    TreeMap<Integer, String> byIndex = new TreeMap<>();
    for (Map.Entry<String, String> param : params.entrySet()) {
      if (param.getKey().startsWith(ECS_IDS)) {
        Integer index = integer(param.getKey().substring(ECS_IDS.length()));
        if (index == null || index < 1) {
          return null;
        }
        if (param.getValue() != null && !param.getValue().isEmpty()) {
          byIndex.put(index, param.getValue());
        }
      }
    }
    return new ArrayList<>(byIndex.values());
  }

  private <T> Result<T> invalid(Product product, String code, String detail) {
    return Result.rejected(catalogue.error(product.api(), code, detail));
  }

  private static String value(Map<String, String> params, String name) {
    String value = params.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** {@code true} or {@code false} in any case, {@code fallback} when absent, else null. */
  private static Boolean flag(Map<String, String> params, String name, boolean fallback) {
    String text = value(params, name);
    if (text == null) {
      return fallback;
    }
    return text.equalsIgnoreCase("true") ? TRUE : text.equalsIgnoreCase("false") ? FALSE : null;
  }

  /** Digits only (no sign), at most nine of them. */
  private static Integer integer(String text) {
    return text != null && DIGITS.matcher(text).matches() ? Integer.parseInt(text) : null;
  }

  /** Letters, digits, '-' and '_', at most 64 characters, with the product's prefix if given. */
  private static boolean wellFormedId(String id, String prefix) {
    return ID.matcher(id).matches()
        && (prefix == null || (id.startsWith(prefix) && id.length() > prefix.length()));
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
  }
}
