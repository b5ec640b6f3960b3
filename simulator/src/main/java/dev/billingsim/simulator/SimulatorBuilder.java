package dev.billingsim.simulator;

import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.persist.Persistence;
import dev.billingsim.simulator.state.StateDocument;
import java.nio.file.Path;

/**
 * Settings of a simulator to start, with the defaults of the runnable jar: port 8080, the demo
 * state, flow control on, a journal of 1000 requests, no persistence.
 */
public final class SimulatorBuilder {

  private BillingState state;
  private Path persist;
  // The rest are read by Simulator.start.
  int port = 8080;
  String bindAddress = "127.0.0.1";
  boolean flowControl = true;
  int journal = 1000;
  Long seed;
  String adminToken;
  int containerThreads = 50;

  SimulatorBuilder() {}

  /** The port, 0 for any free one. */
  public SimulatorBuilder port(int port) {
    this.port = port;
    return this;
  }

  public SimulatorBuilder bindAddress(String bindAddress) {
    this.bindAddress = bindAddress;
    return this;
  }

  /** The starting state (the demo state when not given). */
  public SimulatorBuilder state(BillingState state) {
    this.state = state;
    return this;
  }

  /** Write every committed change to this file and start from what it holds. */
  public SimulatorBuilder persist(Path file) {
    this.persist = file;
    return this;
  }

  public SimulatorBuilder flowControl(boolean on) {
    this.flowControl = on;
    return this;
  }

  /** How many requests the journal keeps (0: none). */
  public SimulatorBuilder journal(int entries) {
    this.journal = entries;
    return this;
  }

  /** Seed of every random choice (fault probability, RequestIds). */
  public SimulatorBuilder seed(Long seed) {
    this.seed = seed;
    return this;
  }

  /** Require {@code Authorization: Token <token>} on the admin API. */
  public SimulatorBuilder adminToken(String token) {
    this.adminToken = token;
    return this;
  }

  public SimulatorBuilder containerThreads(int threads) {
    this.containerThreads = threads;
    return this;
  }

  public Simulator start() {
    BillingState initial = state != null ? state : StateDocument.demo();
    if (persist == null) {
      return Simulator.start(this, initial, null);
    }
    Persistence persistence = Persistence.open(persist, initial);
    try {
      return Simulator.start(this, persistence.state(), persistence);
    } catch (RuntimeException e) {
      persistence.close();
      throw e;
    }
  }
}
