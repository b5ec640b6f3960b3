package dev.billingsim.features.steps;

import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.money.Money;
import dev.billingsim.features.support.ScenarioContext;
import io.cucumber.java.en.Given;
import java.time.Instant;
import java.util.List;

/** What an account pays with besides cash and credit: coupons and stored-value cards. */
public class MoneySteps {

  private final ScenarioContext context;

  public MoneySteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("{word} holds these coupons:")
  public void holdsCoupons(String uid, List<Coupon> coupons) {
    context.world().accountSpec(uid).with(b -> b.coupons(coupons));
  }

  @Given("{word} holds a coupon {word} worth {money} expiring on {date}")
  public void holdsCoupon(String uid, String id, Money amount, Instant expires) {
    context.world().accountSpec(uid).with(b -> b.coupon(Coupon.of(id, amount, expires)));
  }

  @Given("{word} holds these stored-value cards:")
  public void holdsCards(String uid, List<StoredValueCard> cards) {
    context.world().accountSpec(uid).with(b -> b.storedValueCards(cards));
  }

  @Given("{word} holds a stored-value card {word} with {money} expiring on {date}")
  public void holdsCard(String uid, String id, Money balance, Instant expires) {
    context
        .world()
        .accountSpec(uid)
        .with(b -> b.storedValueCard(new StoredValueCard(id, balance, expires)));
  }
}
