package dev.billingsim.domain;

import static dev.billingsim.domain.Fixture.NOW;
import static java.time.ZoneOffset.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.account.CustodyRelation;
import dev.billingsim.domain.account.PaymentMethod;
import dev.billingsim.domain.account.RiskFlag;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.catalogue.CatalogueEntry;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.InstanceCondition;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.Term;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.state.BillingState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every catalogue row, reached through the domain's public API from the state or the subsystem
 * fault that its trigger names, never by building the error directly. Each example asserts the
 * exact code, HTTP status and message, and that the refused call changed nothing.
 */
class CatalogueReachabilityTest {

  private static final Catalogue CATALOGUE = Catalogue.standard();
  private static final Caller OPS = Caller.ramUser("u1", "ops");

  /** One way to reach one row. */
  record Example(
      String api,
      String code,
      String message,
      Consumer<Fixture> given,
      Function<Fixture, Result<?>> when) {
    @Override
    public String toString() {
      return api + " " + code + (message == null ? "" : " (" + message + ")");
    }
  }

  private static final List<Example> EXAMPLES = new ArrayList<>();

  /**
   * Rows about a request's parameters, answered before a command reaches the domain: the
   * simulator's CommandParametersTest reaches them.
   */
  private static final Set<String> READ_FROM_THE_REQUEST =
      Set.of(
          "ens:RenewARMServerInstance OrderMainOrderSizeOverflow",
          "ens:RenewARMServerInstance InvalidParameter.%s",
          "ecs:RenewElasticityAssurances InvalidPeriodUnit.ValueNotSupported",
          "ecs:RenewElasticityAssurances InvalidChargeType.ValueNotSupported",
          "ecs:RenewElasticityAssurances MissingParameter.PrivatePoolOptions.Id",
          "ecs:RenewElasticityAssurances InvalidParameter.PeriodUnit",
          "ecs:RenewElasticityAssurances InvalidParameter.Period",
          "ecs:RenewElasticityAssurances InvalidParameter.PrivatePoolOptionsId",
          "ecs:RenewElasticityAssurances InvalidAutoRenewPeriod.ValueNotSupported");

  private static void ens(String code, Consumer<Fixture> given, Function<Fixture, Result<?>> when) {
    EXAMPLES.add(new Example("ens", code, null, given, when));
  }

  private static void ecs(String code, Consumer<Fixture> given, Function<Fixture, Result<?>> when) {
    EXAMPLES.add(new Example("ecs", code, null, given, when));
  }

  /** ENS's row {@code code}, answered to a renewal of aic-1 in the state {@code given} makes. */
  private static void renewingEns(String code, Consumer<Fixture> given) {
    ens(code, given, Fixture::ens);
  }

  /** ECS's row {@code code}, answered to a renewal of eap-1 in the state {@code given} makes. */
  private static void renewingEcs(String code, Consumer<Fixture> given) {
    ecs(code, given, Fixture::ecs);
  }

  /** ENS's row {@code code}, answered to a renewal when {@code subsystem} fails with it. */
  private static void ensFault(String subsystem, String code) {
    ensFault(f -> {}, subsystem, code);
  }

  /** The same, where {@code given} makes the renewal call {@code subsystem}. */
  private static void ensFault(Consumer<Fixture> given, String subsystem, String code) {
    renewingEns(code, given.andThen(fault(subsystem, code)));
  }

  /** ENS's row {@code code}, answered to a renewal of aic-1 while it is in {@code condition}. */
  private static void ensCondition(String code, InstanceCondition condition) {
    renewingEns(code, condition("aic-1", condition));
  }

  /** ENS's row {@code code}, answered to the release of aic-1 in the state {@code given} makes. */
  private static void releasing(String code, Consumer<Fixture> given) {
    ens(code, given, release("aic-1"));
  }

  private static Consumer<Fixture> fault(String subsystem, String code) {
    return f -> f.fault(subsystem, code);
  }

