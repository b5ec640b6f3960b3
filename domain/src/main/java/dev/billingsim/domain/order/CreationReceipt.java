package dev.billingsim.domain.order;

import java.util.List;

/** The NEW order that bought instances, and their ids. */
public record CreationReceipt(String orderId, List<String> instanceIds) {
  public CreationReceipt {
    instanceIds = List.copyOf(instanceIds);
  }
}
