package dev.billingsim.simulator.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElement;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOf;

import com.aliyun.tea.TeaException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.InProcessSimulator;
import dev.billingsim.simulator.Sdk;
import dev.billingsim.simulator.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at /__admin/billing/ui in a real browser (headless chromium, 1280x800), as QA use it:
 * each test leaves a screenshot of what it saw in target/ui-screenshots/.
 */
class PageInBrowserIT {

  private static final String DEMO_UID = "1000000000000001";

  @RegisterExtension
  static final InProcessSimulator SIM = new InProcessSimulator(options -> options.seed(7L));

  private static final Http admin = SIM.admin();
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Browser.missing().isEmpty(), () -> Browser.missing().orElseThrow());
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static ChromeDriver open() {
    ChromeDriver driver = browser.driver();
    driver.get(SIM.baseUrl() + "/__admin/billing/ui");
    return driver;
  }

  private static void await(ExpectedCondition<?> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(condition);
  }

  private static void awaitElement(String css) {
    await(presenceOfElementLocated(By.cssSelector(css)));
  }

  private static void awaitText(String css, String text) {
    await(textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  private static String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  @Test
  void thePageShowsTheDemoWorld() {
    ChromeDriver driver = open();

    awaitElement("tr[data-uid]");
    browser.screenshot("01-demo-world");

    assertThat(driver.getTitle()).isEqualTo("Billing simulator");
    assertThat(driver.findElement(By.id("clock-now")).getText()).isEqualTo("2026-11-22 UTC");
    WebElement demo = driver.findElement(By.cssSelector("tr[data-uid='" + DEMO_UID + "']"));
    assertThat(demo.getText()).contains("demo-ak", "1000.00 CNY", "cp-1 50.00", "svc-1 100.00");
    assertThat(driver.findElements(By.cssSelector("tr[data-uid]"))).hasSize(5);
    assertThat(text("tr[data-instance='aic-demo-0001']"))
        .contains("Running", "2026-12-01", "off", "100.00");
    assertThat(driver.findElement(By.id("faults")).getText()).contains("No fault rules");
  }

  @Test
  void advancingTheClockAMonthShowsTheAutoRenewal() throws Exception {
    ChromeDriver driver = open();
    importAWorldWhereTheDemoInstanceRenewsItself(driver);
    awaitText("tr[data-instance='aic-demo-0001'] td.auto-renew", "on");

    driver.findElement(By.id("advance-month")).click();

    awaitElement("#events li[data-event='InstanceRenewed']");
    awaitText("tr[data-instance='aic-demo-0001'] td.expires", "2027-01-01");
    browser.screenshot("02-auto-renewal");

    assertThat(driver.findElement(By.id("clock-now")).getText()).isEqualTo("2026-12-22 UTC");
    assertThat(text("#events li[data-event='InstanceRenewed']"))
        .contains("aic-demo-0001 renewed automatically for 1 mo");
    assertThat(driver.findElement(By.id("orders")).getText())
        .contains("RENEW", "PAID", "aic-demo-0001 × 1 mo", "coupon cp-1 50.00");
  }

  @Test
  void aPayInsufficientBalanceRuleRefusesTheNextRenewalInTheRequestList() throws Exception {
    ChromeDriver driver = open();
    awaitElement("#code-list option[value='PayInsufficientBalance']");

    driver.findElement(By.id("fault-form-open")).click();
    driver.findElement(By.id("code-search")).sendKeys("InsufficientBalance");
    new Select(driver.findElement(By.id("code-list"))).selectByValue("PayInsufficientBalance");
    new Select(driver.findElement(By.id("fault-action"))).selectByValue("RenewARMServerInstance");
    driver.findElement(By.id("fault-times")).sendKeys("1");
    driver.findElement(By.id("add-fault")).click();
    awaitText("#faults", "PayInsufficientBalance");

    TeaException refused =
        catchThrowableOfType(TeaException.class, () -> Sdk.renewDemo(SIM.sim(), false));

    assertThat(refused.getCode()).isEqualTo("PayInsufficientBalance");
    String refusedRow =
        "#requests tr[data-action='RenewARMServerInstance'][data-code='PayInsufficientBalance']";
    awaitElement(refusedRow);
    awaitText("#faults", "No fault rules");
    browser.screenshot("03-fault-refuses-renewal");
    assertThat(text(refusedRow)).contains("demo-ak", "aic-demo-0001", "PayInsufficientBalance");
  }

  @Test
  void aBadDateShowsTheAdminApisProblemNextToTheField() {
    ChromeDriver driver = open();
    awaitElement("tr[data-uid]");

    driver.findElement(By.id("advance-to")).sendKeys("2027-13-45");
    driver.findElement(By.cssSelector("#advance-to-form button")).click();

    WebElement problem = driver.findElement(By.id("advance-to-problem"));
    await(textToBePresentInElement(problem, "to:"));
    browser.screenshot("04-bad-date");
    assertThat(problem.getText()).startsWith("to: Text '2027-13-45T00:00:00Z' could not be parsed");
    assertThat(driver.findElement(By.id("clock-now")).getText()).isEqualTo("2026-11-22 UTC");
  }

  @Test
  void aRefusedRuleShowsEachProblemNextToItsField() {
    ChromeDriver driver = open();
    awaitElement("tr[data-uid]");

    driver.findElement(By.id("fault-form-open")).click();
    new Select(driver.findElement(By.id("delay-kind"))).selectByValue("lognormal");
    driver.findElement(By.id("delay-median")).sendKeys("80");
    driver.findElement(By.id("delay-sigma")).sendKeys("9");
    driver.findElement(By.id("fault-probability")).sendKeys("2");
    driver.findElement(By.id("add-fault")).click();

    WebElement delayProblem =
        driver.findElement(By.cssSelector("#fault-form .problem[data-for='delay']"));
    await(textToBePresentInElement(delayProblem, "sigma"));
    browser.screenshot("05-rule-problems", delayProblem);
    assertThat(delayProblem.getText()).isEqualTo("delay.sigma: must be between 0 and 4.0");
    assertThat(text("#fault-form .problem[data-for='probability']"))
        .isEqualTo("probability: must be between 0 and 1");
  }

  @Test
  void withAnAdminTokenThePageAsksForItAndThenShowsTheWorld() {
    Simulator guarded =
        Simulator.builder().port(0).seed(7L).flowControl(false).adminToken("s3cret-token").start();
    try {
      ChromeDriver driver = browser.driver();
      driver.get(guarded.baseUrl() + "/__admin/billing/ui");
      WebElement dialog = driver.findElement(By.id("token-dialog"));
      await(visibilityOf(dialog));
      browser.screenshot("06-token-asked");
      assertThat(driver.findElements(By.cssSelector("tr[data-uid]"))).isEmpty();

      driver.findElement(By.id("token-input")).sendKeys("wrong");
      driver.findElement(By.id("token-submit")).click();
      awaitText("#token-problem", "That token was refused");
      driver.findElement(By.id("token-input")).sendKeys("s3cret-token");
      driver.findElement(By.id("token-submit")).click();

      awaitElement("tr[data-uid]");
      browser.screenshot("07-token-given");
      assertThat(dialog.isDisplayed()).isFalse();
    } finally {
      // The token stays in that simulator's origin (its own port): the other tests never see it.
      guarded.close();
    }
  }

  private static void importAWorldWhereTheDemoInstanceRenewsItself(ChromeDriver driver)
      throws Exception {
    ObjectNode state = (ObjectNode) admin.get("/state").json();
    for (JsonNode instance : state.withArray("instances")) {
      if (instance.get("id").asText().equals("aic-demo-0001")) {
        ((ObjectNode) instance).put("autoRenew", true);
      }
    }
    Path file = Files.createTempFile("auto-renewing-world", ".json");
    Files.writeString(file, Http.JSON.writeValueAsString(state));
    driver.findElement(By.id("import-state")).sendKeys(file.toAbsolutePath().toString());
  }
}
