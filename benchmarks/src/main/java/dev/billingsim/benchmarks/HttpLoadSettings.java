package dev.billingsim.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The parameters both HTTP benchmarks share: the servers' threads, the accounts, the client. */
@State(Scope.Benchmark)
public abstract class HttpLoadSettings {

  /** Jetty threads of each server (the same for both, as the comparison requires). */
  @Param({"50"})
  int containerThreads;

  /**
   * Paying accounts the clients share out (client i renews account i % accounts): 1, every client
   * on one account, as a load test with one key runs, so renewals queue on that account's lock; 16,
   * one account each, so they do not.
   */
  @Param({"1"})
  int accounts;

  /** socket: LoopbackClient; jdk: java.net.http.HttpClient (HTTP/1.1, one per client thread). */
  @Param({"socket"})
  String client;
}
