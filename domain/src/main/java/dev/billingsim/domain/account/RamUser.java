package dev.billingsim.domain.account;

import java.util.List;
import java.util.Set;

/**
 * A RAM sub-user of an account: its own keys, the actions it may call ({@code *} for all) and the
 * instances it may touch (empty for all). It pays with its account's money.
 */
public record RamUser(
    String name,
    List<AccessKey> accessKeys,
    Set<String> allowedActions,
    Set<String> allowedInstances) {

  public RamUser {
    accessKeys = List.copyOf(accessKeys);
    allowedActions = Set.copyOf(allowedActions);
    allowedInstances = Set.copyOf(allowedInstances);
  }

  public boolean mayCall(String action) {
    return allowedActions.contains("*") || allowedActions.contains(action);
  }

  public boolean mayTouch(String instanceId) {
    return allowedInstances.isEmpty() || allowedInstances.contains(instanceId);
  }
}
