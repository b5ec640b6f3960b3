package dev.billingsim.testkit;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.catalogue.CatalogueEntry;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names of the catalogue codes tests name most, for fault rules and assertions ({@code
 * fault().error(Codes.PAY_HSF_TIMEOUT_ERROR)}). Each constant is looked up in the loaded catalogue
 * when this class loads, so a name the catalogue does not document fails at once instead of making
 * a rule the simulator refuses; messages are never re-typed here but read with {@link #message}.
 * Any other documented code works as a plain string; {@link #all} lists them.
 */
public final class Codes {

  // Transient: a retry may succeed.
  /** The payment system timed out (fault: payment). */
  public static final String PAY_HSF_TIMEOUT_ERROR = documented("PayHsfTimeoutError");

  /** The quotation call timed out (fault: pricing). */
  public static final String PRICE_HSF_TIMEOUT_ERROR = documented("PriceHsfTimeoutError");

  public static final String PAY_SYSTEM_ERROR = documented("PaySystemError");
  public static final String SYSTEM_SYSTEM_ERROR = documented("System.SystemError");
  public static final String SYSTEM_CONCURRENT_OPERATE = documented("SystemConcurrentOperate");

  /** ECS's unexpected failure (HTTP 500). */
  public static final String INTERNAL_ERROR = documented("InternalError");

  // Money.
  public static final String PAY_INSUFFICIENT_BALANCE = documented("PayInsufficientBalance");
  public static final String PAYFOR_CREDIT_PAY_INSUFFICIENT_BALANCE =
      documented("PayforCreditPayInsufficientBalance");
  public static final String PAY_AMOUNT_LIMIT_EXCEEDED = documented("PayAmountLimitExceeded");
  public static final String ORDER_ARREARAGE = documented("OrderArrearage");

  // The account.
  public static final String ACCOUNT_ALIYUN_ACCOUNT_FROZEN =
      documented("AccountAliyunAccountFrozen");
  public static final String ORDER_NO_REAL_NAME_AUTHENTICATION =
      documented("OrderNoRealNameAuthentication");
  public static final String BASIC_INFO_UNCOMPLETED = documented("BasicInfoUncompleted");
  public static final String RISK_RISK_CONTROL_REJECTION = documented("RiskRiskControlRejection");
  public static final String AUTH_RAM_AUTH_FAILED = documented("AuthRamAuthFailed");
  public static final String NO_PERMISSION = documented("NoPermission");

  // The instance and its orders.
  public static final String ORDER_QUERY_INSTANCE_NOT_EXISTS =
      documented("OrderQueryInstanceNotExists");
  public static final String ORDER_INST_HAS_UNPAID_ORDER = documented("OrderInstHasUnpaidOrder");
  public static final String ORDER_PERIOD_INVALID = documented("OrderPeriodInvalid");
  public static final String ORDER_ABNORMAL_RESOURCE_STATUS_FOR_RENEW =
      documented("OrderAbnormalResourceStatusForRenew");
  public static final String PRODUCT_INSTANCE_RELEASED = documented("ProductInstanceReleased");
  public static final String INVALID_PARAMETER_PERIOD = documented("InvalidParameter.Period");

  /** ECS: the elasticity assurance does not exist (or is another account's): a documented 500. */
  public static final String INVALID_PRIVATE_POOL_ID_NOT_FOUND =
      documented("InvalidPrivatePoolId.NotFound");

  public static final String INCORRECT_PRIVATE_POOL_STATUS =
      documented("IncorrectPrivatePoolStatus");

  private Codes() {}

  /** Whether any API of the catalogue documents this concrete code. */
  public static boolean isDocumented(String code) {
    return entry(code).isPresent();
  }

  /**
   * The catalogue's message for {@code code} (the global ENS row first, then ECS, then BSS), with
   * its {@code %s} left in: {@code assertThat(e.getMessage()).contains(message(...))} holds for
   * messages without one.
   */
  public static String message(String code) {
    return entry(code)
        .orElseThrow(() -> new IllegalArgumentException(code + " is not in the catalogue"))
        .message();
  }

  /**
   * Every code the catalogue documents, template codes such as {@code InvalidParameter.%s}
   * included.
   */
  public static Set<String> all() {
    return Catalogue.standard().entries().stream()
        .map(CatalogueEntry::code)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Optional<CatalogueEntry> entry(String code) {
    if (code == null || code.contains("%")) {
      return Optional.empty();
    }
    return Arrays.stream(Api.values())
        .flatMap(api -> Catalogue.standard().find(api, code, false).stream())
        .findFirst();
  }

  private static String documented(String code) {
    if (!isDocumented(code)) {
      throw new IllegalStateException(code + " is not a code of the loaded error catalogue");
    }
    return code;
  }
}
