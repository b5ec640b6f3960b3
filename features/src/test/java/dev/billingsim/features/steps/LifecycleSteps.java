package dev.billingsim.features.steps;

import dev.billingsim.domain.instance.Product;
import dev.billingsim.features.support.RenewalRequest;
import dev.billingsim.features.support.ScenarioContext;
import dev.billingsim.features.support.Term;
import dev.billingsim.features.support.Who;
import io.cucumber.java.en.When;
import java.util.Map;

/**
 * An instance's life as a caller drives it: buying, renewing and releasing. A renewal's product
 * follows the id (aic- is an ENS server, eap- an ECS elasticity assurance).
 */
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

  @When("{caller} renews {word}")
  public void renews(Who who, String id) {
    renew(who, RenewalRequest.of(id));
  }

  @When("{caller} renews {word} for {term}")
  public void renewsFor(Who who, String id, Term term) {
    renew(who, RenewalRequest.of(id).forTerm(term));
  }

  @When("{caller} renews {word} and {word} together for {term}")
  public void renewsTogether(Who who, String first, String second, Term term) {
    renew(who, RenewalRequest.of(first, second).forTerm(term));
  }

  @When("{caller} renews {word} for {term} and turns on auto-renewal")
  public void renewsWithAutoRenewal(Who who, String id, Term term) {
    renew(who, RenewalRequest.of(id).forTerm(term).with("AutoRenew", "true"));
  }

  @When("{caller} renews {word} for {term} and turns on auto-renewal every {int} month(s)")
  public void renewsWithAutoRenewalEvery(Who who, String id, Term term, int months) {
    RenewalRequest autoRenewing = RenewalRequest.of(id).forTerm(term).with("AutoRenew", "true");
    renew(who, autoRenewing.with("AutoRenewPeriod", String.valueOf(months)));
  }

  @When("{caller} renews {word} for {term} with client token {string}")
  public void renewsWithClientToken(Who who, String id, Term term, String token) {
    renew(who, RenewalRequest.of(id).forTerm(term).with("ClientToken", token));
  }

  @When("{caller} renews {word} for {term} without paying")
  public void renewsWithoutPaying(Who who, String id, Term term) {
    renew(who, RenewalRequest.of(id).forTerm(term).with("AutoPay", "false"));
  }

  @When("{caller} renews {word} with {word} set to {string}")
  public void renewsWithParameter(Who who, String id, String name, String value) {
    renew(who, RenewalRequest.of(id).with(name, value));
  }

  @When("{caller} renews {word} with these parameters:")
  public void renewsWithParameters(Who who, String id, Map<String, String> parameters) {
    renew(who, RenewalRequest.of(id).with(parameters));
  }

  @When("{caller} renews {int} elasticity assurances in one request")
  public void renewsMany(Who who, int count) {
    renew(who, RenewalRequest.ofManyAssurances(count));
  }

  @When("{caller} renews elasticity assurances without naming any")
  public void renewsNone(Who who) {
    renew(who, RenewalRequest.ofNoAssurance());
  }

  @When("the same request is sent again")
  public void sameRequestAgain() {
    context.again();
  }

  @When("{caller} releases {word}")
  public void releases(Who who, String instanceId) {
    context.call(driver -> driver.release(who.key(), instanceId));
  }

  private void renew(Who who, RenewalRequest request) {
    context.call(driver -> driver.renew(who.key(), request));
  }
}
