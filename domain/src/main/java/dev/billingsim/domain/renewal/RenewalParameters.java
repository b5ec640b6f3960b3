package dev.billingsim.domain.renewal;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.result.Result;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Validates renewal requests exactly as the seed documents say, with the catalogue's codes.
 *
 * <p>ENS RenewARMServerInstance: InstanceId; Period 1-9 or 12 (Month, the default) or 1-5 (Year),
 * default 1; AutoRenew. Errors are {@code InvalidParameter.<Field>}.
 *
 * <p>ECS RenewElasticityAssurances: PrivatePoolOptions.Id.N (1 to 20); Period default 1, PeriodUnit
 * default Year (same ranges); ClientToken; AutoPay default true; AutoRenew default false;
 * AutoRenewPeriod 1, 2, 3, 6, 12, 24 or 36 months, required with AutoRenew=true. Errors are ECS's
 * own codes where it has them, else the global ones.
 *
 * <p>Empty values count as absent: the new SDK sends empty optional parameters.
 */
public final class RenewalParameters {

  public static final int MAX_ECS_IDS = 20;
  private static final Set<Integer> MONTH_PERIODS = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 12);
  private static final Set<Integer> AUTO_RENEW_PERIODS = Set.of(1, 2, 3, 6, 12, 24, 36);
  private static final Set<String> OTHER_TIME_UNITS = Set.of("Week", "Day", "Hour", "Minute");
  private static final String ECS_IDS = "PrivatePoolOptions.Id.";

  private final Catalogue catalogue;

  public RenewalParameters(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public static String invalidIdCode(Product product) {
    return product == Product.ENS
        ? "InvalidParameter.InstanceId"
        : "InvalidParameter.PrivatePoolOptionsId";
  }

  /** An ENS RenewARMServerInstance request; InstanceId must be present (the gateway checks). */
  public Result<RenewInstances> ens(Caller caller, Map<String, String> params) {
    Product ens = Product.ENS;
    String id = value(params, "InstanceId");
    if (MagicIds.isMagic(id)) {
      return Result.rejected(MagicIds.errorFor(ens, id, catalogue));
    }
    if (id == null || !wellFormedId(id, null)) {
      return invalid(ens, "InvalidParameter.InstanceId", id);
    }
    String unit = orDefault(value(params, "PeriodUnit"), "Month");
    if (!unit.equals("Month") && !unit.equals("Year")) {
      return invalid(ens, "InvalidParameter.PeriodUnit", id);
    }
    Integer period = periodMonths(orDefault(value(params, "Period"), "1"), unit);
    if (period == null) {
      return invalid(ens, "InvalidParameter.Period", id);
    }
    String autoRenewText = value(params, "AutoRenew");
    Boolean autoRenew = autoRenewText == null ? null : bool(autoRenewText);
    if (autoRenewText != null && autoRenew == null) {
      return invalid(ens, "InvalidParameter.AutoRenew", id);
    }
    // ENS AutoRenew=true renews automatically by the length just bought (contract section 7).
    Integer autoRenewPeriod = Boolean.TRUE.equals(autoRenew) ? period : null;
    return Result.ok(
        new RenewInstances(
            caller,
            ens,
            ens.renewAction(),
            List.of(id),
            period,
            true,
            Boolean.TRUE.equals(autoRenew) ? Boolean.TRUE : null,
            autoRenewPeriod,
            null,
            null,
            null)); // ENS takes no ClientToken: no request to compare a retry with
  }

  /** An ECS RenewElasticityAssurances request. */
  public Result<RenewInstances> ecs(Caller caller, Map<String, String> params) {
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
    String unit = orDefault(value(params, "PeriodUnit"), "Year");
    if (OTHER_TIME_UNITS.contains(unit)) {
      return invalid(ecs, "InvalidPeriodUnit.ValueNotSupported", first);
    }
    if (!unit.equals("Month") && !unit.equals("Year")) {
      return invalid(ecs, "InvalidParameter.PeriodUnit", first);
    }
    Integer months = periodMonths(orDefault(value(params, "Period"), "1"), unit);
    if (months == null) {
      return invalid(ecs, "InvalidParameter.Period", first);
    }
    String autoPayText = value(params, "AutoPay");
    Boolean autoPay = autoPayText == null ? Boolean.TRUE : bool(autoPayText);
    if (autoPay == null) {
      return invalid(ecs, "InvalidParameter.AutoPay", first);
    }
    String autoRenewText = value(params, "AutoRenew");
    Boolean autoRenew = autoRenewText == null ? Boolean.FALSE : bool(autoRenewText);
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
    String clientToken = value(params, "ClientToken");
    if (clientToken != null && (clientToken.length() > 64 || !isAscii(clientToken))) {
      return invalid(ecs, "InvalidParameter.ClientToken", first);
    }
    String canonical =
        "PrivatePoolOptions.Id="
            + String.join(",", ids)
            + ";Period="
            + value(params, "Period")
            + ";PeriodUnit="
            + unit
            + ";AutoPay="
            + autoPay
            + ";AutoRenew="
            + autoRenew
            + ";AutoRenewPeriod="
            + autoRenewPeriod
            + ";ResourceOwnerAccount="
            + value(params, "ResourceOwnerAccount");
    return Result.ok(
        new RenewInstances(
            caller,
            ecs,
            ecs.renewAction(),
            ids,
            months,
            autoPay,
            autoRenew ? Boolean.TRUE : null,
            autoRenew ? autoRenewPeriod : null,
            clientToken,
            value(params, "ResourceOwnerAccount"),
            canonical));
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

  private static Integer periodMonths(String text, String unit) {
    Integer period = integer(text);
    if (period == null) {
      return null;
    }
    if (unit.equals("Year")) {
      return period >= 1 && period <= 5 ? period * 12 : null;
    }
    return MONTH_PERIODS.contains(period) ? period : null;
  }

  private <T> Result<T> invalid(Product product, String code, String instanceId) {
    BillingError error = catalogue.error(product.api(), code, instanceId);
    return Result.rejected(error);
  }

  private static String value(Map<String, String> params, String name) {
    String value = params.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static Boolean bool(String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    return text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
  }

  private static Integer integer(String text) {
    if (text == null || text.isEmpty() || text.length() > 9) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.parseInt(text);
  }

  /** Letters, digits, '-' and '_', at most 64 characters, with the product's prefix if given. */
  private static boolean wellFormedId(String id, String prefix) {
    if (id.length() > 64 || (prefix != null && !id.startsWith(prefix))) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!ok) {
        return false;
      }
    }
    return !id.isEmpty() && (prefix == null || id.length() > prefix.length());
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < 0x20 || text.charAt(i) > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
