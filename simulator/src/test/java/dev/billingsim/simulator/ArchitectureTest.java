package dev.billingsim.simulator;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The simulator's layers, outside in: command line, wiring, HTTP and admin, RPC and actions,
 * gateway, domain. Support packages serve every layer above the gateway and use none of them.
 */
@AnalyzeClasses(packages = "dev.billingsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String AT = "dev.billingsim.simulator.";

  @ArchTest
  static final ArchRule layersPointInward =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Command line")
          .definedBy(resideInAPackage(AT + "cli").or(belongToAnyOf(Main.class, DemoCall.class)))
          .layer("Wiring")
          .definedBy(belongToAnyOf(Simulator.class, SimulatorBuilder.class, Actions.class))
          .layer("Http and admin")
          .definedBy(AT + "http..", AT + "admin..")
          .layer("Rpc and actions")
          .definedBy(AT + "rpc..", AT + "action..")
          .layer("Gateway")
          .definedBy(AT + "gateway..")
          .layer("Support")
          .definedBy(
              resideInAnyPackage(
                      AT + "state", AT + "persist", AT + "faults", AT + "journal", AT + "world")
                  .or(belongToAnyOf(SimulatorWorld.class)))
          .layer("Domain")
          .definedBy("dev.billingsim.domain..")
          .whereLayer("Command line")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Wiring")
          .mayOnlyBeAccessedByLayers("Command line")
          .whereLayer("Http and admin")
          .mayOnlyBeAccessedByLayers("Wiring")
          .whereLayer("Rpc and actions")
          .mayOnlyBeAccessedByLayers("Wiring", "Http and admin")
          .whereLayer("Gateway")
          .mayOnlyBeAccessedByLayers("Command line", "Wiring", "Http and admin", "Rpc and actions")
          .whereLayer("Support")
          .mayOnlyBeAccessedByLayers("Command line", "Wiring", "Http and admin", "Rpc and actions")
          .whereLayer("Domain")
          .mayNotAccessAnyLayer();
}
