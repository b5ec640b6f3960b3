package dev.billingsim.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.billing.Change;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * One committed {@link Change} as JSON, in the vocabulary of the state document: {@code {"uid",
 * "account", "instances": [...], "orders": [...]}} with the same account, instance and order
 * objects. The persistence log stores changes this way.
 */
public final class ChangeDocument {

  static final List<String> FIELDS = List.of("uid", "account", "instances", "orders");

  private ChangeDocument() {}

  /** A change read back: the change, or every problem that kept it from being read. */
  public record Parsed(Change change, List<String> problems) {
    public Parsed {
      problems = List.copyOf(problems);
    }
  }

  public static ObjectNode toTree(Change change) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("uid", change.uid());
    if (change.account() != null) {
      node.set("account", StateWriter.account(change.account()));
    }
    node.set("instances", StateWriter.array(change.instances(), StateWriter::instance));
    node.set("orders", StateWriter.array(change.orders(), StateWriter::order));
    return node;
  }

  /**
   * Reads a change. Amounts are in the currency of their account: the change's own account when it
   * carries one, else {@code accountCurrency} of the uid (null if unknown: CNY).
   */
  public static Parsed fromTree(JsonNode tree, Function<String, Currency> accountCurrency) {
    Problems problems = new Problems();
    JsonFields f = JsonFields.of(tree, "", problems, FIELDS);
    if (f == null) {
      return new Parsed(null, problems.list());
    }
    String uid = f.string("uid", true);
    JsonFields accountFields = f.object("account", AccountReader.FIELDS);
    Account account = accountFields == null ? null : AccountReader.read(accountFields);
    Function<String, Currency> currencies =
        owner ->
            account != null && account.uid().equals(owner)
                ? account.currency()
                : accountCurrency.apply(owner);
    List<Instance> instances =
        f.list("instances", InstanceReader.FIELDS, item -> InstanceReader.read(item, currencies));
    List<Order> orders =
        f.list("orders", OrderReader.FIELDS, item -> OrderReader.read(item, currencies));
    return !problems.isEmpty() || uid == null
        ? new Parsed(null, problems.list())
        : new Parsed(new Change(uid, account, instances, orders), List.of());
  }
}
