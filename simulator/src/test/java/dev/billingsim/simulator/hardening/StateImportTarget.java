package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.state.StateDocument;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Fuzz target "state import": any text given as a state document ({@code PUT /state}, {@code
 * --state}) is read into either a state or the list of its problems, never an exception. Every
 * problem is one non-blank line. A document that is read is one the domain accepts as it is, and it
 * round-trips: written, read and written again it gives the same bytes (GET, PUT, GET).
 */
final class StateImportTarget {

  private final JsonNode demo = StateDocument.toTree(StateDocument.demo());
  private final JsonNode busy = StateDocument.toTree(busyWorld());

  /** Documents that were valid after their edits. */
  int valid;

  /** The demo world after renewals, an unpaid order, a release and a month of clock. */
  static BillingState busyWorld() {
    Billing billing = Billing.of(StateDocument.demo());
    Caller demo = Caller.of("1000000000000001");
    billing.renew(RenewInstances.of(demo, Product.ENS, "aic-demo-0001", 2));
    billing.renew(RenewInstances.of(demo, Product.ECS, "eap-demo-0001", 1));
    billing.advanceTo(billing.now().plus(Duration.ofDays(40)));
    billing.release(demo, "aic-demo-0001");
    return billing.export();
  }

  void check(FuzzedDataProvider data) {
    check(
        switch (data.consumeInt(0, 9)) {
          case 0 -> data.consumeString(200);
          case 1 -> JsonGen.value(data, 4).toString();
          default -> JsonGen.text(JsonGen.mutate(data.consumeBoolean() ? demo : busy, data), data);
        });
  }

  void check(String text) {
    StateDocument.Parsed parsed = StateDocument.parse(text);
    StateDocument.Parsed fromBytes = StateDocument.parse(text.getBytes(StandardCharsets.UTF_8));
    String what = Http.abbreviate(text);
    if (parsed.isValid() != (parsed.state() != null)) {
      throw new AssertionError("valid without a state, or a state with problems: " + what);
    }
    if (!parsed.isValid()) {
      for (String problem : parsed.problems()) {
        if (problem == null
            || problem.isBlank()
            || problem.contains("\n")
            || problem.contains("\r")) {
          throw new AssertionError("a problem that is not one line: [" + problem + "] for " + what);
        }
      }
      if (isUtf8RoundTrip(text) && fromBytes.isValid()) {
        throw new AssertionError(
            "the same document read as text is invalid, as bytes valid: " + what);
      }
      return;
    }
    valid++;
    if (isUtf8RoundTrip(text) && !fromBytes.isValid()) {
      throw new AssertionError(
          "the same document read as text is valid, as bytes not: " + fromBytes.problems());
    }
    Billing billing;
    try {
      billing = Billing.of(parsed.state());
    } catch (IllegalArgumentException e) {
      throw new AssertionError(
          "a document read as valid is refused by the domain: " + e.getMessage() + " for " + what);
    }
    String get = StateDocument.toJson(billing.export());
    StateDocument.Parsed put = StateDocument.parse(get);
    if (!put.isValid()) {
      throw new AssertionError("GET gave a document PUT refuses: " + put.problems() + "\n" + get);
    }
    List<String> problems = billing.replace(put.state());
    if (!problems.isEmpty()) {
      throw new AssertionError("GET gave a state replace refuses: " + problems);
    }
    String again = StateDocument.toJson(billing.export());
    if (!again.equals(get)) {
      throw new AssertionError(
          "GET, PUT, GET is not identical for " + what + "\nfirst:\n" + get + "\nthen:\n" + again);
    }
  }

  static boolean isUtf8RoundTrip(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
  }
}
