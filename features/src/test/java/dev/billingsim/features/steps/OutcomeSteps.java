package dev.billingsim.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.features.support.ErrorCode;
import dev.billingsim.features.support.Refusal;
import dev.billingsim.features.support.ScenarioContext;
import io.cucumber.java.en.Then;

/** How the last call ended: done, or refused with a code (and message, and HTTP status). */
public class OutcomeSteps {

  private final ScenarioContext context;

  public OutcomeSteps(ScenarioContext context) {
    this.context = context;
  }

  @Then("the renewal/release/purchase/payment succeeds")
  public void succeeds() {
    assertThat(context.reply().succeeded()).as("the answer was: %s", context.reply()).isTrue();
  }

  @Then("the renewal/release/purchase/payment/call is refused with {code}")
  public void refusedWith(ErrorCode code) {
    assertThat(new ErrorCode(context.refusal().code())).isEqualTo(code);
  }

  @Then("the renewal/release/purchase/payment/call is refused with {code} saying {string}")
  public void refusedWithMessage(ErrorCode code, String message) {
    Refusal refusal = context.refusal();
    assertThat(refusal)
        .extracting(Refusal::code, Refusal::message)
        .containsExactly(code.value(), message);
  }

  @Then("the answer has HTTP status {int}")
  public void answerHasStatus(int status) {
    assertThat(context.reply().refusal()).extracting(Refusal::httpStatus).isEqualTo(status);
  }

  @Then("nothing has changed")
  public void nothingHasChanged() {
    assertThat(context.snapshot()).isEqualTo(context.before());
  }

  @Then("the call fails with a network error")
  public void failsWithANetworkError() {
    assertThat(context.reply().networkFailure())
        .as("the answer was: %s", context.reply())
        .isNotNull();
  }
}
