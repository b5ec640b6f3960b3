package dev.billingsim.domain.account;

import java.util.Objects;

/** An AccessKey pair. A disabled key is known but refused at the gateway. */
public record AccessKey(String id, String secret, boolean enabled) {
  public AccessKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
  }

  public static AccessKey of(String id, String secret) {
    return new AccessKey(id, secret, true);
  }

  @Override
  public String toString() {
    return "AccessKey[" + id + (enabled ? "" : ", disabled") + "]"; // never print the secret
  }
}
