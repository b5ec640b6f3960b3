package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON shaped by fuzz data: values biased towards the field names, amounts, instants and periods
 * the admin API and state documents use, and mutations of a valid document at random paths, so the
 * fuzzer spends its time past the JSON syntax checks where the interesting refusals are.
 */
final class JsonGen {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static final String[] FIELDS = {
    "now",
    "accounts",
    "instances",
    "orders",
    "uid",
    "accessKeys",
    "id",
    "secret",
    "enabled",
    "status",
    "closed",
    "realNameVerified",
    "basicInfoComplete",
    "currency",
    "cash",
    "creditLimit",
    "creditUsed",
    "arrears",
    "coupons",
    "amount",
    "expiresAt",
    "storedValueCards",
    "balance",
    "custody",
    "partnerUid",
    "quota",
    "quotaUsed",
    "partnerBalance",
    "relation",
    "ramUsers",
    "name",
    "allowedActions",
    "allowedInstances",
    "riskFlags",
    "paymentMethod",
    "paymentLimit",
    "product",
    "ownerUid",
    "chargeType",
    "autoRenew",
    "autoRenewPeriod",
    "monthlyPrice",
    "yearlyPrice",
    "conditions",
    "orderId",
    "type",
    "createdAt",
    "clientToken",
    "lines",
    "instanceId",
    "months",
    "payments",
    "source",
    "errorCode",
    "action",
    "accessKeyId",
    "error",
    "fault",
    "delayMs",
    "times",
    "probability",
    "subsystem",
    "message",
    "by",
    "to",
    "regionId"
  };

  static final String[] STRINGS = {
    "",
    "0",
    "0.00",
    "1.00",
    "-1.00",
    "100.00",
    "1e3",
    "1E+2",
    "0.001",
    "99999999999999999999.99",
    "1,00",
    " 1.00",
    "NaN",
    "2026-11-22T00:00:00Z",
    "2027-01-01T00:00:00Z",
    "1970-01-01T00:00:00Z",
    "+1000000000-12-31T23:59:59Z",
    "-1000000000-01-01T00:00:00Z",
    "2026-02-30T00:00:00Z",
    "yesterday",
    "P30D",
    "P1M",
    "PT12H",
    "P-1D",
    "P999999999Y",
    "PT9999999999999H",
    "P1Y2M3DT4H5M6.7S",
    "PT0S",
    "ens",
    "ecs",
    "PrePaid",
    "PostPaid",
    "Running",
    "Expired",
    "Released",
    "ACTIVE",
    "FROZEN",
    "CNY",
    "JPY",
    "USD",
    "XXX",
    "RENEW",
    "NEW",
    "REFUND",
    "PAID",
    "UNPAID",
    "FAILED",
    "cash",
    "coupon",
    "credit",
    "storedValueCard",
    "RenewARMServerInstance",
    "RenewElasticityAssurances",
    "PayHsfTimeoutError",
    "InternalError",
    "PaySystemError",
    "OrderCaptureFailed",
    "CONNECTION_RESET_BY_PEER",
    "EMPTY_RESPONSE",
    "MALFORMED_RESPONSE_CHUNK",
    "RANDOM_DATA_THEN_CLOSE",
    "payment",
    "pricing",
    "coupon",
    "aic-demo-0001",
    "eap-demo-0001",
    "demo-ak",
    "1000000000000001",
    "aic-err-PayInsufficientBalance",
    "\u0000",
    "\u202e",
    "%s",
    "\ud800",
    "\"",
    "\\"
  };

  private JsonGen() {}

  /** Any JSON value, at most {@code depth} levels deep. */
  static JsonNode value(FuzzedDataProvider data, int depth) {
    return switch (data.consumeInt(0, depth <= 0 ? 6 : 9)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(data.consumeBoolean());
      case 2 -> number(data);
      case 3, 4 -> NODES.textNode(data.pickValue(STRINGS));
      case 5, 6 -> NODES.textNode(data.consumeString(40));
      case 7 -> {
        ArrayNode array = NODES.arrayNode();
        for (int n = data.consumeInt(0, 4); n > 0; n--) {
          array.add(value(data, depth - 1));
        }
        yield array;
      }
      default -> object(data, depth - 1);
    };
  }

