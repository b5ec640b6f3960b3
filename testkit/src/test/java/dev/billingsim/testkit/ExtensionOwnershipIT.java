package dev.billingsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which JUnit context a simulator belongs to: the class that started it and what is nested in it,
 * never a second class that happens to share the extension (a static field inherited from a base
 * class, run in parallel), which is refused instead of sharing one world by surprise.
 */
class ExtensionOwnershipIT {

  private static final String CLASS_A = "[engine:junit-jupiter]/[class:example.A]";
  private static final String CLASS_AB = "[engine:junit-jupiter]/[class:example.AB]";

  /** A context that knows only its unique id: all the extension asks of one it did not start. */
  private static ExtensionContext context(String uniqueId) {
    return (ExtensionContext)
        Proxy.newProxyInstance(
            ExtensionContext.class.getClassLoader(),
            new Class<?>[] {ExtensionContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getUniqueId")) {
                return uniqueId;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void servesTheClassThatStartedItAndItsNestedClassesAndStopsAfterIt() {
    BillingSimulatorExtension sim =
        BillingSimulatorExtension.newInstance().resetBetweenTests(false).build();

    sim.beforeAll(context(CLASS_A));
    int port = sim.port();
    sim.beforeAll(context(CLASS_A + "/[nested-class:Inner]"));
    sim.beforeEach(context(CLASS_A + "/[nested-class:Inner]/[method:test()]"));
    sim.afterEach(context(CLASS_A + "/[nested-class:Inner]/[method:test()]"));
    sim.afterAll(context(CLASS_A + "/[nested-class:Inner]"));

    assertThat(sim.port()).isEqualTo(port);

    sim.afterAll(context(CLASS_A));

    assertThatThrownBy(sim::port)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not running");
  }

  @Test
  void refusesASecondClassWhileTheFirstRuns() {
    BillingSimulatorExtension sim = BillingSimulatorExtension.newInstance().build();
    sim.beforeAll(context(CLASS_A));
    try {
      assertThatThrownBy(() -> sim.beforeAll(context(CLASS_AB)))
          .isInstanceOf(ExtensionConfigurationException.class)
          .hasMessageContaining("declare one in each test class");
      sim.afterAll(context(CLASS_AB));
      assertThat(sim.port()).isPositive();
    } finally {
      sim.afterAll(context(CLASS_A));
    }
  }
}
