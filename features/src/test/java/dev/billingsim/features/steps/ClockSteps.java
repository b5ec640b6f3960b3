package dev.billingsim.features.steps;

import dev.billingsim.features.support.ScenarioContext;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;

/** The only way time moves: the business clock, which runs everything due on the way. */
public class ClockSteps {

  private final ScenarioContext context;

  public ClockSteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("today is {date}")
  public void todayIs(Instant today) {
    context.today(today);
  }

  @When("the date becomes {date}")
  public void theDateBecomes(Instant day) {
    context.moveClockTo(day);
  }

  @When("{int} day(s) pass(es)")
  public void daysPass(int days) {
    context.moveClockTo(context.now().plus(Duration.ofDays(days)));
  }
}
