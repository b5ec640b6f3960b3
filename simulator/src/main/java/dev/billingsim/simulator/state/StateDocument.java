package dev.billingsim.simulator.state;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.state.BillingState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The state document of contract section 6, both ways.
 *
 * <p>Reading never throws for bad input: it returns the state, or every problem found, each with
 * its JSON path ({@code accounts[0].cash: not a decimal amount}). Fields left out take the domain
 * builders' defaults; unknown fields, wrong types, bad amounts, dates and enum values are problems,
 * and so is anything the domain's state rules refuse. Documents over {@link
 * StateJson#MAX_DOCUMENT_BYTES} or nested absurdly deep are refused without being read whole.
 *
 * <p>Writing gives every field explicitly (nulls left out) in a fixed order, so a state written,
 * read and written again gives the same bytes: {@code GET /state}, {@code PUT} it, {@code GET}
 * again is identical.
 */
public final class StateDocument {

  private static final String DEMO = "demo-state.json";
  private static final ObjectMapper MAPPER = StateJson.mapper(StateJson.MAX_DOCUMENT_BYTES);
  private static final ObjectWriter PRETTY = StateJson.prettyWriter(MAPPER);

  private StateDocument() {}

  /** A document read: either its state (and no problems) or its problems (and no state). */
  public record Parsed(BillingState state, List<String> problems) {
    public Parsed {
      problems = List.copyOf(problems);
    }

    public static Parsed valid(BillingState state) {
      return new Parsed(state, List.of());
    }

    public static Parsed invalid(List<String> problems) {
      return new Parsed(null, problems);
    }

    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  public static Parsed parse(String json) {
    if (json == null || json.length() > StateJson.MAX_DOCUMENT_BYTES) {
      return Parsed.invalid(List.of(json == null ? "document: empty" : tooLarge()));
    }
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      return Parsed.invalid(List.of(describe(e)));
    }
  }

  public static Parsed parse(byte[] json) {
    if (json.length > StateJson.MAX_DOCUMENT_BYTES) {
      return Parsed.invalid(List.of(tooLarge()));
    }
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      return Parsed.invalid(List.of(describe(e)));
    } catch (IOException e) {
      return Parsed.invalid(List.of("document: cannot be read: " + e.getMessage()));
    }
  }

  /** Reads a state document file ({@code --state FILE}); an unreadable file is a problem. */
  public static Parsed read(Path file) {
    try {
      return Files.size(file) > StateJson.MAX_DOCUMENT_BYTES
          ? Parsed.invalid(List.of(file + ": " + tooLarge()))
          : parse(Files.readAllBytes(file));
    } catch (IOException e) {
      return Parsed.invalid(List.of(file + ": cannot be read (" + e + ")"));
    }
  }

  /** Reads a document already parsed as JSON (any size: the caller bounded it). */
  public static Parsed fromTree(JsonNode tree) {
    return tree == null || tree.isMissingNode()
        ? Parsed.invalid(List.of("document: empty"))
        : StateReader.read(tree);
  }

  public static ObjectNode toTree(BillingState state) {
    return StateWriter.state(state);
  }

  /** The document, pretty-printed in its one stable form. */
  public static String toJson(BillingState state) {
    try {
      return PRETTY.writeValueAsString(toTree(state));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the state document", e);
    }
  }

  /** Orders as the state document writes them, for {@code GET /orders}. */
  public static ArrayNode ordersToJson(List<Order> orders) {
    return StateWriter.array(orders, StateWriter::order);
  }

  /** The embedded demo state (contract section 6): the one the simulator starts with by default. */
  public static BillingState demo() {
    try (InputStream in = StateDocument.class.getResourceAsStream(DEMO)) {
      if (in == null) {
        throw new IllegalStateException("the demo state resource " + DEMO + " is missing");
      }
      Parsed parsed = parse(in.readAllBytes());
      if (!parsed.isValid()) {
        throw new IllegalStateException("the demo state is invalid: " + parsed.problems());
      }
      return parsed.state();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tooLarge() {
    return "document: larger than " + (StateJson.MAX_DOCUMENT_BYTES >> 20) + " MiB";
  }

  private static String describe(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ");
    if (e instanceof StreamConstraintsException) {
      return "document: refused, too large or nested too deeply: " + message;
    }
    JsonLocation at = e.getLocation();
    String where =
        at == null ? "document" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    return where + ": invalid JSON: " + message;
  }
}
