package dev.billingsim.testkit;

import dev.billingsim.simulator.world.World;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annotation form of {@link BillingSimulatorExtension}: one simulator for the annotated test
 * class, started before its first test and stopped after its last, reset before each test. Test
 * methods, constructors and lifecycle methods receive it as a parameter of type {@link
 * BillingSimulator}, or take its {@code BillingAdmin}, official {@code Client}, {@code Config} or
 * {@link Credentials} directly.
 *
 * <pre>{@code
 * @BillingSimulatorTest(state = TwoAccounts.class)
 * class RenewalTest {
 *   @Test
 *   void renews(BillingSimulator sim) { ... }
 * }
 * }</pre>
 *
 * <p>Do not combine it with a registered {@code BillingSimulatorExtension} field in the same class:
 * both would offer the same parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BillingSimulatorExtension.class)
public @interface BillingSimulatorTest {

  /** The port; 0 (the default) picks a free one. */
  int port() default 0;

  /**
   * Where the starting world comes from: a class with a no-argument constructor whose {@code get()}
   * returns it. The simulator's demo state by default.
   */
  Class<? extends Supplier<World>> state() default DemoWorld.class;

  /** Seed of every random choice (fault probabilities, generated ids). */
  long seed() default BillingSimulatorExtension.DEFAULT_SEED;

  /** The per-key rate limit of the real service (10 calls a second); off by default in tests. */
  boolean flowControl() default false;

  /** Back to the starting state with no faults before every test. */
  boolean resetBetweenTests() default true;

  /** Require this admin token ({@code Authorization: Token ...}); empty for none. */
  String adminToken() default "";

  /** The simulator's demo state (contract section 6). */
  final class DemoWorld implements Supplier<World> {
    @Override
    public World get() {
      return World.demo();
    }
  }
}
