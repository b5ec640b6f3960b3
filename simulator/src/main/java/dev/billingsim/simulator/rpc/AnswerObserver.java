package dev.billingsim.simulator.rpc;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * Told of every RPC answer as the dispatcher produces it, on the request's own thread: the metrics
 * count and time calls here. It must be cheap and must not throw.
 */
@FunctionalInterface
public interface AnswerObserver {

  /** Observes nothing. */
  AnswerObserver NONE = (request, answer, startedNanos) -> {};

  /**
   * @param action the {@code Action} the request named (as parsed), or null when none was read
   * @param startedNanos {@link System#nanoTime()} when the dispatcher took the request
   */
  void answered(String action, ResponseDefinition answer, long startedNanos);
}
