package dev.billingsim.simulator.rpc;

import dev.billingsim.domain.catalogue.BillingError;
import java.util.Map;

/** What an action answers: a success body or a catalogue error. */
public sealed interface Answer permits Answer.Success, Answer.Refused {

  /** A 200 with this body (which carries the RequestId where the real API puts it). */
  record Success(Map<String, Object> body) implements Answer {}

  /** A business refusal from the catalogue. */
  record Refused(BillingError error) implements Answer {}

  static Answer success(Map<String, Object> body) {
    return new Success(body);
  }

  static Answer refused(BillingError error) {
    return new Refused(error);
  }
}
