package dev.billingsim.features.steps;

import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceCondition;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.features.support.ScenarioContext;
import io.cucumber.java.en.Given;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Instances (ENS servers, ECS elasticity assurances) and the conditions they can be in. */
public class InstanceSteps {

  private final ScenarioContext context;

  public InstanceSteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("these instances:")
  public void theseInstances(List<Instance> instances) {
    instances.forEach(context.world()::add);
  }

  @Given("{word} owns the {product} {word} at {money} a month, expiring on {date}")
  public void owns(String uid, Product product, String id, Money monthly, Instant expires) {
    context
        .world()
        .add(Instance.builder(id, product, uid).monthlyPrice(monthly).expiresAt(expires).build());
  }

  @Given("instance {word} is {status}")
  public void instanceIs(String id, InstanceStatus status) {
    context.world().instance(id).status(status);
  }

  @Given("instance {word} expired on {date}")
  public void instanceExpired(String id, Instant expired) {
    context.world().instance(id).status(InstanceStatus.Expired).expiresAt(expired);
  }

  @Given("instance {word} expires on {date}")
  public void instanceExpires(String id, Instant expires) {
    context.world().instance(id).expiresAt(expires);
  }

  @Given("instance {word} is pay-as-you-go")
  public void payAsYouGo(String id) {
    context.world().instance(id).chargeType(ChargeType.PostPaid);
  }

  @Given("instance {word} is marked {condition}")
  public void markedWith(String id, InstanceCondition condition) {
    context.world().instance(id).conditions(Set.of(condition));
  }

  @Given("instance {word} has no price")
  public void hasNoPrice(String id) {
    context.world().instance(id).monthlyPrice(null).yearlyPrice(null);
  }

  @Given("instance {word} is only sold by the year, at {money}")
  public void onlySoldByTheYear(String id, Money yearly) {
    context.world().instance(id).monthlyPrice(null).yearlyPrice(yearly);
  }

  @Given("instance {word} is priced at {money} a month")
  public void pricedMonthly(String id, Money monthly) {
    context.world().instance(id).monthlyPrice(monthly);
  }

  @Given("instance {word} costs {money} for a whole year")
  public void pricedYearly(String id, Money yearly) {
    context.world().instance(id).yearlyPrice(yearly);
  }

  @Given("instance {word} forbids coupons")
  public void forbidsCoupons(String id) {
    context.world().instance(id).couponsForbidden(true);
  }

  @Given("instance {word} is set to renew automatically every {int} month(s)")
  public void autoRenews(String id, int months) {
    context.world().instance(id).autoRenew(true).autoRenewPeriod(months);
  }

  @Given("{word} has an unpaid renewal order for {word}")
  public void unpaidOrder(String uid, String instanceId) {
    context.world().unpaidOrder(uid, instanceId);
  }
}
