package dev.billingsim.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The kit's promises, checked: the admin client and the world builder (the simulator's) work
 * without JUnit (so any test framework or a plain main can use them), and nothing in the kit ever
 * sleeps.
 */
@AnalyzeClasses(
    packages = {"dev.billingsim.testkit", "dev.billingsim.simulator.world"},
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJar.class})
class ArchitectureTest {

  /** The simulator's test jar (on this module's test class path) holds tests, not the kit. */
  static final class NoTestJar implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static final ArchRule theAdminClientAndTheWorldNeedNoJUnit =
      noClasses()
          .that()
          .resideInAnyPackage("dev.billingsim.testkit.admin..", "dev.billingsim.simulator.world..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.junit..");

  @ArchTest
  static final ArchRule theAdminClientAndTheWorldDoNotNeedTheExtension =
      noClasses()
          .that()
          .resideInAnyPackage("dev.billingsim.testkit.admin..", "dev.billingsim.simulator.world..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameStartingWith("BillingSimulator");

  @ArchTest
  static final ArchRule nothingSleeps =
      noClasses()
          .should()
          .callMethod(Thread.class, "sleep", long.class)
          .orShould()
          .callMethod(Thread.class, "sleep", long.class, int.class)
          .orShould()
          .callMethod(java.util.concurrent.TimeUnit.class, "sleep", long.class)
          .because("a test kit that sleeps makes every test that uses it slow and flaky");
}
