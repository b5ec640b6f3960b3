package dev.billingsim.simulator.rpc;

import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.simulator.gateway.GatewayError;
import java.util.Map;

/** What an action answers: a success body, a catalogue error, or a protocol error. */
public sealed interface Answer permits Answer.Success, Answer.Refused, Answer.Invalid {

  /** A 200 with this body (which carries the RequestId where the real API puts it). */
  record Success(Map<String, Object> body) implements Answer {}

  /** A business refusal from the catalogue. */
  record Refused(BillingError error) implements Answer {}

  /** A protocol refusal (MissingParameter, InvalidParameter, ...). */
  record Invalid(GatewayError error) implements Answer {}

  static Answer success(Map<String, Object> body) {
    return new Success(body);
  }

  static Answer refused(BillingError error) {
    return new Refused(error);
  }
}
