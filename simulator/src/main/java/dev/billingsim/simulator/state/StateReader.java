package dev.billingsim.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.state.StateRules;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole state document: first its structure (every field of every element, each problem
 * with its path), then, when every element could be built, the domain's {@link StateRules}.
 */
final class StateReader {

  static final List<String> FIELDS = List.of("now", "accounts", "instances", "orders");

  private StateReader() {}

  static StateDocument.Parsed read(JsonNode root) {
    Problems problems = new Problems();
    JsonFields f = JsonFields.of(root, "", problems, FIELDS);
    if (f == null) {
      return StateDocument.Parsed.invalid(problems.list());
    }
    Instant now = f.instant("now", true);
    List<Account> accounts = f.list("accounts", AccountReader.FIELDS, AccountReader::read);
    Map<String, Currency> currencies = new HashMap<>();
    accounts.forEach(account -> currencies.putIfAbsent(account.uid(), account.currency()));
    List<Instance> instances =
        f.list(
            "instances", InstanceReader.FIELDS, item -> InstanceReader.read(item, currencies::get));
    List<Order> orders =
        f.list("orders", OrderReader.FIELDS, item -> OrderReader.read(item, currencies::get));
    if (now == null || !problems.isComplete()) {
      return StateDocument.Parsed.invalid(problems.list());
    }
    BillingState state = new BillingState(now, accounts, instances, orders);
    List<String> all = problems.merged(rules(state));
    return all.isEmpty() ? StateDocument.Parsed.valid(state) : StateDocument.Parsed.invalid(all);
  }

  private static List<String> rules(BillingState state) {
    try {
      return StateRules.problems(state);
    } catch (RuntimeException e) {
      // The rules assume a structurally sound state; never let bad input escape as an exception.
      return List.of("document: the state rules could not be checked: " + e);
    }
  }
}
