package dev.billingsim.simulator.rpc;

import com.github.tomakehurst.wiremock.http.Request;
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
   * @param startedNanos {@link System#nanoTime()} when the dispatcher took the request
   */
  void answered(Request request, ResponseDefinition answer, long startedNanos);
}
