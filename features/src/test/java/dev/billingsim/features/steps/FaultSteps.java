package dev.billingsim.features.steps;

import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.features.support.ErrorCode;
import dev.billingsim.features.support.ScenarioContext;
import io.cucumber.java.en.Given;

/** Back-end systems that fail on purpose, exactly where billing calls them. */
public class FaultSteps {

  private final ScenarioContext context;

  public FaultSteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("the {subsystem} system fails with {code}")
  public void systemFails(Subsystem subsystem, ErrorCode code) {
    context.fault(subsystem, code.value(), null);
  }

  @Given("the {subsystem} system fails with {code} saying {string}")
  public void systemFailsSaying(Subsystem subsystem, ErrorCode code, String detail) {
    context.fault(subsystem, code.value(), detail);
  }
}
