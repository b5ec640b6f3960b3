package dev.billingsim.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Lists;
import dev.billingsim.domain.money.Money;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object at a path, reporting every problem (unknown field, wrong
 * type, bad value) to {@link Problems} instead of throwing. A required value that is missing or bad
 * reads as null; an optional one reads as its default. JSON {@code null} counts as absent. The
 * state document and the admin API's fault rules are both read with it.
 */
public final class JsonFields {

  private final JsonNode node;
  private final String path;
  private final Problems problems;

  private JsonFields(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The object's fields, or null (reported) if {@code node} is not an object. */
  public static JsonFields of(JsonNode node, String path, Problems problems, List<String> allowed) {
    if (node == null || !node.isObject()) {
      problems.add(path, "must be a JSON object");
      return null;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problems.add(at(path, name), "unknown field (allowed: " + String.join(", ", allowed) + ")");
      }
    }
    return new JsonFields(node, path, problems);
  }

  Problems problems() {
    return problems;
  }

  String at(String field) {
    return at(path, field);
  }

  private static String at(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private JsonNode value(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  /** Marks the document incomplete (an object that cannot be built) and returns null for it. */
  <T> T incomplete() {
    problems.incomplete();
    return null;
  }

  public boolean has(String field) {
    return value(field) != null;
  }

  private <T> T missing(String field, boolean required, T fallback) {
    if (required) {
      problems.add(at(field), "missing");
    }
    return fallback;
  }

  public String string(String field, boolean required) {
    String text = plainString(field, required, "a string");
    if (required && text != null && text.isBlank()) {
      problems.add(at(field), "must not be empty");
      return null;
    }
    return text;
  }

  boolean bool(String field, boolean fallback) {
    JsonNode value = value(field);
    if (value == null) {
      return fallback;
    }
    if (!value.isBoolean()) {
      problems.add(at(field), "must be true or false");
      return fallback;
    }
    return value.booleanValue();
  }

  public Integer integer(String field, boolean required, Integer fallback) {
    JsonNode value = value(field);
    if (value == null) {
      return missing(field, required, fallback);
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problems.add(at(field), "must be a whole number");
      return required ? null : fallback;
    }
    return value.intValue();
  }

  /** Reports {@code field} missing if absent ({@code value} null and no wrong value given). */
  public void require(String field, Object value) {
    if (value == null && !has(field)) {
      problems.add(at(field), "missing");
    }
  }

  /** An optional whole number that fits a long, or null. */
  public Long whole(String field) {
    JsonNode value = value(field);
    if (value != null && (!value.isIntegralNumber() || !value.canConvertToLong())) {
      problems.add(at(field), "must be a whole number");
      return null;
    }
    return value == null ? null : value.longValue();
  }

  /** An optional number, or null. */
  public Double number(String field) {
    JsonNode value = value(field);
    if (value != null && !value.isNumber()) {
      problems.add(at(field), "must be a number");
      return null;
    }
    return value == null ? null : value.doubleValue();
  }

  Instant instant(String field, boolean required) {
    String text = plainString(field, required, "an ISO-8601 UTC instant like 2026-11-22T00:00:00Z");
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(at(field), "not an ISO-8601 UTC instant like 2026-11-22T00:00:00Z");
      return null;
    }
  }

  /** A non-negative amount in {@code currency}, written as a string such as {@code "1000.00"}. */
  Money money(String field, Currency currency, boolean required, Money fallback) {
    String text = plainString(field, required, "a decimal amount as a string, like \"1000.00\"");
    if (text == null) {
      return required ? null : fallback;
    }
    try {
      Money money = Money.parse(text, currency);
      if (money.isNegative()) {
        problems.add(at(field), "must not be negative");
      }
      return money;
    } catch (NumberFormatException e) {
      problems.add(at(field), "not a decimal amount");
      return required ? null : fallback;
    } catch (ArithmeticException e) {
      problems.add(
          at(field),
          "more fraction digits than " + currency.getCurrencyCode() + " has, or too large");
      return required ? null : fallback;
    }
  }

  Currency currency(String field, Currency fallback) {
    String code = plainString(field, false, "an ISO 4217 currency code like \"CNY\"");
    if (code == null) {
      return fallback;
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      problems.add(at(field), "not an ISO 4217 currency code like \"CNY\"");
      return fallback;
    }
  }

  /** One of {@code choices} by its name (listed in the problem if it is not one of them). */
  <T> T choice(String field, Map<String, T> choices, boolean required, T fallback) {
    String name = plainString(field, required, "one of " + String.join(", ", choices.keySet()));
    if (name == null) {
      return required ? null : fallback;
    }
    T chosen = choices.get(name);
    if (chosen == null) {
      problems.add(at(field), mustBeOneOf(choices, name));
      return required ? null : fallback;
    }
    return chosen;
  }

  /** An array of names of {@code choices}; the unknown ones are reported and left out. */
  <T> Set<T> choices(String field, Map<String, T> choices) {
    Set<T> chosen = new LinkedHashSet<>();
    List<JsonNode> items = array(field);
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = at(field) + "[" + i + "]";
      T value = item.isTextual() ? choices.get(item.textValue()) : null;
      if (value == null) {
        problems.add(
            at, mustBeOneOf(choices, item.isTextual() ? item.textValue() : item.toString()));
      } else {
        chosen.add(value);
      }
    }
    return chosen;
  }

