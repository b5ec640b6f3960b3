package dev.billingsim.simulator.rpc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The one routing table: (Version, Action) to the action that serves it. */
public final class RpcRouter {

  private final Map<String, ProductApi> byVersion = new HashMap<>();

  public RpcRouter(List<ProductApi> products) {
    for (ProductApi product : products) {
      byVersion.put(product.version(), product);
    }
  }

  /** The product for a Version, or null. */
  public ProductApi product(String version) {
    return version == null ? null : byVersion.get(version);
  }

  /** Every action name served, whatever its Version (the metrics' only action labels). */
  public Set<String> actionNames() {
    return byVersion.values().stream()
        .flatMap(product -> product.actions().keySet().stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The action, or null when the version or action is unknown. */
  public RpcAction action(String version, String action) {
    ProductApi product = product(version);
    return product == null || action == null ? null : product.actions().get(action);
  }
}
