package dev.billingsim.features.support;

import dev.billingsim.domain.catalogue.Api;

/**
 * What one call answered: done (with the order id when the API returns one), refused with a {@link
 * Refusal}, or lost to a network failure (over HTTP only).
 *
 * @param api the catalogue list the called API answers from first (ENS or ECS; BSS for queries)
 */
public record Reply(Api api, String orderId, Refusal refusal, String networkFailure) {

  public static Reply done(Api api, String orderId) {
    return new Reply(api, orderId, null, null);
  }

  public static Reply refused(Api api, Refusal refusal) {
    return new Reply(api, null, refusal, null);
  }

  public static Reply lost(Api api, String failure) {
    return new Reply(api, null, null, failure);
  }

  public boolean succeeded() {
    return refusal == null && networkFailure == null;
  }

  @Override
  public String toString() {
    if (networkFailure != null) {
      return "network failure: " + networkFailure;
    }
    return refusal == null
        ? "done" + (orderId == null ? "" : ", order " + orderId)
        : "refused " + refusal;
  }
}
