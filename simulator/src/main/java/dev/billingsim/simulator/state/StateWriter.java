package dev.billingsim.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.account.ResellerCustody;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.PricePlan;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.state.BillingState;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes the state document: every field explicitly, nulls left out, fields in record order and
 * sets sorted, so that one state always gives the same JSON and reads back to an equal state.
 */
final class StateWriter {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private StateWriter() {}

  static ObjectNode state(BillingState state) {
    ObjectNode node = JSON.objectNode();
    put(node, "now", state.now());
    node.set("accounts", array(state.accounts(), StateWriter::account));
    node.set("instances", array(state.instances(), StateWriter::instance));
    node.set("orders", array(state.orders(), StateWriter::order));
    return node;
  }

  /** Each of {@code items} as {@code write} writes it, in their order. */
  static <T> ArrayNode array(Collection<T> items, Function<T, JsonNode> write) {
    ArrayNode array = JSON.arrayNode();
    items.forEach(item -> array.add(write.apply(item)));
    return array;
  }

  static ObjectNode account(Account a) {
    ObjectNode node = JSON.objectNode();
    node.put("uid", a.uid());
    node.set("accessKeys", keys(a.accessKeys()));
    node.put("status", a.status().name());
    node.put("closed", a.closed());
    node.put("realNameVerified", a.realNameVerified());
    node.put("basicInfoComplete", a.basicInfoComplete());
    put(node, "currency", a.currency());
    put(node, "cash", a.cash());
    put(node, "creditLimit", a.creditLimit());
    put(node, "creditUsed", a.creditUsed());
    put(node, "arrears", a.arrears());
    node.put("bidUser", a.bidUser());
    node.set("riskFlags", names(a.riskFlags().stream().sorted().map(Enum::name)));
    node.put("paymentMethod", a.paymentMethod().name());
    put(node, "paymentLimit", a.paymentLimit());
    node.put("refundBanned", a.refundBanned());
    node.put("unpaidOrderLimit", a.unpaidOrderLimit());
    node.put("instanceQuota", a.instanceQuota());
    if (a.custody() != null) {
      node.set("custody", custody(a.custody()));
    }
    node.set("ramUsers", array(a.ramUsers(), StateWriter::ramUser));
    node.set("coupons", array(a.coupons(), StateWriter::coupon));
    node.set("storedValueCards", array(a.storedValueCards(), StateWriter::card));
    return node;
  }

  static ObjectNode instance(Instance i) {
    ObjectNode node = JSON.objectNode();
    node.put("id", i.id());
    node.put("product", i.product().code());
    node.put("ownerUid", i.ownerUid());
    node.put("chargeType", i.chargeType().name());
    node.put("status", i.status().name());
    put(node, "expiresAt", i.expiresAt());
    node.put("autoRenew", i.autoRenew());
    node.put("autoRenewPeriod", i.autoRenewPeriod());
    put(node, "monthlyPrice", i.monthlyPrice());
    put(node, "yearlyPrice", i.yearlyPrice());
    put(node, "currency", PricePlan.currencyOf(i));
    node.set("conditions", names(i.conditions().stream().sorted().map(Enum::name)));
    node.put("couponsForbidden", i.couponsForbidden());
    put(node, "instanceType", i.instanceType());
    put(node, "regionId", i.regionId());
    put(node, "createdAt", i.createdAt());
    return node;
  }

  static ObjectNode order(Order o) {
    ObjectNode node = JSON.objectNode();
    node.put("orderId", o.orderId());
    node.put("uid", o.uid());
    node.put("type", o.type().name());
    node.put("status", o.status().name());
    put(node, "createdAt", o.createdAt());
    put(node, "clientToken", o.clientToken());
    put(node, "requestParameters", o.requestParameters());
    put(node, "amount", o.amount());
    ArrayNode lines = node.putArray("lines");
    for (OrderLine line : o.lines()) {
      ObjectNode item =
          lines.addObject().put("instanceId", line.instanceId()).put("months", line.months());
      put(item, "amount", line.amount());
    }
    ArrayNode payments = node.putArray("payments");
    for (Payment payment : o.payments()) {
      ObjectNode item = payments.addObject().put("source", payment.source().code());
      put(item, "id", payment.id());
      put(item, "amount", payment.amount());
    }
    put(node, "errorCode", o.errorCode());
    put(node, "paidAt", o.paidAt());
    put(node, "region", o.region());
    return node;
  }

  private static ArrayNode keys(List<AccessKey> keys) {
    return array(
        keys,
        key ->
            JSON.objectNode()
                .put("id", key.id())
                .put("secret", key.secret())
                .put("enabled", key.enabled()));
  }

  private static ObjectNode custody(ResellerCustody c) {
    ObjectNode node = JSON.objectNode();
    node.put("partnerUid", c.partnerUid());
    put(node, "quota", c.quota());
    put(node, "quotaUsed", c.quotaUsed());
    put(node, "partnerBalance", c.partnerBalance());
    node.put("relation", c.relation().name());
    return node;
  }

  private static ObjectNode ramUser(RamUser user) {
    ObjectNode node = JSON.objectNode();
    node.put("name", user.name());
    node.set("accessKeys", keys(user.accessKeys()));
    node.set("allowedActions", sorted(user.allowedActions()));
    node.set("allowedInstances", sorted(user.allowedInstances()));
    return node;
  }

  private static ObjectNode coupon(Coupon coupon) {
    ObjectNode node = JSON.objectNode();
    node.put("id", coupon.id());
    put(node, "amount", coupon.amount());
    put(node, "expiresAt", coupon.expiresAt());
    node.set("products", names(coupon.products().stream().sorted().map(p -> p.code())));
    put(node, "minimumSpend", coupon.minimumSpend());
    put(node, "nominalValue", coupon.nominalValue());
    put(node, "grantedAt", coupon.grantedAt());
    put(node, "effectiveAt", coupon.effectiveAt());
    return node;
  }

  private static ObjectNode card(StoredValueCard card) {
    ObjectNode node = JSON.objectNode();
    node.put("id", card.id());
    put(node, "balance", card.balance());
    put(node, "expiresAt", card.expiresAt());
    put(node, "nominalValue", card.nominalValue());
    put(node, "grantedAt", card.grantedAt());
    put(node, "effectiveAt", card.effectiveAt());
    return node;
  }

  private static ArrayNode sorted(Collection<String> strings) {
    return names(strings.stream().sorted());
  }

  private static ArrayNode names(Stream<String> names) {
    ArrayNode array = JSON.arrayNode();
    names.forEach(array::add);
    return array;
  }

  /** A money amount plain, an instant in ISO-8601, a currency by its code; null is left out. */
  private static void put(ObjectNode node, String field, Object value) {
    if (value != null) {
      node.put(field, value instanceof Money money ? money.toPlainString() : value.toString());
    }
  }
}