  private static Function<Fixture, Result<?>> renew(RenewInstances cmd) {
    return f -> f.renew(cmd);
  }

  private static Function<Fixture, Result<?>> release(String id) {
    return f -> f.release(id);
  }

  private static final Instant IN_A_MONTH = NOW.plus(Duration.ofDays(30));
  private static final Money NONE = Money.of("0.00");
  private static final Consumer<Fixture> COUPON = f -> f.coupon("cp-1", "50.00", IN_A_MONTH);
  private static final Consumer<Fixture> CARD = f -> f.card("svc-1", "50.00");
  private static final Consumer<Fixture> CUSTODY =
      f -> f.custody("10000.00", "10000.00", CustodyRelation.STABLE);

  private static Consumer<Fixture> condition(String id, InstanceCondition condition) {
    return f -> f.instance(id).conditions(Set.of(condition));
  }

  static {
    // ---- the global (ENS) billing rows ----
    ensFault("trade", "OrderFailed");
    ensFault(COUPON, "coupon", "SystemUseCouponFailed");
    ensFault(CARD, "card", "SystemUseStoredCardFailed");
    ensFault("trade", "System.SystemError");
    releasing("SystemCanRefundCheckFailed", condition("aic-1", InstanceCondition.NON_REFUNDABLE));
    ensFault("orderStore", "SystemOtsSystem");
    ensFault("account", "SystemQueryImmortalError");
    ensFault("resource", "SystemQueryInstanceInfoFailed");
    releasing(
        "SystemResellerPayCalRefundUnitError",
        CUSTODY.andThen(fault("reseller", "SystemResellerPayCalRefundUnitError")));
    ensFault("commodity", "SystemSaleValidateFailed");
    ensFault("resource", "SystemTransferDeleteOldResourceFailed");
    renewingEns(
        "SystemUnSupportOperationType", f -> f.instance("aic-1").chargeType(ChargeType.PostPaid));
    renewingEns(
        "RiskRiskControlRejection", f -> f.account.riskFlags(Set.of(RiskFlag.ORDER_REJECTED)));
    ens(
        "AuthRamAuthFailed",
        f -> f.ramUser("ops", Set.of("DescribeARMServerInstances"), Set.of()),
        f -> f.ensAs(OPS));
    ensFault("commodity", "CommodityInvalidComponent");
    ens("CommodityInvalidItemCode", f -> {}, f -> f.create(Product.ENS, "ens.no.such.type", 1));
    ensFault("pricing", "PriceHsfTimeoutError");
    ensFault("pricing", "PricePatingConfigError");
    renewingEns(
        "PricePricingPlanResultNotFound",
        f -> f.instance("aic-1").monthlyPrice(null).yearlyPrice(Money.of("1000.00")));
    ensFault("pricing", "PriceRatingGetRatingpricingPlan");
    renewingEns(
        "OrderAbnormalResourceStatusForRenew",
        f -> f.instance("aic-1").status(InstanceStatus.Pending));
    renewingEns("OrderAccountStatusIllegal", f -> f.account.status(AccountStatus.ILLEGAL));
    renewingEns("OrderArrearage", f -> f.account.arrears(Money.of("12.00")));
    renewingEns("OrderBidUserOrderForbidden", f -> f.account.bidUser(true));
    ensFault("payment", "OrderCaptureFailed");
    ens(
        "OrderExistsReleasedInstances",
        f -> f.instance("eap-2").status(InstanceStatus.Released),
        renew(Fixture.ecsRenewal("eap-1", "eap-2")));
    ens(
        "OrderGroupOrderSizeOverflow",
        f -> f.account.unpaidOrderLimit(0),
        renew(Fixture.ecsRenewal(false, null, null, null)));
    ensFault("trade", "OrderHomeCurrencyCanNotDowngrade");
    ensFault("trade", "OrderHomeCurrencyCanNotUpgradeByValueTransfer");
    ensCondition("OrderInstanceHasInactiveChange", InstanceCondition.INACTIVE_CHANGE);
    renewingEns("OrderInstHasUnpaidOrder", f -> f.unpaidOrderFor("aic-1"));
    ensCondition("OrderInstHasUnsettledBills", InstanceCondition.UNSETTLED_BILLS);
    ensCondition("OrderLatestOrderIsHandling", InstanceCondition.ORDER_HANDLING);
    ensFault("commodity", "OrderMissingModuleInfoError");
    renewingEns("OrderNoRealNameAuthentication", f -> f.account.realNameVerified(false));
    ensFault("orderStore", "OrderNotFound");
    ensFault("trade", "OrderOpend");
    renewingEns(
        "OrderPeriodInvalid",
        f -> f.instance("aic-1").expiresAt(NOW.atZone(UTC).plusYears(5).minusDays(10).toInstant()));
    ens("OrderQuantityInvalid", f -> {}, f -> f.create(Product.ENS, "ens.aic.a1.large", 0));
    ensFault("resource", "OrderQueryInstanceError");
    ens(
        "OrderQueryInstanceNotExists",
        f -> {},
        renew(Fixture.ensRenewal("aic-other", Term.ofMonths(1), null)));
    ensFault("exchangeRate", "OrderQueryOrderExchangeRateFail");
    ensFault("account", "OrderQueryUserSettleInfoFail");
    ens(
        "OrderQuotaExceeded",
        f -> f.account.instanceQuota(3),
        f -> f.create(Product.ENS, "ens.aic.a1.large", 1));
    ensFault("trade", "OrderSysConstraintInvalid");
    ensFault("exchangeRate", "OrderTradeCompleteSettleInfoFail");
    ensFault("trade", "TradeTradeOrderAfterPayCheckError");
    ensCondition("PurchaseExistRenewchangeProd", InstanceCondition.PENDING_RENEW_CHANGE);
    ensCondition("PurchaseExistToBeValidProdRuleError", InstanceCondition.PENDING_TEMP_ORDER);
    ensFault("trade", "PurchaseExistToBeValidRenewChangeProdRuleError");
    ensCondition("PurchaseExistValidProdRuleError", InstanceCondition.TEMP_ORDER_IN_EFFECT);
    renewingEns(
        "ProductInstanceReleased", f -> f.instance("aic-1").status(InstanceStatus.Released));
    ensCondition("ProductInstanceTypeNotSupported", InstanceCondition.UNSUPPORTED_TYPE);
    renewingEns(
        "PatRiskRejectForTradeData",
        f -> f.account.riskFlags(Set.of(RiskFlag.TRADE_DATA_REJECTED)));
    ensFault("payment", "PayAccountBookNotExist");
    renewingEns("PayAmountLimitExceeded", f -> f.account.paymentLimit(Money.of("50.00")));
    renewingEns(
        "PayBeforePayRiskRuleValidateFailed",
        f -> f.account.riskFlags(Set.of(RiskFlag.PAYMENT_BLOCKED)));
    ensFault(COUPON, "coupon", "PayCounponNotExist");
    renewingEns(
        "PayCouponAmountNotEnough",
        f -> f.coupon("cp-old", "500.00", NOW.minus(Duration.ofDays(1))).account.cash(NONE));
    renewingEns(
        "PayCouponNotMeetConsumptionRule",
        f ->
            f.account
                .cash(NONE)
                .coupon(
                    new Coupon(
                        "cp-big", Money.of("500.00"), IN_A_MONTH, Set.of(), Money.of("500.00"))));
    renewingEns(
        "PayCurrencyInconsistency",
        f -> f.instance("aic-1").monthlyPrice(Money.parse("15.00", Currency.getInstance("USD"))));
    renewingEns(
        "PayCurrencyNotSupported",
        f ->
            f.account
                .currency(Currency.getInstance("EUR"))
                .cash(Money.parse("1000.00", Currency.getInstance("EUR"))));
    releasing("PayForbiddenNoReasonFefund", f -> f.account.refundBanned(true));
    ensFault("payment", "PayHsfTimeoutError");
    renewingEns(
        "PayInsufficientBalance",
        f -> f.coupon("cp-1", "20.00", IN_A_MONTH).account.cash(Money.of("50.00")));
    renewingEns(
        "PayInvalidCreditCard", f -> f.account.paymentMethod(PaymentMethod.CREDIT_CARD_INVALID));
    renewingEns("PayInvalidPayMethod", f -> f.account.paymentMethod(PaymentMethod.ILLEGAL));
    ensFault("payment", "PayMegrePayOrderHasThanOneChagreChannel");
    renewingEns("PayNoCreditCard", f -> f.account.paymentMethod(PaymentMethod.NONE));
    ensFault("payment", "PayOrderPayTimeInvalid");
    releasing("PayPartRefundNotSupport", f -> f.unpaidOrderFor("aic-1"));
    ensFault("payment", "PayPayChannelPayOrderInvalidStatus");
    ensFault("payment", "PayPayChannelPayOrderNotExist");
    ensFault("payment", "PayPayerAccountIllegal");
    renewingEns(
        "PayPayFailedParentRelationchanged",
        f -> f.custody("1000.00", "1000.00", CustodyRelation.CHANGED));
    renewingEns(
        "PayPayForbidUserCoupon",
        f -> {
          f.account.cash(NONE);
          f.coupon("cp-1", "500.00", IN_A_MONTH);
          f.instance("aic-1").couponsForbidden(true);
        });
    ensFault("account", "PayQueryAvailableAmountFailed");
    ensFault(CUSTODY, "reseller", "PayQueryAvailableEnduserAmountFailed");
    ensFault(CUSTODY, "reseller", "PayQueryParentRelationshipFailed");
    ensFault("payment", "PayQueryPayChangeChannelNotEqual");
    releasing("PayRefundFailed", fault("refund", "PayRefundFailed"));
    ensFault(CUSTODY, "reseller", "PayResellerPayGetUrlError");
    renewingEns(
        "PayRiskRejectForPayerAccount", f -> f.account.riskFlags(Set.of(RiskFlag.PAYER_REJECTED)));
    ensFault(CARD, "card", "PayStoredCardNotExist");
    ensFault("payment", "PaySystemError");
    ensFault("tax", "PayTaxCalcFailed");
    renewingEns(
        "PayWithholdingAgreementIllegal",
        f -> f.account.paymentMethod(PaymentMethod.WITHHOLDING_ILLEGAL));
    renewingEns("AccountAliyunAccountFrozen", f -> f.account.status(AccountStatus.FROZEN));
    renewingEns("AccountAliyunAccountNotExist", f -> f.account.closed(true));
    ens("RefundRefundInstanceNotFound", f -> {}, release("aic-nope"));
    releasing(
        "RefundRefundNoValidProd",
        f ->
            f.instance("aic-1")
                .status(InstanceStatus.Expired)
                .expiresAt(NOW.minus(Duration.ofDays(1))));
    releasing("RefundRefundParamInvalid", fault("refund", "RefundRefundParamInvalid"));
    releasing("RefundRefundQueryOrderFail", fault("refund", "RefundRefundQueryOrderFail"));
    ensFault("orderStore", "SystemConcurrentOperate");
    renewingEns("PricePricingPlanNotFound", f -> f.instance("aic-1").monthlyPrice(null));
    ensCondition("OrderInstanceHasTempUpgrade", InstanceCondition.TEMP_UPGRADE);
    renewingEns(
        "PayQueryParentRelationchangedFailed",
        f -> f.custody("1000.00", "1000.00", CustodyRelation.CHANGING));
    renewingEns(
        "PayforCreditPayInsufficientBalance",
        f -> f.custody("10.00", "1000.00", CustodyRelation.STABLE).account.cash(NONE));
    renewingEns(
        "PayforAccountMoneyValidateError",
        f -> f.custody("1000.00", "10.00", CustodyRelation.STABLE).account.cash(NONE));
    renewingEns("BasicInfoUncompleted", f -> f.account.basicInfoComplete(false));
    ens(
        "NoPermission",
        f -> f.ramUser("ops", Set.of("RenewARMServerInstance"), Set.of("aic-9")),
        f -> f.ensAs(OPS));

    // ---- ECS's own rows ----
    ecs(
        "InvalidParameter.ResourceOwnerAccount",
        f -> {},
        renew(Fixture.ecsRenewal(true, null, null, "someone-else")));
    renewingEcs("Account.Arrearage", f -> f.account.arrears(Money.of("12.00")));
    renewingEcs("ChargeTypeViolation", f -> f.instance("eap-1").chargeType(ChargeType.PostPaid));
    renewingEcs(
        "InvalidOperation.PackageTypeUnsupported",
        condition("eap-1", InstanceCondition.UNSUPPORTED_PACKAGE));
    renewingEcs("InternalError", fault("system", "InternalError"));
    EXAMPLES.add(
        new Example(
            "ecs",
            "InternalError",
            "%s",
            f -> f.fault("system", "InternalError", "private pool service unavailable"),
            Fixture::ecs));
    renewingEcs(
        "IncorrectPrivatePoolStatus", f -> f.instance("eap-1").status(InstanceStatus.Locked));
    ecs("InvalidPrivatePoolId.NotFound", f -> {}, renew(Fixture.ecsRenewal("eap-other")));
  }

