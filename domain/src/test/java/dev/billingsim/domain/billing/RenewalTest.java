package dev.billingsim.domain.billing;

import static dev.billingsim.domain.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.Fixture;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.renewal.AutoRenewal;
import dev.billingsim.domain.renewal.MagicIds;
import dev.billingsim.domain.renewal.RenewalReceipt;
import dev.billingsim.domain.renewal.Term;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.domain.subsystem.SubsystemFault;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RenewalTest {

  private final Fixture fixture = new Fixture();

  @Test
  void ensRenewalForOneMonthMovesExpiryAndChargesTheMonthlyPrice() {
    Instant before = fixture.state().instances().get(0).expiresAt();

    Result<RenewalReceipt> result = fixture.ens();

    assertThat(result.isOk()).isTrue();
    assertThat(fixture.current("aic-1").expiresAt())
        .isEqualTo(before.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("9900.00"));
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
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("9900.00"));
  }

  @Test
  void aYearCostsTwelveMonthsUnlessTheInstanceHasAYearlyPrice() {
    fixture.instance("aic-1").yearlyPrice(Money.of("1000.00"));
    fixture.renew(Fixture.ensRenewal("aic-1", Term.ofYears(1), null));
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("9000.00"));

    Fixture plain = new Fixture();
    plain.renew(Fixture.ensRenewal("aic-1", Term.ofYears(1), null));
    assertThat(plain.u1().cash()).isEqualTo(Money.of("8800.00"));
  }

  @Test
  void ecsDefaultsToOneYearAndRenewsSeveralAssurancesInOneOrder() {
    Result<RenewalReceipt> result = fixture.renew(Fixture.ecsRenewal("eap-1", "eap-2"));

    assertThat(result.value().instanceIds()).containsExactly("eap-1", "eap-2");
    Order order = fixture.billing().order("u1", result.value().orderId()).orElseThrow();
    assertThat(order.lines()).hasSize(2);
    assertThat(order.amount()).isEqualTo(Money.of("7200.00"));
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("2800.00"));
  }

  @Test
  void anExpiredInstanceRenewsFromNowWithinTheRetentionPeriod() {
    fixture
        .instance("aic-1")
        .status(InstanceStatus.Expired)
        .expiresAt(NOW.minus(Duration.ofDays(3)));

    assertThat(fixture.ens().isOk()).isTrue();

    assertThat(fixture.current("aic-1").status()).isEqualTo(InstanceStatus.Running);
    assertThat(fixture.current("aic-1").expiresAt())
        .isEqualTo(NOW.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());
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
    fixture.renew(Fixture.ensRenewal("aic-1", Term.ofMonths(3), new AutoRenewal(3)));

    assertThat(fixture.current("aic-1").autoRenew()).isTrue();
    assertThat(fixture.current("aic-1").autoRenewPeriod()).isEqualTo(3);
  }

  @Test
  void ecsAutoRenewTakesItsPeriod() {
    fixture.renew(Fixture.ecsRenewal(true, new AutoRenewal(6), null, null));

    Instance eap = fixture.current("eap-1");
    assertThat(eap.autoRenew()).isTrue();
    assertThat(eap.autoRenewPeriod()).isEqualTo(6);
  }

  @Test
  void anotherAccountsInstanceAnswersAsIfItDidNotExist() {
    assertThat(
            fixture.renew(Fixture.ensRenewal("aic-other", Term.ofMonths(1), null)).error().code())
        .isEqualTo("OrderQueryInstanceNotExists");
    assertThat(
            fixture.renew(Fixture.ensRenewal("aic-nothing", Term.ofMonths(1), null)).error().code())
        .isEqualTo("OrderQueryInstanceNotExists");
    assertThat(fixture.renew(Fixture.ecsRenewal("eap-other")).error().code())
        .isEqualTo("InvalidPrivatePoolId.NotFound");
  }

  @Test
  void magicIdsFailWithTheirCodeInAnyState() {
    assertThat(magic(Product.ENS, "aic-err-PayInsufficientBalance").code())
        .isEqualTo("PayInsufficientBalance");
    assertThat(magic(Product.ENS, "aic-err-InvalidParameter.Period").message())
        .isEqualTo("The specified field Period invalid. Please check it again.");
    assertThat(magic(Product.ECS, "eap-err-InternalError").message())
        .isEqualTo("The request processing has failed due to some unknown error.");
    assertThat(magic(Product.ENS, "aic-err-NoSuchCode").code())
        .isEqualTo("InvalidParameter.InstanceId");
    assertThat(magic(Product.ECS, "eap-err-NoSuchCode").code())
        .isEqualTo("InvalidParameter.PrivatePoolOptionsId");
    assertThat(magic(Product.ECS, "eap-err-PayInsufficientBalance").code())
        .isEqualTo("PayInsufficientBalance");
  }

  private static BillingError magic(Product product, String id) {
    assertThat(MagicIds.isMagic(id)).isTrue();
    return MagicIds.errorFor(product, id, Catalogue.standard());
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
        new SubsystemFault(null, Subsystem.PRICING, "PriceHsfTimeoutError", null, null, null, 1));

    assertThat(fixture.ens().error().code()).isEqualTo("PriceHsfTimeoutError");
    assertThat(fixture.ens().isOk()).isTrue();
  }

  @Test
  void aFaultIsNotSpentByACallRefusedBeforeReachingItsSubsystem() {
    fixture.account.realNameVerified(false);
    fixture.faults.add(
        new SubsystemFault(null, Subsystem.PAYMENT, "PayHsfTimeoutError", null, null, null, 1));

    assertThat(fixture.ens().error().code()).isEqualTo("OrderNoRealNameAuthentication");
    assertThat(fixture.billing().faults().list()).hasSize(1);
  }

  @Test
  void aSubsystemRefusesAFaultItCannotProduce() {
    var fault =
        new SubsystemFault(null, Subsystem.PRICING, "PayHsfTimeoutError", null, null, null, null);
    var problem = fixture.billing().faults().inject(fault);

    assertThat(problem)
        .hasValueSatisfying(
            text -> assertThat(text).contains("pricing").contains("PriceHsfTimeoutError"));
  }
}
