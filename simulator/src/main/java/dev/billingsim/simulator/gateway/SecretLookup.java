package dev.billingsim.simulator.gateway;

import java.util.Optional;

/**
 * Finds the signing key of an AccessKeyId; the simulator's account state implements it, so the
 * gateway never depends on the domain. Must be thread-safe and fast: it runs on every request.
 */
@FunctionalInterface
public interface SecretLookup {

  /** The key for {@code accessKeyId}, or empty if there is no such key. */
  Optional<SigningKey> find(String accessKeyId);
}
