package dev.billingsim.simulator;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The simulator's layers, from the outside in: the command line, the wiring of one simulator, the
 * HTTP server and the admin API, the RPC path and its actions, the gateway checks, the domain. The
 * support packages (the state document and its log, fault rules, the journal, the world a running
 * simulator holds) serve every layer above the gateway and use none of them.
 */
@AnalyzeClasses(packages = "dev.billingsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "dev.billingsim.simulator.";

  @ArchTest
  static final ArchRule layersPointInward =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Command line")
          .definedBy(inPackageOrNamed("cli", "Main", "DemoCall"))
          .layer("Wiring")
          .definedBy(inPackageOrNamed(null, "Simulator", "SimulatorBuilder", "Actions"))
          .layer("Http")
          .definedBy(ROOT + "http..")
          .layer("Admin")
          .definedBy(ROOT + "admin..")
          .layer("Rpc")
          .definedBy(ROOT + "rpc..")
          .layer("Actions")
          .definedBy(ROOT + "action..")
          .layer("Gateway")
          .definedBy(ROOT + "gateway..")
          .layer("Support")
          .definedBy(inPackageOrNamed("state|persist|faults|journal", "SimulatorWorld"))
          .layer("Domain")
          .definedBy("dev.billingsim.domain..")
          .whereLayer("Command line")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Wiring")
          .mayOnlyBeAccessedByLayers("Command line")
          .whereLayer("Http")
          .mayOnlyBeAccessedByLayers("Wiring")
          .whereLayer("Admin")
          .mayOnlyBeAccessedByLayers("Wiring")
          .whereLayer("Rpc")
          .mayOnlyBeAccessedByLayers("Wiring", "Actions")
          .whereLayer("Actions")
          .mayOnlyBeAccessedByLayers("Wiring")
          .whereLayer("Gateway")
          .mayOnlyBeAccessedByLayers("Command line", "Wiring", "Http", "Rpc", "Actions")
          .whereLayer("Support")
          .mayOnlyBeAccessedByLayers("Command line", "Wiring", "Http", "Admin", "Rpc", "Actions")
          .whereLayer("Domain")
          .mayNotAccessAnyLayer();

  /** Classes in {@code ROOT + packages} (a regex of names), or root classes of these names. */
  private static DescribedPredicate<JavaClass> inPackageOrNamed(String packages, String... names) {
    List<String> roots = List.of(names);
    return DescribedPredicate.describe(
        (packages == null ? "" : packages + " or ") + roots,
        c ->
            (packages != null && c.getPackageName().matches(ROOT + "(" + packages + ")(\\..*)?"))
                || (c.getPackageName().equals("dev.billingsim.simulator")
                    && roots.contains(c.getName().replaceAll(".*\\.|\\$.*", ""))));
  }
}
