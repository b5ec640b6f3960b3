package dev.billingsim.simulator.gateway;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * HTTP request headers with case-insensitive names. Immutable.
 *
 * <p>Headers that come from WireMock are read through WireMock's own case-insensitive headers: a
 * request is asked for a handful of them, and copying them all into a map of lower-case names cost
 * more than the lookups (7% of the simulator's own work on a renewal). The map is built only when
 * every name is wanted (V3 signatures, equality).
 */
public final class RpcHeaders {

  private static final RpcHeaders EMPTY = new RpcHeaders(Map.of());

  private final HttpHeaders wireMock;
  // Given, or built from wireMock on first need (by one thread, then published whole).
  private volatile Map<String, List<String>> byLowerCaseName;

  private RpcHeaders(Map<String, List<String>> byLowerCaseName) {
    this.wireMock = null;
    this.byLowerCaseName = byLowerCaseName;
  }

  private RpcHeaders(HttpHeaders wireMock) {
    this.wireMock = wireMock;
  }

  /** No headers. */
  public static RpcHeaders empty() {
    return EMPTY;
  }

  /** Copies {@code headers}; names that differ only in case are merged. Null values are skipped. */
  public static RpcHeaders of(Map<String, ? extends List<String>> headers) {
    if (headers == null || headers.isEmpty()) {
      return EMPTY;
    }
    Map<String, List<String>> copy = new HashMap<>(headers.size() * 2);
    headers.forEach(
        (name, values) -> {
          if (name == null || values == null) {
            return;
          }
          List<String> target =
              copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>(1));
          for (String value : values) {
            if (value != null) {
              target.add(value);
            }
          }
        });
    copy.replaceAll((name, values) -> List.copyOf(values));
    return new RpcHeaders(Collections.unmodifiableMap(copy));
  }

  /** WireMock's headers, read in place (see the class comment). Runs on every request. */
  public static RpcHeaders of(HttpHeaders headers) {
    return headers == null ? EMPTY : new RpcHeaders(headers);
  }

  /**
   * WireMock's headers as a map, in one pass: WireMock has already merged names that differ only in
   * case, so each name is only lower-cased.
   */
  private static Map<String, List<String>> copyOf(HttpHeaders headers) {
    Map<String, List<String>> byName = new HashMap<>();
    for (HttpHeader header : headers.all()) {
      List<String> values = withoutNulls(header.values());
      byName.merge(
          lowerCase(header.key()),
          values,
          (first, more) -> {
            List<String> both = new ArrayList<>(first);
            both.addAll(more);
            return Collections.unmodifiableList(both);
          });
    }
    return Collections.unmodifiableMap(byName);
  }

  private Map<String, List<String>> map() {
    Map<String, List<String>> map = byLowerCaseName;
    if (map == null) {
      map = copyOf(wireMock);
      byLowerCaseName = map;
    }
    return map;
  }

  // WireMock's lists are immutable copies already; keep them unless one holds a null.
  private static List<String> withoutNulls(List<String> values) {
    for (String value : values) {
      if (value == null) {
        List<String> copy = new ArrayList<>(values);
        copy.removeIf(Objects::isNull);
        return Collections.unmodifiableList(copy);
      }
    }
    return Collections.unmodifiableList(values);
  }

  /** Convenience: name, value, name, value, ... */
  public static RpcHeaders of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must pair up");
    }
    Map<String, List<String>> map = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.computeIfAbsent(namesAndValues[i], key -> new ArrayList<>()).add(namesAndValues[i + 1]);
    }
    return of(map);
  }

  /** The first value of the header, or null. */
  public String firstOrNull(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** Every value of the header. */
  public List<String> all(String name) {
    if (byLowerCaseName == null) {
      HttpHeader header = wireMock.getHeader(name);
      return header.isPresent() ? withoutNulls(header.values()) : List.of();
    }
    return byLowerCaseName.getOrDefault(lowerCase(name), List.of());
  }

  /** The header names, lower-case. */
  public Set<String> names() {
    return map().keySet();
  }

  // Most lookups are already lower-case literals; skip the allocation then.
  private static String lowerCase(String name) {
    for (int i = 0, n = name.length(); i < n; i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return name.toLowerCase(Locale.ROOT);
      }
    }
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RpcHeaders that && map().equals(that.map());
  }

  @Override
  public int hashCode() {
    return map().hashCode();
  }

  @Override
  public String toString() {
    return map().toString();
  }
}
