package dev.billingsim.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Benchmarks measure the domain and the simulator through what they offer, plus JMH and, for the
 * baseline server and the report, WireMock and Jackson, and the JDK's JFR reader for profiles:
 * nothing else.
 */
@AnalyzeClasses(
    packages = "dev.billingsim.benchmarks",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule dependOnlyOnWhatTheyMeasure =
      noClasses()
          .that()
          .resideInAPackage("dev.billingsim.benchmarks..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "dev.billingsim.benchmarks..",
              "dev.billingsim.domain..",
              "dev.billingsim.simulator..",
              "org.openjdk.jmh..",
              "com.github.tomakehurst.wiremock..",
              "com.fasterxml.jackson.databind..",
              "java..",
              "jdk.jfr..",
              "com.sun.management..",
              "javax.crypto..");
}
