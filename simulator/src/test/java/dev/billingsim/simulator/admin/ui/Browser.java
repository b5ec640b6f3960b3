package dev.billingsim.simulator.admin.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium, driven by Debian's chromedriver at fixed paths (Selenium Manager is
 * never asked to download one), in a fresh profile and a 1280x800 window. Screenshots go to {@code
 * target/ui-screenshots/}.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Why no browser can run here, or empty when Debian's chromium and chromedriver are there. */
  public static Optional<String> missing() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return Optional.empty();
    }
    return Optional.of(
        "no browser: "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " are needed (Debian's chromium and chromium-driver; .ci/run installs them with"
            + " apt-get where it runs as root)");
  }

  public static Browser start() throws IOException {
    Path profile = Files.createTempDirectory("billing-ui-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=1280,800");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(java.io.OutputStream.nullOutputStream())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver, profile);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Saves what the window shows from the top of the page as {@code <name>.png}. */
  public Path screenshot(String name) {
    driver.executeScript("window.scrollTo(0, 0)");
    return save(name);
  }

  /** Saves what the window shows with {@code focus} in the middle of it. */
  public Path screenshot(String name, WebElement focus) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", focus);
    return save(name);
  }

  private Path save(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A profile left in the temporary directory is harmless.
    }
  }
}
