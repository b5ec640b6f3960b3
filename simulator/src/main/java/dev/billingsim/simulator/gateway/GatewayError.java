package dev.billingsim.simulator.gateway;

import java.util.Objects;

/**
 * A refusal by the gateway, with its message already filled in. Comes from {@link GatewayErrors}.
 *
 * @param code Alibaba Cloud error code, for example {@code SignatureDoesNotMatch}
 * @param httpStatus HTTP status the error is answered with
 * @param message the message as the client sees it
 */
public record GatewayError(String code, int httpStatus, String message)
    implements ParseOutcome, GatewayOutcome {

  public GatewayError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
