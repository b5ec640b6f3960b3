package dev.billingsim.domain.billing;

import static dev.billingsim.domain.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.Fixture;
import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.order.ReleaseReceipt;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReleaseTest {

  private final Fixture fixture = new Fixture();

  @Test
  void releasingAPrepaidInstanceRefundsTheUnusedDaysToCash() {
    fixture.instance("aic-1").expiresAt(NOW.plus(Duration.ofDays(15)));

    ReleaseReceipt receipt = (ReleaseReceipt) fixture.release("aic-1").value();

    assertThat(receipt.refund()).isEqualTo(Money.of("50.00"));
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("10050.00"));
    assertThat(fixture.current("aic-1").status()).isEqualTo(InstanceStatus.Released);
    assertThat(fixture.billing().order("u1", receipt.refundOrderId()).orElseThrow().type())
        .isEqualTo(OrderType.REFUND);
  }

  @Test
  void theRefundRoundsDown() {
    fixture.instance("aic-1").expiresAt(NOW.plus(Duration.ofDays(10)));

    ReleaseReceipt receipt = (ReleaseReceipt) fixture.release("aic-1").value();

    assertThat(receipt.refund()).isEqualTo(Money.of("33.33"));
  }

  @Test
  void theRefundPaysBackCreditFirst() {
    fixture
        .account
        .cash(Money.of("0.00"))
        .creditLimit(Money.of("100.00"))
        .creditUsed(Money.of("20.00"));
    fixture.instance("aic-1").expiresAt(NOW.plus(Duration.ofDays(15)));

    fixture.release("aic-1");

    assertThat(fixture.u1().creditUsed()).isEqualTo(Money.of("0.00"));
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("30.00"));
  }

  @Test
  void aPostpaidInstanceIsReleasedWithoutRefund() {
    fixture.instance("aic-1").chargeType(ChargeType.PostPaid);

    ReleaseReceipt receipt = (ReleaseReceipt) fixture.release("aic-1").value();

    assertThat(receipt.refundOrderId()).isNull();
    assertThat(fixture.u1().cash()).isEqualTo(Money.of("10000.00"));
  }

  @Test
  void aReleasedInstanceCannotBeReleasedAgain() {
    fixture.release("aic-1");
    assertThat(fixture.release("aic-1").error().code()).isEqualTo("ProductInstanceReleased");
  }

  @Test
  void anotherAccountsInstanceIsNotFound() {
    assertThat(fixture.release("aic-other").error().code())
        .isEqualTo("RefundRefundInstanceNotFound");
  }
}
