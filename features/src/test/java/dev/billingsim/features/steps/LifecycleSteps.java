package dev.billingsim.features.steps;

import dev.billingsim.domain.instance.Product;
import dev.billingsim.features.support.ScenarioContext;
import dev.billingsim.features.support.Term;
import dev.billingsim.features.support.Who;
import io.cucumber.java.en.When;

/** Buying new instances and releasing them. */
public class LifecycleSteps {

  private final ScenarioContext context;

  public LifecycleSteps(ScenarioContext context) {
    this.context = context;
  }

  @When("{caller} buys {int} {product} of type {string}")
  public void buys(Who who, int count, Product product, String type) {
    context.call(driver -> driver.buy(who.key(), product, type, count, 1));
  }

  @When("{caller} buys {int} {product} of type {string} for {term}")
  public void buysFor(Who who, int count, Product product, String type, Term term) {
    context.call(driver -> driver.buy(who.key(), product, type, count, term.months()));
  }

  @When("{caller} releases {word}")
  public void releases(Who who, String instanceId) {
    context.call(driver -> driver.release(who.key(), instanceId));
  }
}
