package dev.billingsim.features.steps;

import static dev.billingsim.simulator.faults.NetworkFault.CONNECTION_RESET_BY_PEER;
import static dev.billingsim.testkit.admin.Faults.fault;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.features.support.ErrorCode;
import dev.billingsim.features.support.RenewalRequest;
import dev.billingsim.features.support.Reply;
import dev.billingsim.features.support.ScenarioContext;
import dev.billingsim.features.support.Who;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Map;

/** What the gateway refuses before billing sees a call. These scenarios run over HTTP only. */
public class GatewaySteps {

  private final ScenarioContext context;

  public GatewaySteps(ScenarioContext context) {
    this.context = context;
  }

  @When("{caller} renews {word} signing with a wrong secret")
  public void signsWithAWrongSecret(Who who, String id) {
    AccessKey wrong = AccessKey.of(who.key().id(), "not-the-secret");
    context.call(driver -> driver.renew(wrong, RenewalRequest.of(id)));
  }

  @When("someone renews {word} with the unknown access key {string}")
  public void unknownAccessKey(String id, String keyId) {
    context.call(driver -> driver.renew(AccessKey.of(keyId, "whatever"), RenewalRequest.of(id)));
  }

  @When("{caller} calls the ENS action {string} with no parameters")
  public void callsEnsAction(Who who, String action) {
    context.call(driver -> driver.call(who.key(), Product.ENS, action, Map.of()));
  }

  @When("{caller} asks for the balance {int} times in one burst")
  public void burst(Who who, int calls) {
    context.record(context.driver().burst(who.key(), calls));
  }

  @Then("at least one query is refused with {code}")
  public void atLeastOneRefused(ErrorCode code) {
    assertThat(context.replies())
        .extracting(Reply::refusal)
        .extracting(r -> r == null ? null : new ErrorCode(r.code()))
        .contains(code);
  }

  @Given("the simulator drops the connection of every {word} call")
  public void dropsTheConnection(String action) {
    context.driver().addFault(fault().action(action).network(CONNECTION_RESET_BY_PEER));
  }

  @Given("the simulator answers the next {word} call with {code}")
  public void answersTheNextCallWith(String action, ErrorCode code) {
    context.driver().addFault(fault().action(action).error(code.value()).times(1));
  }
}
