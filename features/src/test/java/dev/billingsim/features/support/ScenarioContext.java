package dev.billingsim.features.support;

import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.domain.subsystem.SubsystemFault;
import dev.billingsim.simulator.world.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the steps of one scenario share (PicoContainer makes one per scenario): the world the Given
 * steps describe (the simulator's {@link World}, accounts added on first mention) and the subsystem
 * faults, the driver that runs them, and what the calls answered.
 *
 * <p>The world is handed to the driver on the first step that needs the driver, so every Given
 * comes before the first When. Only the clock may move after that.
 */
public final class ScenarioContext {

  private final BillingDriver driver;
  private final World world = World.empty();
  private final List<SubsystemFault> faults = new ArrayList<>();
  private boolean started;
  private BillingState before;
  private Function<BillingDriver, Reply> lastCommand;
  private final List<Reply> replies = new ArrayList<>();
  private final List<Reply> asserted = new ArrayList<>();

  public ScenarioContext(BillingDriver driver) {
    this.driver = driver;
  }

  /** The world being described; refused once it runs (a Given after a When). */
  public World world() {
    if (started) {
      throw new IllegalStateException(
          "the world is already running: put every Given before the first When");
    }
    return world;
  }

  /** The driver, running the described world from the first time it is asked for. */
  public BillingDriver driver() {
    if (!started) {
      driver.start(world.toState(), List.copyOf(faults));
      started = true;
    }
    return driver;
  }

  /** A subsystem fails with {@code code} (and {@code detail} in a {@code %s} message). */
  public void fault(Subsystem subsystem, String code, String detail) {
    world();
    faults.add(new SubsystemFault(null, subsystem, code, detail, null, null, null));
  }

  /** Runs a command, remembering the world just before it (for "nothing has changed"). */
  public Reply call(Function<BillingDriver, Reply> command) {
    BillingDriver running = driver();
    before = running.snapshot();
    Reply reply = command.apply(running);
    replies.add(reply);
    lastCommand = command;
    return reply;
  }

  /** Sends the last command again, exactly as it was. */
  public Reply again() {
    if (lastCommand == null) {
      throw new IllegalStateException("no command was run yet");
    }
    return call(lastCommand);
  }

  /** Records answers of calls made outside {@link #call} (a burst of queries). */
  public void record(List<Reply> more) {
    replies.addAll(more);
  }

  /** Today is {@code day}: where the world starts, or, once it runs, where the clock moves to. */
  public void today(Instant day) {
    if (started) {
      driver.advanceTo(day);
    } else {
      world.startingFrom(day);
    }
  }

  /** Moves the clock to {@code day}, running everything due on the way (starts the world first). */
  public void moveClockTo(Instant day) {
    driver().advanceTo(day);
  }

  /** The clock now: the world's start until it runs, then the driver's. */
  public Instant now() {
    return started ? driver.snapshot().now() : world.now();
  }

  public Reply reply() {
    if (replies.isEmpty()) {
      throw new IllegalStateException("no call was made yet: a Then step needs a When before it");
    }
    return replies.get(replies.size() - 1);
  }

  public List<Reply> replies() {
    return List.copyOf(replies);
  }

  /** The last call's refusal, recorded as asserted (the conformance hook checks it). */
  public Refusal refusal() {
    Reply reply = reply();
    if (reply.refusal() == null) {
      throw new AssertionError("expected the call to be refused, but it answered: " + reply);
    }
    asserted.add(reply);
    return reply.refusal();
  }

  /** Every refused reply a Then step asserted, in order. */
  public List<Reply> assertedRefusals() {
    return List.copyOf(asserted);
  }

  /** The world just before the last command. */
  public BillingState before() {
    if (before == null) {
      throw new IllegalStateException("no command was run yet");
    }
    return before;
  }

  /** The world now. */
  public BillingState snapshot() {
    return driver().snapshot();
  }
}
