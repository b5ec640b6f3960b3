package dev.billingsim.domain.billing;

import static dev.billingsim.domain.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.billingsim.domain.Fixture;
import dev.billingsim.domain.event.AutoRenewalFailed;
import dev.billingsim.domain.event.CouponExpired;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.domain.event.InstanceExpired;
import dev.billingsim.domain.event.InstanceReleased;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockTest {

  private final Fixture fixture = new Fixture();

  private Instant days(int n) {
    return NOW.plus(Duration.ofDays(n));
  }

  @Test
  void theClockStandsStillUntilMoved() {
    assertThat(fixture.billing().now()).isEqualTo(NOW);
    fixture.billing().advanceTo(days(1));
    assertThat(fixture.billing().now()).isEqualTo(days(1));
  }

  @Test
  void itCannotGoBack() {
    assertThatThrownBy(() -> fixture.billing().advanceTo(NOW.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAutoRenewingInstanceIsChargedAtItsExpiry() {
    fixture.instance("aic-1").autoRenew(true).autoRenewPeriod(1);

    List<DomainEvent> events = fixture.billing().advanceTo(days(11));

    assertThat(events)
        .filteredOn(e -> e instanceof InstanceRenewed)
        .singleElement()
        .asInstanceOf(type(InstanceRenewed.class))
        .extracting(InstanceRenewed::instanceId, InstanceRenewed::automatic, InstanceRenewed::at)
        .containsExactly("aic-1", true, days(10));
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("10000.00").minus(Money.of("100.00")));
    assertThat(fixture.current("aic-1").status()).isEqualTo(InstanceStatus.Running);
  }

  @Test
  void autoRenewalsRepeatAsTheClockMovesOverSeveralTerms() {
    fixture.instance("aic-1").autoRenew(true).autoRenewPeriod(1);

    List<DomainEvent> events = fixture.billing().advanceTo(days(100));

    assertThat(events).filteredOn(e -> e instanceof InstanceRenewed).hasSize(4);
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("9600.00"));
  }

  @Test
  void aFailedAutoRenewalIsRecordedWithItsCodeAndTheInstanceExpires() {
    fixture.instance("aic-1").autoRenew(true);
    fixture.account.cash(Money.of("10.00"));

    List<DomainEvent> events = fixture.billing().advanceTo(days(11));

    assertThat(events)
        .filteredOn(e -> e instanceof AutoRenewalFailed)
        .singleElement()
        .extracting(e -> ((AutoRenewalFailed) e).code())
        .isEqualTo("PayInsufficientBalance");
    assertThat(events)
        .filteredOn(e -> e instanceof InstanceExpired)
        .extracting(e -> ((InstanceExpired) e).instanceId())
        .contains("aic-1");
    assertThat(fixture.billing().orders("u1"))
        .singleElement()
        .extracting(Order::status, Order::errorCode)
        .containsExactly(OrderStatus.FAILED, "PayInsufficientBalance");
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("10.00"));
  }

  @Test
  void anUnrenewedInstanceExpiresThenIsReleasedAfterFifteenDays() {
    List<DomainEvent> events = fixture.billing().advanceTo(days(30));

    assertThat(events)
        .filteredOn(e -> e instanceof InstanceExpired)
        .extracting(DomainEvent::at)
        .contains(days(10));
    assertThat(events)
        .filteredOn(e -> e instanceof InstanceReleased)
        .extracting(DomainEvent::at)
        .contains(days(25));
    assertThat(fixture.current("aic-1").status()).isEqualTo(InstanceStatus.Released);
  }

  @Test
  void eventsComeInTimeOrder() {
    fixture.instance("eap-1").expiresAt(days(5));
    fixture.instance("aic-1").expiresAt(days(3));

    List<DomainEvent> events = fixture.billing().advanceTo(days(40));

    assertThat(events).extracting(DomainEvent::at).isSorted();
  }

  @Test
  void couponsLeaveTheAccountWhenTheyExpire() {
    fixture.coupon("cp-1", "5.00", days(2));

    List<DomainEvent> events = fixture.billing().advanceTo(days(3));

    assertThat(events).filteredOn(e -> e instanceof CouponExpired).hasSize(1);
    assertThat(fixture.u1().coupons()).isEmpty();
  }
}
