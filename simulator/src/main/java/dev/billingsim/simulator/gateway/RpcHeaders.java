package dev.billingsim.simulator.gateway;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * HTTP request headers with case-insensitive names, read in place where the request lives:
 * WireMock's own {@link HttpHeaders}, or the servlet request on the direct path (copying every
 * header there was a sixth of the bytes a renewal allocated). Immutable.
 */
public final class RpcHeaders {

  private static final RpcHeaders EMPTY = of(HttpHeaders.noHeaders());

  private final Function<String, List<String>> valuesByName;
  private final Supplier<? extends Collection<String>> names;

  private RpcHeaders(
      Function<String, List<String>> valuesByName, Supplier<? extends Collection<String>> names) {
    this.valuesByName = valuesByName;
    this.names = names;
  }

  /**
   * Headers read on demand: {@code valuesByName} gives a header's values for a name in any case
   * (empty when absent), {@code names} every name. They must stay readable while the request is.
   */
  public static RpcHeaders reading(
      Function<String, List<String>> valuesByName, Supplier<? extends Collection<String>> names) {
    return new RpcHeaders(valuesByName, names);
  }

  /** No headers. */
  public static RpcHeaders empty() {
    return EMPTY;
  }

  /** These headers, names differing only in case merged; null names and values skipped. */
  public static RpcHeaders of(Map<String, ? extends List<String>> headers) {
    if (headers == null) {
      return EMPTY;
    }
    List<HttpHeader> kept = new ArrayList<>(headers.size());
    headers.forEach(
        (name, values) -> {
          if (name != null && values != null) {
            kept.add(new HttpHeader(name, values.stream().filter(Objects::nonNull).toList()));
          }
        });
    return of(new HttpHeaders(kept));
  }

  /** WireMock's headers, read in place. */
  public static RpcHeaders of(HttpHeaders headers) {
    if (headers == null) {
      return EMPTY;
    }
    return new RpcHeaders(
        name -> {
          HttpHeader header = headers.getHeader(name);
          return header.isPresent() ? header.values() : List.of();
        },
        headers::keys);
  }

  /** Convenience: name, value, name, value, ... */
  public static RpcHeaders of(String... namesAndValues) {
    return of(
        new HttpHeaders(
            RpcParameters.of(namesAndValues).asList().stream()
                .map(pair -> new HttpHeader(pair.name(), pair.value()))
                .toList()));
  }

  /** The first value of the header, or null. */
  public String firstOrNull(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** Every value of the header. */
  public List<String> all(String name) {
    return valuesByName.apply(name);
  }

  /** The header names, lower-case. */
  public Set<String> names() {
    return byLowerCaseName().keySet();
  }

  private Map<String, List<String>> byLowerCaseName() {
    Map<String, List<String>> byName = new HashMap<>();
    for (String name : names.get()) {
      List<String> values = all(name);
      if (!values.isEmpty()) {
        byName.put(name.toLowerCase(Locale.ROOT), values);
      }
    }
    return byName;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RpcHeaders that && byLowerCaseName().equals(that.byLowerCaseName());
  }

  @Override
  public int hashCode() {
    return byLowerCaseName().hashCode();
  }

  @Override
  public String toString() {
    return byLowerCaseName().toString();
  }
}
