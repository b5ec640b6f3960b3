package dev.billingsim.benchmarks;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.payment.PaymentPlanner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/*
 * Payment planning: how an order is paid from coupons (soonest expiry first), stored-value cards
 * (soonest expiry first) and cash, as an account holds 1, 10, 100 and 1000 coupons and as many
 * cards. PaymentPlanner.plan changes nothing, so the same call can be repeated forever.
 *
 * What it teaches:
 *  - draw=first: the order is covered by the first coupon. The planner still filters and sorts
 *    every coupon and card and copies the account, so the cost grows with the holdings: linearly,
 *    or n log n for the sort.
 *  - draw=all: the order drains every coupon and every card and takes the rest from cash, so one
 *    draw per holding. Each draw must cost O(1); an O(n) look-up per draw (finding the drawn coupon
 *    in the list again) makes the whole plan quadratic, visible as a 100x step from 100 to 1000.
 *  - baseline: an account with no coupons or cards paying from cash: the fixed cost of a plan.
 * Compare score/holdings across the rows: roughly flat means linear.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar PaymentPlanBenchmark
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PaymentPlanBenchmark {

  Account cashOnly;
  Money hundred;

  @Setup(Level.Trial)
  public void buildCashOnlyAccount() {
    cashOnly = Account.builder(Worlds.uid(0)).cash(Worlds.PLENTY).build();
    hundred = Money.of("100.00");
  }

  /** An account holding {@code holdings} coupons and as many cards, and the order to pay. */
  @State(Scope.Benchmark)
  public static class Holdings {
    @Param({"1", "10", "100", "1000"})
    int holdings;

    @Param({"first", "all"})
    String draw;

    Account account;
    Money amount;

    @Setup(Level.Trial)
    public void buildAccount() {
      List<Coupon> coupons = new ArrayList<>();
      List<StoredValueCard> cards = new ArrayList<>();
      for (int i = 0; i < holdings; i++) {
        // Expiries not in list order, so that the planner's sort has work to do.
        Instant expires = Worlds.START.plus(Duration.ofHours(1 + (i * 7919L) % (holdings * 24L)));
        coupons.add(Coupon.of("cp-" + i, Money.of("1.00"), expires));
        cards.add(new StoredValueCard("svc-" + i, Money.of("1.00"), expires));
      }
      account =
          Account.builder(Worlds.uid(0))
              .cash(Worlds.PLENTY)
              .coupons(coupons)
              .storedValueCards(cards)
              .build();
      amount = draw.equals("first") ? Money.of("0.50") : Money.of((2 * holdings + 100) + ".00");
    }
  }

  @Benchmark
  public PaymentPlanner.Outcome baseline() {
    return PaymentPlanner.plan(cashOnly, Product.ENS, false, hundred, Worlds.START);
  }

  @Benchmark
  public PaymentPlanner.Outcome plan(Holdings holdings) {
    return PaymentPlanner.plan(holdings.account, Product.ENS, false, holdings.amount, Worlds.START);
  }
}
