package dev.billingsim.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.features.support.ErrorCode;
import dev.billingsim.features.support.Reply;
import dev.billingsim.features.support.ScenarioContext;
import dev.billingsim.features.support.StateViews;
import dev.billingsim.features.support.Who;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/** Orders: paying an unpaid one, and what orders the world holds. */
public class OrderSteps {

  private final ScenarioContext context;

  public OrderSteps(ScenarioContext context) {
    this.context = context;
  }

  @When("{caller} pays the unpaid order for {word}")
  public void paysUnpaidOrder(Who who, String instanceId) {
    Order unpaid =
        StateViews.order(context.snapshot(), instanceId, OrderStatus.UNPAID).orElseThrow();
    context.call(driver -> driver.payOrder(who.key(), unpaid.orderId()));
  }

  @Then("{word} has an unpaid order for {word}")
  public void hasUnpaidOrder(String uid, String instanceId) {
    assertThat(StateViews.order(context.snapshot(), instanceId, OrderStatus.UNPAID)).isPresent();
  }

  @Then("there is no unpaid order for {word}")
  public void hasNoUnpaidOrder(String instanceId) {
    assertThat(StateViews.order(context.snapshot(), instanceId, OrderStatus.UNPAID)).isEmpty();
  }

  @Then("{word} has {int} order(s)")
  public void hasOrders(String uid, int count) {
    assertThat(StateViews.orders(context.snapshot(), uid)).hasSize(count);
  }

  @Then("{word}'s latest order was paid from:")
  public void latestOrderPaidFrom(String uid, List<Payment> payments) {
    assertThat(StateViews.latestOrder(context.snapshot(), uid).payments())
        .containsExactlyElementsOf(payments);
  }

  @Then("both answers name the same order")
  public void bothAnswersNameTheSameOrder() {
    List<String> orderIds = context.replies().stream().map(Reply::orderId).distinct().toList();
    assertThat(orderIds).hasSize(1).doesNotContainNull();
  }

  @Then("the auto-renewal of {word} failed with {code}")
  public void autoRenewalFailed(String instanceId, ErrorCode code) {
    assertThat(StateViews.order(context.snapshot(), instanceId, OrderStatus.FAILED))
        .map(order -> order.errorCode())
        .contains(code.value());
  }
}
