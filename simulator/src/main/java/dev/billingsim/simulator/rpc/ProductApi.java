package dev.billingsim.simulator.rpc;

import com.google.common.collect.Maps;
import java.util.List;
import java.util.Map;

/** An API product of the RPC surface: its Version, its name in error links, and its actions. */
public record ProductApi(String name, String version, Map<String, RpcAction> actions) {

  public static ProductApi of(String name, String version, List<RpcAction> actions) {
    return new ProductApi(name, version, Map.copyOf(Maps.uniqueIndex(actions, RpcAction::name)));
  }
}
