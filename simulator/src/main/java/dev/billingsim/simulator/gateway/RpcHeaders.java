package dev.billingsim.simulator.gateway;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * HTTP request headers with case-insensitive names: WireMock's own {@link HttpHeaders}, read in
 * place when the request comes from WireMock. Immutable.
 */
public final class RpcHeaders {

  private static final RpcHeaders EMPTY = new RpcHeaders(HttpHeaders.noHeaders());

  private final HttpHeaders headers;

  private RpcHeaders(HttpHeaders headers) {
    this.headers = headers;
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
    return new RpcHeaders(new HttpHeaders(kept));
  }

  /** WireMock's headers, read in place. */
  public static RpcHeaders of(HttpHeaders headers) {
    return headers == null ? EMPTY : new RpcHeaders(headers);
  }

  /** Convenience: name, value, name, value, ... */
  public static RpcHeaders of(String... namesAndValues) {
    return new RpcHeaders(
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
    HttpHeader header = headers.getHeader(name);
    return header.isPresent() ? header.values() : List.of();
  }

  /** The header names, lower-case. */
  public Set<String> names() {
    return byLowerCaseName().keySet();
  }

  private Map<String, List<String>> byLowerCaseName() {
    Map<String, List<String>> byName = new HashMap<>();
    for (HttpHeader header : headers.all()) {
      if (!header.values().isEmpty()) {
        byName.put(header.key().toLowerCase(Locale.ROOT), header.values());
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
