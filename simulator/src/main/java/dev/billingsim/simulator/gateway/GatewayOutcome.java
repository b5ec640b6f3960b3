package dev.billingsim.simulator.gateway;

import java.util.function.Function;

/**
 * What {@link Gateway#authenticate(RpcRequest)} decides: an authenticated {@link VerifiedRequest},
 * or the {@link GatewayError} that refuses the request.
 */
public sealed interface GatewayOutcome permits VerifiedRequest, GatewayError {

  /** Applies {@code accepted} to a caller or {@code refused} to an error. */
  default <T> T fold(Function<VerifiedRequest, T> accepted, Function<GatewayError, T> refused) {
    if (this instanceof VerifiedRequest caller) {
      return accepted.apply(caller);
    } else if (this instanceof GatewayError error) {
      return refused.apply(error);
    } else {
      throw new IllegalStateException("Unexpected outcome " + this);
    }
  }
}
