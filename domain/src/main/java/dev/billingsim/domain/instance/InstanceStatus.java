package dev.billingsim.domain.instance;

/**
 * Lifecycle of a subscription instance: Pending (being created) or Locked instances cannot be
 * renewed; Running and Stopped ones can; Expired ones can for the retention period, after which the
 * clock makes them Released, which is final.
 */
public enum InstanceStatus {
  Pending,
  Running,
  Stopped,
  Locked,
  Expired,
  Released;

  public boolean isAbnormalForRenewal() {
    return this == Pending || this == Locked;
  }
}
