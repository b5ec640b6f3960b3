package dev.billingsim.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.Fixture;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.OrderStatus;
import org.junit.jupiter.api.Test;

class AutoPayTest {

  private final Fixture fixture = new Fixture();

  @Test
  void autoPayFalseRecordsAnUnpaidOrderAndChangesNothingElse() {
    var instanceBefore = fixture.current("eap-1");

    var result = fixture.renew(Fixture.ecsRenewal(false, null, null, null));

    var order = fixture.billing().order("u1", result.value().orderId()).orElseThrow();
    assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
    assertThat(order.payments()).isEmpty();
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("10000.00"));
    assertThat(fixture.current("eap-1")).isEqualTo(instanceBefore);
  }

  @Test
  void whileUnpaidAnotherRenewalOfThatInstanceIsRefused() {
    fixture.renew(Fixture.ecsRenewal(false, null, null, null));

    assertThat(fixture.ecs().error().code()).isEqualTo("OrderInstHasUnpaidOrder");
    assertThat(fixture.renew(Fixture.ecsRenewal("eap-2")).isOk()).isTrue();
  }

  @Test
  void payingTheUnpaidOrderRenewsAndChargesIt() {
    var unpaid = fixture.renew(Fixture.ecsRenewal(false, null, null, null)).value();

    var paid = fixture.billing().payOrder(Fixture.U1, unpaid.orderId());

    assertThat(paid.isOk()).isTrue();
    assertThat(fixture.billing().order("u1", unpaid.orderId()).orElseThrow().status())
        .isEqualTo(OrderStatus.PAID);
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("6400.00"));
    assertThat(fixture.ecs().isOk()).isTrue();
  }

  @Test
  void anOrderCannotBePaidTwice() {
    var unpaid = fixture.renew(Fixture.ecsRenewal(false, null, null, null)).value();
    fixture.billing().payOrder(Fixture.U1, unpaid.orderId());

    assertThat(fixture.billing().payOrder(Fixture.U1, unpaid.orderId()).error().code())
        .isEqualTo("PayPayChannelPayOrderInvalidStatus");
    assertThat(fixture.billing().payOrder(Fixture.U1, "999").error().code())
        .isEqualTo("OrderNotFound");
  }
}
