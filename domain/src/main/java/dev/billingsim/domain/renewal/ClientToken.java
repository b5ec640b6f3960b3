package dev.billingsim.domain.renewal;

/**
 * An idempotency token and the request it came with, in canonical form: a retry under the same
 * token with the same request gets the first answer; another request under it is refused.
 */
public record ClientToken(String value, String request) {}