  Set<String> strings(String field) {
    Set<String> strings = new LinkedHashSet<>();
    List<JsonNode> items = array(field);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).isTextual()) {
        strings.add(items.get(i).textValue());
      } else {
        problems.add(at(field) + "[" + i + "]", "must be a string");
      }
    }
    return strings;
  }

  /** The objects of an array field, each read at {@code field[i]}; non-objects are reported. */
  List<JsonFields> objects(String field, List<String> allowed) {
    List<JsonFields> objects = new ArrayList<>();
    List<JsonNode> items = array(field);
    for (int i = 0; i < items.size(); i++) {
      JsonFields item = of(items.get(i), at(field) + "[" + i + "]", problems, allowed);
      if (item == null) {
        problems.incomplete();
      } else {
        objects.add(item);
      }
    }
    return objects;
  }

  /** What {@code read} builds of each object of an array field, leaving out what it cannot. */
  <T> List<T> list(String field, List<String> allowed, Function<JsonFields, T> read) {
    return objects(field, allowed).stream()
        .map(read)
        .filter(Objects::nonNull)
        .collect(Collectors.toList());
  }

  /** An object field, or null if it is absent (or reported as not an object). */
  JsonFields object(String field, List<String> allowed) {
    JsonNode value = value(field);
    return value == null ? null : of(value, at(field), problems, allowed);
  }

  private List<JsonNode> array(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      problems.add(at(field), "must be an array");
      return List.of();
    }
    return Lists.newArrayList(value);
  }

  private String plainString(String field, boolean required, String expected) {
    JsonNode value = value(field);
    if (value == null) {
      return missing(field, required, null);
    }
    if (!value.isTextual()) {
      problems.add(at(field), "must be " + expected);
      return null;
    }
    return value.textValue();
  }

  private static String mustBeOneOf(Map<String, ?> choices, String given) {
    return "must be one of " + String.join(", ", choices.keySet()) + " (not \"" + given + "\")";
  }

  /**
   * The fields a document object may have: the components of the domain record it holds, in their
   * order, as {@link StateWriter} writes them (a document field is named as its record component).
   */
  static List<String> fieldsOf(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  /** The names of an enum's constants, in declaration order. */
  static <E extends Enum<E>> Map<String, E> names(Class<E> type) {
    return byName(type.getEnumConstants(), Enum::name);
  }

  /** {@code values} by {@code name}, in their order, so the allowed names always list the same. */
  static <T> Map<String, T> byName(T[] values, Function<T, String> name) {
    Map<String, T> names = new LinkedHashMap<>();
    for (T value : values) {
      names.put(name.apply(value), value);
    }
    return Collections.unmodifiableMap(names);
  }
}
