package dev.billingsim.simulator.persist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingsim.domain.billing.Change;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.state.ChangeDocument;
import dev.billingsim.simulator.state.StateDocument;
import dev.billingsim.simulator.state.StateJson;
import java.io.IOException;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON of log records: a snapshot is a state document, a change a change document, both compact
 * (so a record is one line) and read back with the same checks as the admin API, but with no size
 * limit: the log may hold a larger world than one admin request.
 */
final class RecordCodec {

  /** Why a record that passed its checksum still cannot be read. */
  static final class Unreadable extends Exception {

    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private final ObjectMapper mapper = StateJson.mapper(0);

  byte[] snapshot(BillingState state) {
    return write(StateDocument.toTree(state));
  }

  byte[] change(Change change) {
    return write(ChangeDocument.toTree(change));
  }

  BillingState readSnapshot(byte[] payload) throws Unreadable {
    StateDocument.Parsed parsed = StateDocument.fromTree(tree(payload));
    if (!parsed.isValid()) {
      throw new Unreadable(summary(parsed.problems()));
    }
    return parsed.state();
  }

  Change readChange(byte[] payload, Function<String, Currency> accountCurrency) throws Unreadable {
    ChangeDocument.Parsed parsed = ChangeDocument.fromTree(tree(payload), accountCurrency);
    if (parsed.change() == null) {
      throw new Unreadable(summary(parsed.problems()));
    }
    return parsed.change();
  }

  static String summary(List<String> problems) {
    String first = problems.isEmpty() ? "unreadable" : problems.get(0);
    return problems.size() <= 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
  }

  private JsonNode tree(byte[] payload) throws Unreadable {
    try {
      return mapper.readTree(payload);
    } catch (IOException e) {
      String message =
          e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw new Unreadable("invalid JSON: " + String.valueOf(message).replaceAll("\\s+", " "));
    }
  }

  private byte[] write(JsonNode tree) {
    try {
      return mapper.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a log record", e);
    }
  }
}
