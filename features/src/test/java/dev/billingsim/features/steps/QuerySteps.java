package dev.billingsim.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.instance.Product;
import dev.billingsim.features.support.Balance;
import dev.billingsim.features.support.Holding;
import dev.billingsim.features.support.InstanceSummary;
import dev.billingsim.features.support.OrderSummary;
import dev.billingsim.features.support.ScenarioContext;
import dev.billingsim.features.support.Who;
import io.cucumber.java.en.Then;
import java.util.List;

/** What the billing (BSS) and Describe APIs report to the account that asks. */
public class QuerySteps {

  private final ScenarioContext context;

  public QuerySteps(ScenarioContext context) {
    this.context = context;
  }

  @Then("the billing API reports {word}'s balance as:")
  public void reportsBalance(String uid, List<Balance> balance) {
    assertThat(context.driver().balance(Who.account(uid).key())).isEqualTo(balance.get(0));
  }

  @Then("the billing API lists {word}'s usable coupons:")
  public void listsCoupons(String uid, List<Holding> coupons) {
    assertThat(context.driver().coupons(Who.account(uid).key())).containsExactlyElementsOf(coupons);
  }

  @Then("the billing API lists {word}'s usable stored-value cards:")
  public void listsCards(String uid, List<Holding> cards) {
    assertThat(context.driver().storedValueCards(Who.account(uid).key()))
        .containsExactlyElementsOf(cards);
  }

  @Then("the billing API lists {word}'s orders, newest first:")
  public void listsOrders(String uid, List<OrderSummary> orders) {
    assertThat(context.driver().orders(Who.account(uid).key())).containsExactlyElementsOf(orders);
  }

  @Then("{word}'s {product} are listed as:")
  public void listsInstances(String uid, Product product, List<InstanceSummary> instances) {
    assertThat(context.driver().instances(Who.account(uid).key(), product))
        .containsExactlyElementsOf(instances);
  }
}
