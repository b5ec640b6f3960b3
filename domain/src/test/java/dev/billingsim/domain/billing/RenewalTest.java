package dev.billingsim.domain.billing;

import static dev.billingsim.domain.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.Fixture;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.renewal.RenewalReceipt;
import dev.billingsim.domain.result.Result;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RenewalTest {

  private final Fixture fixture = new Fixture();

  private Instance instance(String id) {
    return fixture.billing().instance(id.startsWith("aic-other") ? "u2" : "u1", id).orElseThrow();
  }

  @Test
  void ensRenewalForOneMonthMovesExpiryAndChargesTheMonthlyPrice() {
    Instant before = fixture.state().instances().get(0).expiresAt();

    Result<RenewalReceipt> result = fixture.ens("Period", "1");

    assertThat(result.isOk()).isTrue();
    assertThat(instance("aic-1").expiresAt())
        .isEqualTo(before.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant());
    assertThat(fixture.billing().account("u1").orElseThrow().cash()).isEqualTo(Money.of("9900.00"));
    Order order = fixture.billing().order("u1", result.value().orderId()).orElseThrow();
    assertThat(order.type()).isEqualTo(OrderType.RENEW);
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.amount()).isEqualTo(Money.of("100.00"));
    assertThat(((Result.Ok<RenewalReceipt>) result).events())
        .singleElement()
        .isInstanceOf(InstanceRenewed.class);
  }

  @Test
  void ensDefaultsToOneMonth() {
    fixture.ens();
    assertThat(fixture.billing().account("u1").orElseThrow().cash()).isEqualTo(Money.of("9900.00"));
  }

  @Test
  void aYearCostsTwelveMonthsUnlessTheInstanceHasAYearlyPrice() {
    fixture.instance("aic-1").yearlyPrice(Money.of("1000.00"));
    fixture.ens("Period", "1", "PeriodUnit", "Year");
    assertThat(fixture.billing().account("u1").orElseThrow().cash()).isEqualTo(Money.of("9000.00"));

    Fixture plain = new Fixture();
    plain.ens("Period", "1", "PeriodUnit", "Year");
    assertThat(plain.billing().account("u1").orElseThrow().cash()).isEqualTo(Money.of("8800.00"));
  }

  @Test
  void ecsDefaultsToOneYearAndRenewsSeveralAssurancesInOneOrder() {
    Result<RenewalReceipt> result =
        fixture.ecs("PrivatePoolOptions.Id.1", "eap-1", "PrivatePoolOptions.Id.2", "eap-2");

    assertThat(result.value().instanceIds()).containsExactly("eap-1", "eap-2");
    Order order = fixture.billing().order("u1", result.value().orderId()).orElseThrow();
    assertThat(order.lines()).hasSize(2);
    assertThat(order.amount()).isEqualTo(Money.of("7200.00"));
    assertThat(fixture.billing().account("u1").orElseThrow().cash()).isEqualTo(Money.of("2800.00"));
  }

  @Test
  void anExpiredInstanceRenewsFromNowWithinTheRetentionPeriod() {
    fixture
        .instance("aic-1")
        .status(InstanceStatus.Expired)
        .expiresAt(NOW.minus(Duration.ofDays(3)));

    assertThat(fixture.ens().isOk()).isTrue();

    assertThat(instance("aic-1").status()).isEqualTo(InstanceStatus.Running);
    assertThat(instance("aic-1").expiresAt())
        .isEqualTo(NOW.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant());
  }

  @Test
  void anExpiredInstanceBeyondRetentionIsReleasedForRenewal() {
    fixture
        .instance("aic-1")
        .status(InstanceStatus.Expired)
        .expiresAt(NOW.minus(Duration.ofDays(16)));

    assertThat(fixture.ens().error().code()).isEqualTo("ProductInstanceReleased");
  }

  @Test
  void ensAutoRenewTrueSetsTheAutoRenewalToTheRenewedLength() {
    fixture.ens("Period", "3", "AutoRenew", "true");

    assertThat(instance("aic-1").autoRenew()).isTrue();
    assertThat(instance("aic-1").autoRenewPeriod()).isEqualTo(3);
  }

  @Test
  void ecsAutoRenewTakesItsPeriod() {
    fixture.ecs("AutoRenew", "true", "AutoRenewPeriod", "6");

    Instance eap = instance("eap-1");
    assertThat(eap.autoRenew()).isTrue();
    assertThat(eap.autoRenewPeriod()).isEqualTo(6);
  }

  @Test
  void anotherAccountsInstanceAnswersAsIfItDidNotExist() {
    assertThat(fixture.ens("InstanceId", "aic-other").error().code())
        .isEqualTo("OrderQueryInstanceNotExists");
    assertThat(fixture.ens("InstanceId", "aic-nothing").error().code())
        .isEqualTo("OrderQueryInstanceNotExists");
    assertThat(fixture.ecs("PrivatePoolOptions.Id.1", "eap-other").error().code())
        .isEqualTo("InvalidPrivatePoolId.NotFound");
  }

  @Test
  void magicIdsFailWithTheirCodeInAnyState() {
    assertThat(fixture.ens("InstanceId", "aic-err-PayInsufficientBalance").error().code())
        .isEqualTo("PayInsufficientBalance");
    assertThat(fixture.ens("InstanceId", "aic-err-InvalidParameter.Period").error().message())
        .isEqualTo("The specified field Period invalid. Please check it again.");
    assertThat(fixture.ecs("PrivatePoolOptions.Id.1", "eap-err-InternalError").error().message())
        .isEqualTo("The request processing has failed due to some unknown error.");
    assertThat(fixture.ens("InstanceId", "aic-err-NoSuchCode").error().code())
        .isEqualTo("InvalidParameter.InstanceId");
    assertThat(fixture.ecs("PrivatePoolOptions.Id.1", "eap-err-NoSuchCode").error().code())
        .isEqualTo("InvalidParameter.PrivatePoolOptionsId");
    assertThat(
            fixture.ecs("PrivatePoolOptions.Id.1", "eap-err-PayInsufficientBalance").error().code())
        .isEqualTo("PayInsufficientBalance");
  }

  @Test
  void aRefusedRenewalLeavesTheInstanceAndMoneyAsTheyWere() {
    fixture.account.cash(Money.of("50.00"));
    var before = fixture.billing().export();

    assertThat(fixture.ens().error().code()).isEqualTo("PayInsufficientBalance");

    assertThat(fixture.billing().export()).isEqualTo(before);
  }

  @Test
  void aFaultThatFiresOnceFailsOneCallOnly() {
    fixture.faults.add(
        new dev.billingsim.domain.subsystem.SubsystemFault(
            null,
            dev.billingsim.domain.subsystem.Subsystem.PRICING,
            "PriceHsfTimeoutError",
            null,
            null,
            null,
            1));

    assertThat(fixture.ens().error().code()).isEqualTo("PriceHsfTimeoutError");
    assertThat(fixture.ens().isOk()).isTrue();
  }

  @Test
  void aFaultIsNotSpentByACallRefusedBeforeReachingItsSubsystem() {
    fixture.account.realNameVerified(false);
    fixture.faults.add(
        new dev.billingsim.domain.subsystem.SubsystemFault(
            null,
            dev.billingsim.domain.subsystem.Subsystem.PAYMENT,
            "PayHsfTimeoutError",
            null,
            null,
            null,
            1));

    assertThat(fixture.ens().error().code()).isEqualTo("OrderNoRealNameAuthentication");
    assertThat(fixture.billing().faults().list()).hasSize(1);
  }

  @Test
  void aSubsystemRefusesAFaultItCannotProduce() {
    var problem =
        fixture
            .billing()
            .faults()
            .inject(
                new dev.billingsim.domain.subsystem.SubsystemFault(
                    null,
                    dev.billingsim.domain.subsystem.Subsystem.PRICING,
                    "PayHsfTimeoutError",
                    null,
                    null,
                    null,
                    null));

    assertThat(problem)
        .hasValueSatisfying(
            text -> assertThat(text).contains("pricing").contains("PriceHsfTimeoutError"));
  }
}
