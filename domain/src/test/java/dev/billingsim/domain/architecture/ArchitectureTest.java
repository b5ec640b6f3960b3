package dev.billingsim.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The domain is pure Java and never reads the wall clock. */
@AnalyzeClasses(
    packages = "dev.billingsim.domain",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnTheJdkOnly =
      noClasses()
          .that()
          .resideInAPackage("dev.billingsim.domain..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("dev.billingsim.domain..", "java..");

  @ArchTest
  static final ArchRule neverReadsTheWallClock =
      noClasses()
          .that()
          .resideInAPackage("dev.billingsim.domain..")
          .should()
          .callMethodWhere(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "a now() or currentTimeMillis() call",
                  call ->
                      readsTheWallClock(
                          call.getTargetOwner().getName(), call.getTarget().getName())));

  private static boolean readsTheWallClock(String owner, String method) {
    boolean jdkTime = owner.startsWith("java.time.");
    return (jdkTime && (method.equals("now") || method.startsWith("system")))
        || (owner.equals("java.lang.System")
            && (method.equals("currentTimeMillis") || method.equals("nanoTime")));
  }

  @ArchTest
  static final ArchRule neverUsesDoubleForMoney =
      noClasses()
          .that()
          .resideInAPackage("dev.billingsim.domain.money..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.lang.Double");

  @Test
  void thePomDeclaresNoCompileOrRuntimeDependency() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    String dependencies =
        pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
    int declared = dependencies.split("<dependency>").length - 1;
    int testScoped = dependencies.split("<scope>test</scope>").length - 1;
    assertThat(testScoped).as("every domain dependency is test-scoped").isEqualTo(declared);
  }
}
