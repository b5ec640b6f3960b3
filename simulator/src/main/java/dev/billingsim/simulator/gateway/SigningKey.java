package dev.billingsim.simulator.gateway;

import java.util.Objects;

/**
 * What the gateway needs to know of an access key: its secret and whether it may be used.
 *
 * @param secret the AccessKeySecret; never printed
 * @param enabled false for a disabled key
 */
public record SigningKey(String secret, boolean enabled) {

  public SigningKey {
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "SigningKey[secret=***, enabled=" + enabled + "]";
  }
}
