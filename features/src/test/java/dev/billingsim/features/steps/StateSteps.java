package dev.billingsim.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.money.Money;
import dev.billingsim.features.support.ScenarioContext;
import dev.billingsim.features.support.StateViews;
import io.cucumber.java.en.Then;
import java.time.Instant;

/** What the world holds after the calls: money left, terms, statuses. */
public class StateSteps {

  private final ScenarioContext context;

  public StateSteps(ScenarioContext context) {
    this.context = context;
  }

  @Then("{word} has {money} left in cash")
  public void cashLeft(String uid, Money cash) {
    assertThat(StateViews.account(context.snapshot(), uid).cash()).isEqualTo(cash);
  }

  @Then("{word} has used {money} of the credit line")
  public void creditUsed(String uid, Money used) {
    assertThat(StateViews.account(context.snapshot(), uid).creditUsed()).isEqualTo(used);
  }

  @Then("{word}'s coupon {word} has {money} left")
  public void couponLeft(String uid, String id, Money left) {
    assertThat(StateViews.coupon(context.snapshot(), uid, id).amount()).isEqualTo(left);
  }

  @Then("{word}'s stored-value card {word} has {money} left")
  public void cardLeft(String uid, String id, Money left) {
    assertThat(StateViews.card(context.snapshot(), uid, id).balance()).isEqualTo(left);
  }

  @Then("{word}'s reseller quota has {money} used")
  public void quotaUsed(String uid, Money used) {
    assertThat(StateViews.account(context.snapshot(), uid).custody().quotaUsed()).isEqualTo(used);
  }

  @Then("instance {word} now expires on {date}")
  public void nowExpiresOn(String id, Instant expires) {
    assertThat(StateViews.instance(context.snapshot(), id).expiresAt()).isEqualTo(expires);
  }

  @Then("instance {word} is now {status}")
  public void isNow(String id, InstanceStatus status) {
    assertThat(StateViews.instance(context.snapshot(), id).status()).isEqualTo(status);
  }

  @Then("instance {word} now renews automatically every {int} month(s)")
  public void nowRenewsAutomatically(String id, int months) {
    assertThat(StateViews.instance(context.snapshot(), id))
        .extracting(Instance::autoRenew, Instance::autoRenewPeriod)
        .containsExactly(true, months);
  }
}
