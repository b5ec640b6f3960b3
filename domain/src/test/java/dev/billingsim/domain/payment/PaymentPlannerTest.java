package dev.billingsim.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.order.PaymentSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaymentPlannerTest {

  private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

  private static Instant in(int days) {
    return NOW.plus(Duration.ofDays(days));
  }

  /** The plan for an ENS order of {@code amount} from the account {@code given} builds. */
  private static PaymentPlan planned(Account.Builder given, String amount) {
    PaymentPlanner.Outcome outcome =
        PaymentPlanner.plan(given.build(), Product.ENS, false, Money.of(amount), NOW);
    assertThat(outcome).isInstanceOf(PaymentPlanner.Planned.class);
    return ((PaymentPlanner.Planned) outcome).plan();
  }

  @Test
  void drawsCouponsThenCardsThenCashThenCredit() {
    Account.Builder account =
        Account.builder("u")
            .coupon(Coupon.of("cp-1", Money.of("10.00"), in(30)))
            .storedValueCard(new StoredValueCard("svc-1", Money.of("20.00"), in(30)))
            .cash(Money.of("30.00"))
            .creditLimit(Money.of("100.00"));

    PaymentPlan plan = planned(account, "100.00");

    assertThat(plan.draws())
        .containsExactly(
            new Payment(PaymentSource.COUPON, "cp-1", Money.of("10.00")),
            new Payment(PaymentSource.STORED_VALUE_CARD, "svc-1", Money.of("20.00")),
            new Payment(PaymentSource.CASH, "cash", Money.of("30.00")),
            new Payment(PaymentSource.CREDIT, "credit", Money.of("40.00")));
    assertThat(plan.accountAfter().cash()).isEqualTo(Money.of("0.00"));
    assertThat(plan.accountAfter().creditUsed()).isEqualTo(Money.of("40.00"));
    assertThat(plan.accountAfter().coupons().get(0).amount()).isEqualTo(Money.of("0.00"));
  }

  @Test
  void drawsTheCouponThatExpiresSoonestFirst() {
    Account.Builder account =
        Account.builder("u")
            .coupon(Coupon.of("late", Money.of("50.00"), in(60)))
            .coupon(Coupon.of("soon", Money.of("50.00"), in(5)));

    PaymentPlan plan = planned(account, "60.00");

    assertThat(plan.draws())
        .extracting(Payment::id, p -> p.amount().toPlainString())
        .containsExactly(tuple("soon", "50.00"), tuple("late", "10.00"));
  }

  @Test
  void drawsTheCardThatExpiresSoonestFirst() {
    Account.Builder account =
        Account.builder("u")
            .storedValueCard(new StoredValueCard("late", Money.of("50.00"), in(60)))
            .storedValueCard(new StoredValueCard("soon", Money.of("50.00"), in(5)));

    assertThat(planned(account, "60.00").draws())
        .extracting(Payment::id)
        .containsExactly("soon", "late");
  }

  @Test
  void skipsCouponsForOtherProductsOrBelowTheirMinimumSpend() {
    Account.Builder account =
        Account.builder("u")
            .coupon(
                new Coupon(
                    "ecs-only", Money.of("50.00"), in(30), Set.of(Product.ECS), Money.of("0.00")))
            .coupon(new Coupon("min-500", Money.of("50.00"), in(30), Set.of(), Money.of("500.00")))
            .cash(Money.of("100.00"));

    assertThat(planned(account, "100.00").draws())
        .extracting(Payment::source)
        .containsExactly(PaymentSource.CASH);
  }

  @Test
  void drawsNothingWhenAllSourcesTogetherFallShort() {
    Account account =
        Account.builder("u")
            .coupon(Coupon.of("cp-1", Money.of("20.00"), in(30)))
            .cash(Money.of("50.00"))
            .build();

    PaymentPlanner.Outcome outcome =
        PaymentPlanner.plan(account, Product.ENS, false, Money.of("100.00"), NOW);

    assertThat(outcome).isEqualTo(new PaymentPlanner.Refused("PayInsufficientBalance"));
  }

  @Test
  void creditLineCoversWhatCashCannot() {
    Account account =
        Account.builder("u").cash(Money.of("10.00")).creditLimit(Money.of("90.00")).build();

    PaymentPlan plan = planned(account.toBuilder(), "100.00");

    assertThat(plan.accountAfter().creditAvailable()).isEqualTo(Money.of("0.00"));
    assertThat(plan.accountAfter().netWorth())
        .isEqualTo(account.netWorth().minus(Money.of("100.00")));
  }

  @Test
  void aFreeOrderDrawsNothing() {
    assertThat(planned(Account.builder("u"), "0.00").draws()).isEmpty();
  }

  @Test
  void expiredCouponsAreNotDrawn() {
    Account.Builder account =
        Account.builder("u")
            .coupon(Coupon.of("old", Money.of("100.00"), NOW.minusSeconds(1)))
            .cash(Money.of("100.00"));

    assertThat(planned(account, "100.00").draws()).extracting(Payment::id).containsExactly("cash");
  }

  @Test
  void keepsUsedUpCouponsAtZeroUntilTheyExpire() {
    Account.Builder account =
        Account.builder("u").coupon(Coupon.of("cp", Money.of("10.00"), in(3)));

    assertThat(planned(account, "10.00").accountAfter().coupons())
        .extracting(c -> c.amount().toPlainString())
        .containsExactly("0.00");
  }
}
