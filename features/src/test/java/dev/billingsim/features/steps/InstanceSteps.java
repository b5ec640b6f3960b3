package dev.billingsim.features.steps;

import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceCondition;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.features.support.ScenarioContext;
import dev.billingsim.simulator.world.InstanceSpec;
import dev.billingsim.simulator.world.World;
import io.cucumber.java.en.Given;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Instances (ENS servers, ECS elasticity assurances) and the conditions they can be in. */
public class InstanceSteps {

  private final ScenarioContext context;

  public InstanceSteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("these instances:")
  public void theseInstances(List<InstanceSpec> instances) {
    instances.forEach(instance -> context.world().accountSpec(instance.ownerUid()));
    instances.forEach(context.world()::with);
  }

  @Given("{word} owns the {product} {word} at {money} a month, expiring on {date}")
  public void owns(String uid, Product product, String id, Money monthly, Instant expires) {
    context.world().accountSpec(uid);
    InstanceSpec instance = World.instance(id, product).ownedBy(uid).expiresAt(expires);
    context.world().with(instance.with(b -> b.monthlyPrice(monthly)));
  }

  @Given("instance {word} is {status}")
  public void instanceIs(String id, InstanceStatus status) {
    instance(id, b -> b.status(status));
  }

  @Given("instance {word} expired on {date}")
  public void instanceExpired(String id, Instant expired) {
    instance(id, b -> b.status(InstanceStatus.Expired).expiresAt(expired));
  }

  @Given("instance {word} expires on {date}")
  public void instanceExpires(String id, Instant expires) {
    instance(id, b -> b.expiresAt(expires));
  }

  @Given("instance {word} is pay-as-you-go")
  public void payAsYouGo(String id) {
    instance(id, b -> b.chargeType(ChargeType.PostPaid));
  }

  @Given("instance {word} is marked {condition}")
  public void markedWith(String id, InstanceCondition condition) {
    instance(id, b -> b.conditions(Set.of(condition)));
  }

  @Given("instance {word} has no price")
  public void hasNoPrice(String id) {
    instance(id, b -> b.monthlyPrice(null).yearlyPrice(null));
  }

  @Given("instance {word} is only sold by the year, at {money}")
  public void onlySoldByTheYear(String id, Money yearly) {
    instance(id, b -> b.monthlyPrice(null).yearlyPrice(yearly));
  }

  @Given("instance {word} is priced at {money} a month")
  public void pricedMonthly(String id, Money monthly) {
    instance(id, b -> b.monthlyPrice(monthly));
  }

  @Given("instance {word} costs {money} for a whole year")
  public void pricedYearly(String id, Money yearly) {
    instance(id, b -> b.yearlyPrice(yearly));
  }

  @Given("instance {word} forbids coupons")
  public void forbidsCoupons(String id) {
    instance(id, b -> b.couponsForbidden(true));
  }

  @Given("instance {word} is set to renew automatically every {int} month(s)")
  public void autoRenews(String id, int months) {
    instance(id, b -> b.autoRenew(true).autoRenewPeriod(months));
  }

  @Given("{word} has an unpaid renewal order for {word}")
  public void unpaidOrder(String uid, String instanceId) {
    context.world().unpaidRenewal(uid, instanceId);
  }

  private void instance(String id, UnaryOperator<Instance.Builder> change) {
    context.world().instanceSpec(id).with(change);
  }
}