  /** Runs the example in a world of its own: the refusal, once checked that it changed nothing. */
  private static BillingError refusalOf(Example example) {
    Fixture fixture = new Fixture();
    example.given().accept(fixture);
    BillingState before = fixture.billing().export();

    Result<?> result = example.when().apply(fixture);

    assertThat(result.isOk()).as("%s should be refused", example).isFalse();
    assertThat(fixture.billing().export()).as("state after the refusal").isEqualTo(before);
    return result.error();
  }

  @TestFactory
  Stream<DynamicTest> everyRowIsReachedAndChangesNothing() {
    return EXAMPLES.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> reaches(e)));
  }

  private static void reaches(Example example) {
    BillingError error = refusalOf(example);
    CatalogueEntry row = error.entry();
    assertThat(row.api().tsvName()).startsWith(example.api() + ":");
    assertThat(row.code()).isEqualTo(example.code());
    if (example.message() != null) {
      assertThat(row.message()).isEqualTo(example.message());
    }
    assertThat(error.httpStatus()).isEqualTo(row.httpStatus());
    assertThat(error.code()).doesNotContain("%s");
    assertThat(error.message()).doesNotContain("%s").isNotBlank();
    if (!row.messageIsTemplate()) {
      assertThat(error.message()).isEqualTo(row.message());
    }
  }

  @Test
  void examplesCoverEveryCatalogueRowExactlyOnce() {
    Set<CatalogueEntry> reached = new HashSet<>();
    for (Example example : EXAMPLES) {
      assertThat(reached.add(refusalOf(example).entry())).as("%s reached twice", example).isTrue();
    }
    for (CatalogueEntry entry : CATALOGUE.entries()) {
      if (READ_FROM_THE_REQUEST.contains(entry.api().tsvName() + " " + entry.code())) {
        assertThat(reached.add(entry)).as("%s is the request reader's", entry).isTrue();
      }
    }
    assertThat(reached).containsExactlyInAnyOrderElementsOf(CATALOGUE.entries());
    assertThat(CATALOGUE.entries()).hasSize(118);
  }

  @Test
  void aSubsystemFaultsDetailIsTheMessageOfTheDetailRow() {
    Fixture withDetail = new Fixture();
    withDetail.fault("system", "InternalError", "pool service down");
    assertThat(withDetail.ecs().error().message()).isEqualTo("pool service down");
    assertThat(withDetail.ecs().error().httpStatus()).isEqualTo(500);
  }
}
