package dev.billingsim.simulator.gateway;

import java.util.Objects;

/**
 * One decoded request parameter. The value is exactly what the client encoded (no trimming), so it
 * can be re-encoded for signature checks.
 *
 * @param name decoded name, for example {@code PrivatePoolOptions.Id.1}
 * @param value decoded value, possibly empty
 */
public record RpcParameter(String name, String value) {

  public RpcParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
