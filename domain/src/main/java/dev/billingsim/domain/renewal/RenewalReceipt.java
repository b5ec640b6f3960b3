package dev.billingsim.domain.renewal;

import java.util.List;

/** What a renewal answers: the order it made (PAID or UNPAID) and the instances it covers. */
public record RenewalReceipt(String orderId, List<String> instanceIds, boolean replayed) {
  public RenewalReceipt {
    instanceIds = List.copyOf(instanceIds);
  }
}
