package dev.billingsim.simulator.gateway;

import java.util.Collection;
import java.util.Map;

/**
 * Writes an answer body as JSON text exactly as Jackson's default {@code ObjectMapper} does (no
 * spaces; {@code "}, {@code \} and control characters escaped, {@code \n}-style where JSON has a
 * short form, else as a six-character {@code u00XX} escape; everything else as it is), for the
 * value types answers are made of: maps with string keys, lists, strings, booleans, integers, longs
 * and null.
 *
 * <p>Every RPC answer, success or error, is written here, so this runs on every request; a general
 * serializer spends more on finding serializers than on the few fields a body has. A value of any
 * other type makes {@link #write} answer null, and the caller falls back to Jackson.
 */
public final class JsonText {

  private JsonText() {}

  /** The JSON text of {@code body}, or null if it holds a value this writer does not know. */
  public static String write(Map<String, ?> body) {
    StringBuilder out = new StringBuilder(64 + 32 * body.size());
    return value(out, body) ? out.toString() : null;
  }

  private static boolean value(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(out, text);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      return object(out, map);
    } else if (value instanceof Collection<?> list) {
      return array(out, list);
    } else {
      return false;
    }
    return true;
  }

  private static boolean object(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        return false;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, key);
      out.append(':');
      if (!value(out, entry.getValue())) {
        return false;
      }
    }
    out.append('}');
    return true;
  }

  private static boolean array(StringBuilder out, Collection<?> list) {
    out.append('[');
    boolean first = true;
    for (Object item : list) {
      if (!first) {
        out.append(',');
      }
      first = false;
      if (!value(out, item)) {
        return false;
      }
    }
    out.append(']');
    return true;
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    int plainFrom = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, plainFrom, i);
      plainFrom = i + 1;
      out.append('\\');
      switch (c) {
        case '"', '\\' -> out.append(c);
        case '\b' -> out.append('b');
        case '\t' -> out.append('t');
        case '\n' -> out.append('n');
        case '\f' -> out.append('f');
        case '\r' -> out.append('r');
        default -> out.append("u00").append((char) Hex.upper(c >> 4)).append((char) Hex.upper(c));
      }
    }
    out.append(text, plainFrom, text.length()).append('"');
  }
}
