package dev.billingsim.testkit;

import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.simulator.world.World;
import dev.billingsim.testkit.admin.BillingAdmin;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A billing simulator for a JUnit 5 test class: started in process on a free port before the
 * class's first test, reset to its starting state with no faults before every test, stopped after
 * the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static BillingSimulatorExtension sim = BillingSimulatorExtension.newInstance()
 *     .state(World.empty().with(account("u1").cash("50.00")).with(ensInstance("aic-1")))
 *     .build();
 * }</pre>
 *
 * <p><b>Lifecycle.</b> On a {@code static} field it runs one simulator for the class (and its
 * {@code @Nested} classes); on an instance field, one per test. {@link BillingSimulatorTest} is the
 * annotation form.
 *
 * <p><b>Parallel execution.</b> Each extension owns its server, port, world, clock, fault rules and
 * admin client; nothing is static or global. Test classes run concurrently under JUnit's parallel
 * execution without seeing each other, and each moves its own clock. The tests of one class share
 * its simulator, so run them in one thread ({@code @Execution(SAME_THREAD)}, JUnit's default) or
 * register the extension on an instance field to give each test its own.
 */
public final class BillingSimulatorExtension
    implements BillingSimulator,
        BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {

  /** The seed of every random choice unless told otherwise, so runs repeat. */
  public static final long DEFAULT_SEED = 0L;

  /** What a test method may be given, and where each comes from. */
  private static final Map<Class<?>, Function<BillingSimulatorExtension, Object>> PARAMETERS =
      Map.of(
          BillingSimulator.class, sim -> sim,
          BillingAdmin.class, BillingSimulatorExtension::admin,
          Client.class, BillingSimulatorExtension::client,
          Config.class, BillingSimulatorExtension::clientConfig,
          Credentials.class, BillingSimulatorExtension::credentials);

  private final Settings configured;
  private Running running;
  private String startedBy;

  /**
   * For {@code @ExtendWith} and {@link BillingSimulatorTest}: settings come from the annotation.
   */
  public BillingSimulatorExtension() {
    this(null);
  }

  private BillingSimulatorExtension(Settings configured) {
    this.configured = configured;
  }

  public static Builder newInstance() {
    return new Builder();
  }

  // ---- JUnit callbacks ----

  @Override
  public void beforeAll(ExtensionContext context) {
    startIfStopped(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!startIfStopped(context) && current().settings().resetBetweenTests()) {
      simulator().world().reset();
      simulator().wireMock().resetAll();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return PARAMETERS.containsKey(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (running() == null) {
      throw new ParameterResolutionException(
          "the billing simulator is not running yet, so %s cannot be given here"
              .formatted(type.getSimpleName()));
    }
    return PARAMETERS.get(type).apply(this);
  }

  // ---- what a test uses ----

  @Override
  public Credentials credentials() {
    return current().credentials();
  }

  @Override
  public BillingAdmin admin() {
    return current().admin();
  }

  @Override
  public Simulator simulator() {
    return current().simulator();
  }

  @Override
  public String toString() {
    Running now = running();
    return "BillingSimulatorExtension[%s]"
        .formatted(now == null ? "stopped" : now.simulator().baseUrl());
  }

  // ---- lifecycle ----

  private synchronized Running running() {
    return running;
  }

  private Running current() {
    Running now = running();
    if (now == null) {
      throw new IllegalStateException(
          "the billing simulator is not running: register the extension with @RegisterExtension on a "
              + "static field (one simulator per class) or an instance field (one per test), and use it "
              + "from a test or a lifecycle method");
    }
    return now;
  }

  /** Starts the simulator unless it runs; true if this call started it. */
  private synchronized boolean startIfStopped(ExtensionContext context) {
    if (running != null) {
      String id = context.getUniqueId();
      if (!id.equals(startedBy) && !id.startsWith(startedBy + "/")) {
        throw new ExtensionConfigurationException(
            ("this BillingSimulatorExtension already serves %s while %s starts: a static extension"
                    + " inherited by test classes that run in parallel would be shared; declare one"
                    + " in each test class")
                .formatted(startedBy, id));
      }
      return false;
    }
    Settings settings = configured != null ? configured : Settings.fromAnnotation(context);
    BillingState state = settings.state().get();
    Simulator simulator =
        Simulator.builder()
            .port(settings.port())
            .state(state)
            .seed(settings.seed())
            .flowControl(settings.flowControl())
            .adminToken(settings.adminToken())
            .start();
    BillingAdmin admin = BillingAdmin.connect(simulator.baseUrl());
    running =
        new Running(
            settings,
            simulator,
            settings.adminToken() == null ? admin : admin.withToken(settings.adminToken()),
            firstKey(simulator.world().initial()));
    startedBy = context.getUniqueId();
    return true;
  }

  private synchronized void stopIfStartedBy(ExtensionContext context) {
    if (running != null && context.getUniqueId().equals(startedBy)) {
      try {
        running.simulator().close();
      } finally {
        running = null;
        startedBy = null;
      }
    }
  }

  private static Credentials firstKey(BillingState state) {
    return state.accounts().stream()
        .flatMap(account -> account.accessKeys().stream())
        .findFirst()
        .map(key -> new Credentials(key.id(), key.secret()))
        .orElse(null);
  }

  private record Running(
      Settings settings, Simulator simulator, BillingAdmin admin, Credentials credentials) {
    @Override
    public Credentials credentials() {
      if (credentials == null) {
        throw new IllegalStateException("the starting state has no account with an access key");
      }
      return credentials;
    }
  }

  /** What to start; the state is built when the simulator starts. */
  private record Settings(
      int port,
      Supplier<BillingState> state,
      Long seed,
      boolean flowControl,
      boolean resetBetweenTests,
      String adminToken) {

    static Settings fromAnnotation(ExtensionContext context) {
      Optional<BillingSimulatorTest> found = Optional.empty();
      for (Class<?> type = context.getRequiredTestClass();
          type != null && found.isEmpty();
          type = type.getEnclosingClass()) {
        found = AnnotationSupport.findAnnotation(type, BillingSimulatorTest.class);
      }
      if (found.isEmpty()) {
        return new Builder().settings();
      }
      BillingSimulatorTest annotation = found.get();
      Supplier<World> world = instantiate(annotation.state());
      return new Settings(
          annotation.port(),
          () -> world.get().toState(),
          annotation.seed(),
          annotation.flowControl(),
          annotation.resetBetweenTests(),
          annotation.adminToken().isEmpty() ? null : annotation.adminToken());
    }

    private static Supplier<World> instantiate(Class<? extends Supplier<World>> type) {
      try {
        Constructor<? extends Supplier<World>> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new ExtensionConfigurationException(
            "@BillingSimulatorTest(state = %s.class) needs a no-argument constructor"
                .formatted(type.getName()),
            e);
      }
    }
  }

  /** Settings of a {@link BillingSimulatorExtension}; every one has a default. */
  public static final class Builder {
    private int port;
    private Supplier<BillingState> state = () -> World.demo().toState();
    private long seed = DEFAULT_SEED;
    private boolean flowControl;
    private boolean resetBetweenTests = true;
    private String adminToken;

    private Builder() {}

    /** The port; 0 (the default) picks a free one, which parallel classes need. */
    public Builder port(int newPort) {
      port = newPort;
      return this;
    }

    /** The starting world (the simulator's demo state by default); every reset goes back to it. */
    public Builder state(World world) {
      Objects.requireNonNull(world, "world");
      state = world::toState;
      return this;
    }

    public Builder state(BillingState newState) {
      Objects.requireNonNull(newState, "state");
      state = () -> newState;
      return this;
    }

    /**
     * Seed of every random choice: fault probabilities and generated ids ({@link
     * BillingSimulatorExtension#DEFAULT_SEED} by default).
     */
    public Builder seed(long newSeed) {
      seed = newSeed;
      return this;
    }

    /** The real service's per-key rate limit (10 calls a second per action); off by default. */
    public Builder flowControl(boolean on) {
      flowControl = on;
      return this;
    }

    /**
     * Back to the starting state with no faults (and no WireMock stubs) before every test; on by
     * default.
     */
    public Builder resetBetweenTests(boolean on) {
      resetBetweenTests = on;
      return this;
    }

    /** Require {@code Authorization: Token <token>} on the admin API; the admin client sends it. */
    public Builder adminToken(String token) {
      adminToken = token;
      return this;
    }

    public BillingSimulatorExtension build() {
      return new BillingSimulatorExtension(settings());
    }

    private Settings settings() {
      return new Settings(port, state, seed, flowControl, resetBetweenTests, adminToken);
    }
  }
}