  static ObjectNode object(FuzzedDataProvider data, int depth) {
    ObjectNode object = NODES.objectNode();
    for (int n = data.consumeInt(0, 6); n > 0; n--) {
      String name = data.consumeInt(0, 5) == 0 ? data.consumeString(12) : data.pickValue(FIELDS);
      object.set(name, value(data, depth));
    }
    return object;
  }

  static JsonNode number(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 6)) {
      case 0 -> NODES.numberNode(data.consumeInt());
      case 1 -> NODES.numberNode(data.consumeLong());
      case 2 -> NODES.numberNode(data.consumeRegularDouble());
      case 3 -> NODES.numberNode(new BigInteger(1, data.consumeBytes(20)));
      case 4 ->
          NODES.numberNode(
              new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-400, 400)));
      case 5 -> NODES.numberNode(data.consumeProbabilityDouble());
      default -> NODES.numberNode(data.consumeInt(-3, 30));
    };
  }

  /** Applies a few random edits to a copy of {@code document} at random paths. */
  static JsonNode mutate(JsonNode document, FuzzedDataProvider data) {
    JsonNode copy = document.deepCopy();
    for (int n = data.consumeInt(1, 4); n > 0; n--) {
      List<JsonNode> containers = new ArrayList<>();
      collect(copy, containers);
      JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
      if (target instanceof ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        int edit = data.consumeInt(0, 3);
        if (names.isEmpty() || edit == 0) {
          object.set(data.pickValue(FIELDS), value(data, 2));
        } else if (edit == 1) {
          object.remove(names.get(data.consumeInt(0, names.size() - 1)));
        } else {
          String name = names.get(data.consumeInt(0, names.size() - 1));
          object.set(name, tweak(object.get(name), data));
        }
      } else if (target instanceof ArrayNode array) {
        int edit = data.consumeInt(0, 3);
        if (array.isEmpty() || edit == 0) {
          array.add(value(data, 2));
        } else if (edit == 1) {
          array.remove(data.consumeInt(0, array.size() - 1));
        } else if (edit == 2) {
          array.add(array.get(data.consumeInt(0, array.size() - 1)).deepCopy());
        } else {
          int at = data.consumeInt(0, array.size() - 1);
          array.set(at, tweak(array.get(at), data));
        }
      }
    }
    return copy;
  }

  /** A value like {@code old}: the same kind mostly, slightly off. */
  private static JsonNode tweak(JsonNode old, FuzzedDataProvider data) {
    if (old != null && old.isTextual() && data.consumeBoolean()) {
      String text = old.asText();
      return NODES.textNode(
          switch (data.consumeInt(0, 3)) {
            case 0 -> text + data.consumeString(4);
            case 1 ->
                text.isEmpty() ? text : text.substring(0, data.consumeInt(0, text.length() - 1));
            case 2 -> text.toLowerCase();
            default -> data.pickValue(STRINGS);
          });
    }
    return value(data, 2);
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      node.elements().forEachRemaining(child -> collect(child, into));
    }
  }

  /** The text of {@code json}, now and then damaged as a hand edit or a cut transfer would. */
  static String text(JsonNode json, FuzzedDataProvider data) {
    String text = json.toString();
    return switch (data.consumeInt(0, 9)) {
      case 0 -> text.substring(0, data.consumeInt(0, text.length()));
      case 1 -> {
        int at = data.consumeInt(0, text.length());
        yield text.substring(0, at) + data.consumeString(3) + text.substring(at);
      }
      case 2 -> "[".repeat(data.consumeInt(0, 5000)) + text;
      default -> text;
    };
  }
}
