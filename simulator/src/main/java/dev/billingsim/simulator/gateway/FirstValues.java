package dev.billingsim.simulator.gateway;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first value of each business parameter of one request, by name ({@link Caller#firstValues}).
 * Unmodifiable.
 *
 * <p>Read in place: an action looks up a handful of names, so {@link #get} scans the request's few
 * dozen parameters, where building a hash map hashed every name of every request (7% of the
 * simulator's own work over HTTP). Iterating it (ECS's numbered ids, fault-rule selectors) builds
 * that map once. Not thread-safe, like the request it belongs to.
 */
final class FirstValues extends AbstractMap<String, String> {

  private final List<RpcParameter> parameters;
  private Map<String, String> byName; // built on the first iteration

  FirstValues(List<RpcParameter> parameters) {
    this.parameters = parameters;
  }

  @Override
  public String get(Object name) {
    if (!(name instanceof String wanted) || Gateway.COMMON_PARAMETERS.contains(wanted)) {
      return null;
    }
    for (int i = 0, n = parameters.size(); i < n; i++) {
      RpcParameter parameter = parameters.get(i);
      if (parameter.name().equals(wanted)) {
        return parameter.value();
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object name) {
    return get(name) != null;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    if (byName == null) {
      Map<String, String> map = new LinkedHashMap<>();
      for (RpcParameter parameter : parameters) {
        if (!Gateway.COMMON_PARAMETERS.contains(parameter.name())) {
          map.putIfAbsent(parameter.name(), parameter.value());
        }
      }
      byName = Collections.unmodifiableMap(map);
    }
    return byName.entrySet();
  }
}
