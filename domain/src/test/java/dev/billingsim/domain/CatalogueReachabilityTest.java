package dev.billingsim.domain;

import static dev.billingsim.domain.Fixture.NOW;
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
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.domain.subsystem.SubsystemFault;
import java.time.Duration;
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

  private static Consumer<Fixture> fault(String subsystem, String code) {
    return f -> f.fault(subsystem, code);
  }

  private static Function<Fixture, Result<?>> renewEns() {
    return Fixture::ens;
  }

  private static Function<Fixture, Result<?>> renewEcs() {
    return Fixture::ecs;
  }

  private static Function<Fixture, Result<?>> renew(RenewInstances cmd) {
    return f -> f.renew(cmd);
  }

  private static Function<Fixture, Result<?>> release(String id) {
    return f -> f.release(id);
  }

  private static final Consumer<Fixture> COUPON =
      f -> f.coupon("cp-1", "50.00", NOW.plus(Duration.ofDays(30)));
  private static final Consumer<Fixture> CARD = f -> f.card("svc-1", "50.00");
  private static final Consumer<Fixture> CUSTODY =
      f -> f.custody("10000.00", "10000.00", CustodyRelation.STABLE);

  private static Consumer<Fixture> condition(String id, InstanceCondition condition) {
    return f -> f.instance(id).conditions(Set.of(condition));
  }

  static {
    // ---- the global (ENS) billing rows ----
    ens("OrderFailed", fault("trade", "OrderFailed"), renewEns());
    ens(
        "SystemUseCouponFailed",
        COUPON.andThen(fault("coupon", "SystemUseCouponFailed")),
        renewEns());
    ens(
        "SystemUseStoredCardFailed",
        CARD.andThen(fault("card", "SystemUseStoredCardFailed")),
        renewEns());
    ens("System.SystemError", fault("trade", "System.SystemError"), renewEns());
    ens(
        "SystemCanRefundCheckFailed",
        condition("aic-1", InstanceCondition.NON_REFUNDABLE),
        release("aic-1"));
    ens("SystemOtsSystem", fault("orderStore", "SystemOtsSystem"), renewEns());
    ens("SystemQueryImmortalError", fault("account", "SystemQueryImmortalError"), renewEns());
    ens(
        "SystemQueryInstanceInfoFailed",
        fault("resource", "SystemQueryInstanceInfoFailed"),
        renewEns());
    ens(
        "SystemResellerPayCalRefundUnitError",
        CUSTODY.andThen(fault("reseller", "SystemResellerPayCalRefundUnitError")),
        release("aic-1"));
    ens("SystemSaleValidateFailed", fault("commodity", "SystemSaleValidateFailed"), renewEns());
    ens(
        "SystemTransferDeleteOldResourceFailed",
        fault("resource", "SystemTransferDeleteOldResourceFailed"),
        renewEns());
    ens(
        "SystemUnSupportOperationType",
        f -> f.instance("aic-1").chargeType(ChargeType.PostPaid),
        renewEns());
    ens(
        "RiskRiskControlRejection",
        f -> f.account.riskFlags(Set.of(RiskFlag.ORDER_REJECTED)),
        renewEns());
    ens(
        "AuthRamAuthFailed",
        f -> f.ramUser("ops", Set.of("DescribeARMServerInstances"), Set.of()),
        f -> f.ensAs(OPS));
    ens("CommodityInvalidComponent", fault("commodity", "CommodityInvalidComponent"), renewEns());
    ens("CommodityInvalidItemCode", f -> {}, f -> f.create(Product.ENS, "ens.no.such.type", 1));
    ens("PriceHsfTimeoutError", fault("pricing", "PriceHsfTimeoutError"), renewEns());
    ens("PricePatingConfigError", fault("pricing", "PricePatingConfigError"), renewEns());
    ens(
        "PricePricingPlanResultNotFound",
        f -> f.instance("aic-1").monthlyPrice(null).yearlyPrice(Money.of("1000.00")),
        renewEns());
    ens(
        "PriceRatingGetRatingpricingPlan",
        fault("pricing", "PriceRatingGetRatingpricingPlan"),
        renewEns());
    ens(
        "OrderAbnormalResourceStatusForRenew",
        f -> f.instance("aic-1").status(InstanceStatus.Pending),
        renewEns());
    ens("OrderAccountStatusIllegal", f -> f.account.status(AccountStatus.ILLEGAL), renewEns());
    ens("OrderArrearage", f -> f.account.arrears(Money.of("12.00")), renewEns());
    ens("OrderBidUserOrderForbidden", f -> f.account.bidUser(true), renewEns());
    ens("OrderCaptureFailed", fault("payment", "OrderCaptureFailed"), renewEns());
    ens(
        "OrderExistsReleasedInstances",
        f -> f.instance("eap-2").status(InstanceStatus.Released),
        renew(Fixture.ecsRenewal("eap-1", "eap-2")));
    ens(
        "OrderGroupOrderSizeOverflow",
        f -> f.account.unpaidOrderLimit(0),
        renew(Fixture.ecsRenewal(false, null, null, null)));
    ens(
        "OrderHomeCurrencyCanNotDowngrade",
        fault("trade", "OrderHomeCurrencyCanNotDowngrade"),
        renewEns());
    ens(
        "OrderHomeCurrencyCanNotUpgradeByValueTransfer",
        fault("trade", "OrderHomeCurrencyCanNotUpgradeByValueTransfer"),
        renewEns());
    ens(
        "OrderInstanceHasInactiveChange",
        condition("aic-1", InstanceCondition.INACTIVE_CHANGE),
        renewEns());
    ens("OrderInstHasUnpaidOrder", f -> f.unpaidOrderFor("aic-1"), renewEns());
    ens(
        "OrderInstHasUnsettledBills",
        condition("aic-1", InstanceCondition.UNSETTLED_BILLS),
        renewEns());
    ens(
        "OrderLatestOrderIsHandling",
        condition("aic-1", InstanceCondition.ORDER_HANDLING),
        renewEns());
    ens(
        "OrderMissingModuleInfoError",
        fault("commodity", "OrderMissingModuleInfoError"),
        renewEns());
    ens("OrderNoRealNameAuthentication", f -> f.account.realNameVerified(false), renewEns());
    ens("OrderNotFound", fault("orderStore", "OrderNotFound"), renewEns());
    ens("OrderOpend", fault("trade", "OrderOpend"), renewEns());
    ens(
        "OrderPeriodInvalid",
        f ->
            f.instance("aic-1")
                .expiresAt(
                    NOW.atZone(java.time.ZoneOffset.UTC).plusYears(5).minusDays(10).toInstant()),
        renewEns());
    ens("OrderQuantityInvalid", f -> {}, f -> f.create(Product.ENS, "ens.aic.a1.large", 0));
    ens("OrderQueryInstanceError", fault("resource", "OrderQueryInstanceError"), renewEns());
    ens(
        "OrderQueryInstanceNotExists",
        f -> {},
        renew(Fixture.ensRenewal("aic-other", Term.ofMonths(1), null)));
    ens(
        "OrderQueryOrderExchangeRateFail",
        fault("exchangeRate", "OrderQueryOrderExchangeRateFail"),
        renewEns());
    ens(
        "OrderQueryUserSettleInfoFail",
        fault("account", "OrderQueryUserSettleInfoFail"),
        renewEns());
    ens(
        "OrderQuotaExceeded",
        f -> f.account.instanceQuota(3),
        f -> f.create(Product.ENS, "ens.aic.a1.large", 1));
    ens("OrderSysConstraintInvalid", fault("trade", "OrderSysConstraintInvalid"), renewEns());
    ens(
        "OrderTradeCompleteSettleInfoFail",
        fault("exchangeRate", "OrderTradeCompleteSettleInfoFail"),
        renewEns());
    ens(
        "TradeTradeOrderAfterPayCheckError",
        fault("trade", "TradeTradeOrderAfterPayCheckError"),
        renewEns());
    ens(
        "PurchaseExistRenewchangeProd",
        condition("aic-1", InstanceCondition.PENDING_RENEW_CHANGE),
        renewEns());
    ens(
        "PurchaseExistToBeValidProdRuleError",
        condition("aic-1", InstanceCondition.PENDING_TEMP_ORDER),
        renewEns());
    ens(
        "PurchaseExistToBeValidRenewChangeProdRuleError",
        fault("trade", "PurchaseExistToBeValidRenewChangeProdRuleError"),
        renewEns());
    ens(
        "PurchaseExistValidProdRuleError",
        condition("aic-1", InstanceCondition.TEMP_ORDER_IN_EFFECT),
        renewEns());
    ens(
        "ProductInstanceReleased",
        f -> f.instance("aic-1").status(InstanceStatus.Released),
        renewEns());
    ens(
        "ProductInstanceTypeNotSupported",
        condition("aic-1", InstanceCondition.UNSUPPORTED_TYPE),
        renewEns());
    ens(
        "PatRiskRejectForTradeData",
        f -> f.account.riskFlags(Set.of(RiskFlag.TRADE_DATA_REJECTED)),
        renewEns());
    ens("PayAccountBookNotExist", fault("payment", "PayAccountBookNotExist"), renewEns());
    ens("PayAmountLimitExceeded", f -> f.account.paymentLimit(Money.of("50.00")), renewEns());
    ens(
        "PayBeforePayRiskRuleValidateFailed",
        f -> f.account.riskFlags(Set.of(RiskFlag.PAYMENT_BLOCKED)),
        renewEns());
    ens("PayCounponNotExist", COUPON.andThen(fault("coupon", "PayCounponNotExist")), renewEns());
    ens(
        "PayCouponAmountNotEnough",
        f ->
            f.account
                .cash(Money.of("0.00"))
                .coupon(Coupon.of("cp-old", Money.of("500.00"), NOW.minus(Duration.ofDays(1)))),
        renewEns());
    ens(
        "PayCouponNotMeetConsumptionRule",
        f ->
            f.account
                .cash(Money.of("0.00"))
                .coupon(
                    new Coupon(
                        "cp-big",
                        Money.of("500.00"),
                        NOW.plus(Duration.ofDays(30)),
                        Set.of(),
                        Money.of("500.00"))),
        renewEns());
    ens(
        "PayCurrencyInconsistency",
        f -> f.instance("aic-1").monthlyPrice(Money.parse("15.00", Currency.getInstance("USD"))),
        renewEns());
    ens(
        "PayCurrencyNotSupported",
        f ->
            f.account
                .currency(Currency.getInstance("EUR"))
                .cash(Money.parse("1000.00", Currency.getInstance("EUR"))),
        renewEns());
    ens("PayForbiddenNoReasonFefund", f -> f.account.refundBanned(true), release("aic-1"));
    ens("PayHsfTimeoutError", fault("payment", "PayHsfTimeoutError"), renewEns());
    ens(
        "PayInsufficientBalance",
        f ->
            f.account
                .cash(Money.of("50.00"))
                .coupon(Coupon.of("cp-1", Money.of("20.00"), NOW.plus(Duration.ofDays(30)))),
        renewEns());
    ens(
        "PayInvalidCreditCard",
        f -> f.account.paymentMethod(PaymentMethod.CREDIT_CARD_INVALID),
        renewEns());
    ens("PayInvalidPayMethod", f -> f.account.paymentMethod(PaymentMethod.ILLEGAL), renewEns());
    ens(
        "PayMegrePayOrderHasThanOneChagreChannel",
        fault("payment", "PayMegrePayOrderHasThanOneChagreChannel"),
        renewEns());
    ens("PayNoCreditCard", f -> f.account.paymentMethod(PaymentMethod.NONE), renewEns());
    ens("PayOrderPayTimeInvalid", fault("payment", "PayOrderPayTimeInvalid"), renewEns());
    ens("PayPartRefundNotSupport", f -> f.unpaidOrderFor("aic-1"), release("aic-1"));
    ens(
        "PayPayChannelPayOrderInvalidStatus",
        fault("payment", "PayPayChannelPayOrderInvalidStatus"),
        renewEns());
    ens(
        "PayPayChannelPayOrderNotExist",
        fault("payment", "PayPayChannelPayOrderNotExist"),
        renewEns());
    ens("PayPayerAccountIllegal", fault("payment", "PayPayerAccountIllegal"), renewEns());
    ens(
        "PayPayFailedParentRelationchanged",
        f -> f.custody("1000.00", "1000.00", CustodyRelation.CHANGED),
        renewEns());
    ens(
        "PayPayForbidUserCoupon",
        f -> {
          f.account.cash(Money.of("0.00"));
          f.coupon("cp-1", "500.00", NOW.plus(Duration.ofDays(30)));
          f.instance("aic-1").couponsForbidden(true);
        },
        renewEns());
    ens(
        "PayQueryAvailableAmountFailed",
        fault("account", "PayQueryAvailableAmountFailed"),
        renewEns());
    ens(
        "PayQueryAvailableEnduserAmountFailed",
        CUSTODY.andThen(fault("reseller", "PayQueryAvailableEnduserAmountFailed")),
        renewEns());
    ens(
        "PayQueryParentRelationshipFailed",
        CUSTODY.andThen(fault("reseller", "PayQueryParentRelationshipFailed")),
        renewEns());
    ens(
        "PayQueryPayChangeChannelNotEqual",
        fault("payment", "PayQueryPayChangeChannelNotEqual"),
        renewEns());
    ens("PayRefundFailed", fault("refund", "PayRefundFailed"), release("aic-1"));
    ens(
        "PayResellerPayGetUrlError",
        CUSTODY.andThen(fault("reseller", "PayResellerPayGetUrlError")),
        renewEns());
    ens(
        "PayRiskRejectForPayerAccount",
        f -> f.account.riskFlags(Set.of(RiskFlag.PAYER_REJECTED)),
        renewEns());
    ens("PayStoredCardNotExist", CARD.andThen(fault("card", "PayStoredCardNotExist")), renewEns());
    ens("PaySystemError", fault("payment", "PaySystemError"), renewEns());
    ens("PayTaxCalcFailed", fault("tax", "PayTaxCalcFailed"), renewEns());
    ens(
        "PayWithholdingAgreementIllegal",
        f -> f.account.paymentMethod(PaymentMethod.WITHHOLDING_ILLEGAL),
        renewEns());
    ens("AccountAliyunAccountFrozen", f -> f.account.status(AccountStatus.FROZEN), renewEns());
    ens("AccountAliyunAccountNotExist", f -> f.account.closed(true), renewEns());
    ens("RefundRefundInstanceNotFound", f -> {}, release("aic-nope"));
    ens(
        "RefundRefundNoValidProd",
        f ->
            f.instance("aic-1")
                .status(InstanceStatus.Expired)
                .expiresAt(NOW.minus(Duration.ofDays(1))),
        release("aic-1"));
    ens("RefundRefundParamInvalid", fault("refund", "RefundRefundParamInvalid"), release("aic-1"));
    ens(
        "RefundRefundQueryOrderFail",
        fault("refund", "RefundRefundQueryOrderFail"),
        release("aic-1"));
    ens("SystemConcurrentOperate", fault("orderStore", "SystemConcurrentOperate"), renewEns());
    ens("PricePricingPlanNotFound", f -> f.instance("aic-1").monthlyPrice(null), renewEns());
    ens(
        "OrderInstanceHasTempUpgrade",
        condition("aic-1", InstanceCondition.TEMP_UPGRADE),
        renewEns());
    ens(
        "PayQueryParentRelationchangedFailed",
        f -> f.custody("1000.00", "1000.00", CustodyRelation.CHANGING),
        renewEns());
    ens(
        "PayforCreditPayInsufficientBalance",
        f -> f.custody("10.00", "1000.00", CustodyRelation.STABLE).account.cash(Money.of("0.00")),
        renewEns());
    ens(
        "PayforAccountMoneyValidateError",
        f -> f.custody("1000.00", "10.00", CustodyRelation.STABLE).account.cash(Money.of("0.00")),
        renewEns());
    ens("BasicInfoUncompleted", f -> f.account.basicInfoComplete(false), renewEns());
    ens(
        "NoPermission",
        f -> f.ramUser("ops", Set.of("RenewARMServerInstance"), Set.of("aic-9")),
        f -> f.ensAs(OPS));

    // ---- ECS's own rows ----
    ecs(
        "InvalidParameter.ResourceOwnerAccount",
        f -> {},
        renew(Fixture.ecsRenewal(true, null, null, "someone-else")));
    ecs("Account.Arrearage", f -> f.account.arrears(Money.of("12.00")), renewEcs());
    ecs(
        "ChargeTypeViolation",
        f -> f.instance("eap-1").chargeType(ChargeType.PostPaid),
        renewEcs());
    ecs(
        "InvalidOperation.PackageTypeUnsupported",
        condition("eap-1", InstanceCondition.UNSUPPORTED_PACKAGE),
        renewEcs());
    ecs("InternalError", fault("system", "InternalError"), renewEcs());
    EXAMPLES.add(
        new Example(
            "ecs",
            "InternalError",
            "%s",
            f ->
                f.faults.add(
                    new SubsystemFault(
                        null,
                        Subsystem.SYSTEM,
                        "InternalError",
                        "private pool service unavailable",
                        null,
                        null,
                        null)),
            renewEcs()));
    ecs(
        "IncorrectPrivatePoolStatus",
        f -> f.instance("eap-1").status(InstanceStatus.Locked),
        renewEcs());
    ecs("InvalidPrivatePoolId.NotFound", f -> {}, renew(Fixture.ecsRenewal("eap-other")));
  }

  @TestFactory
  Stream<DynamicTest> everyRowIsReachedAndChangesNothing() {
    return EXAMPLES.stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.toString(),
                    () -> {
                      Fixture fixture = new Fixture();
                      example.given().accept(fixture);
                      BillingState before = fixture.billing().export();

                      Result<?> result = example.when().apply(fixture);

                      assertThat(result.isOk()).as("%s should be refused", example).isFalse();
                      BillingError error = result.error();
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
                      assertThat(fixture.billing().export())
                          .as("state after the refusal")
                          .isEqualTo(before);
                    }));
  }

  @Test
  void examplesCoverEveryCatalogueRowExactlyOnce() {
    Set<CatalogueEntry> reached = new HashSet<>();
    for (Example example : EXAMPLES) {
      Fixture fixture = new Fixture();
      example.given().accept(fixture);
      Result<?> result = example.when().apply(fixture);
      assertThat(result.isOk()).as(example.toString()).isFalse();
      assertThat(reached.add(result.error().entry())).as("%s reached twice", example).isTrue();
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
    withDetail.faults.add(
        new SubsystemFault(
            null, Subsystem.SYSTEM, "InternalError", "pool service down", null, null, null));
    assertThat(withDetail.ecs().error().message()).isEqualTo("pool service down");
    assertThat(withDetail.ecs().error().httpStatus()).isEqualTo(500);
  }
}
