package dev.billingsim.simulator.gateway;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Request parameters in arrival order; a name may repeat. Immutable.
 *
 * <p>Lookups scan the list: RPC requests carry a few dozen parameters at most, where a scan beats
 * building a hash map on every request.
 */
public final class RpcParameters {

  private static final RpcParameters EMPTY = new RpcParameters(List.of());

  private final List<RpcParameter> list;

  private RpcParameters(List<RpcParameter> list) {
    this.list = list;
  }

  /** These parameters, in this order. */
  public static RpcParameters of(List<RpcParameter> parameters) {
    return parameters.isEmpty() ? EMPTY : new RpcParameters(List.copyOf(parameters));
  }

  /** These parameters, in this order, taking the list itself (the caller must not touch it). */
  static RpcParameters handOver(List<RpcParameter> parameters) {
    return parameters.isEmpty()
        ? EMPTY
        : new RpcParameters(Collections.unmodifiableList(parameters));
  }

  /** The first {@code count} parameters. */
  RpcParameters head(int count) {
    return count == list.size()
        ? this
        : count == 0 ? EMPTY : new RpcParameters(list.subList(0, count));
  }

  /** The parameters after the first {@code count}. */
  RpcParameters tail(int count) {
    return count == 0
        ? this
        : count == list.size() ? EMPTY : new RpcParameters(list.subList(count, list.size()));
  }

  /** Convenience for tests and callers: name, value, name, value, ... */
  public static RpcParameters of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must pair up");
    }
    List<RpcParameter> parameters = new ArrayList<>(namesAndValues.length / 2);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      parameters.add(new RpcParameter(namesAndValues[i], namesAndValues[i + 1]));
    }
    return of(parameters);
  }

  /** The first value of {@code name}, or null. */
  public String firstOrNull(String name) {
    for (int i = 0, n = list.size(); i < n; i++) {
      RpcParameter parameter = list.get(i);
      if (parameter.name().equals(name)) {
        return parameter.value();
      }
    }
    return null;
  }

  /** Every value of {@code name}, in arrival order. */
  public List<String> all(String name) {
    return list.stream()
        .filter(parameter -> parameter.name().equals(name))
        .map(RpcParameter::value)
        .toList();
  }

  /** Whether {@code name} is present, even with an empty value. */
  public boolean contains(String name) {
    return firstOrNull(name) != null;
  }

  /** The parameters whose names are not in {@code names}. */
  public RpcParameters without(Set<String> names) {
    return filter(parameter -> !names.contains(parameter.name()));
  }

  /** The parameters that pass {@code keep}. */
  public RpcParameters filter(Predicate<RpcParameter> keep) {
    List<RpcParameter> kept = new ArrayList<>(list.size());
    for (RpcParameter parameter : list) {
      if (keep.test(parameter)) {
        kept.add(parameter);
      }
    }
    return kept.size() == list.size()
        ? this
        : new RpcParameters(Collections.unmodifiableList(kept));
  }

  /** The parameters as an unmodifiable list. */
  public List<RpcParameter> asList() {
    return list;
  }

  /** Name to values, names in first-arrival order. */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (RpcParameter parameter : list) {
      map.computeIfAbsent(parameter.name(), name -> new ArrayList<>(1)).add(parameter.value());
    }
    map.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(map);
  }

  public int size() {
    return list.size();
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RpcParameters that && list.equals(that.list);
  }

  @Override
  public int hashCode() {
    return list.hashCode();
  }

  @Override
  public String toString() {
    return list.toString();
  }
}
