package dev.billingsim.simulator.action.bss;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * BSS answers coupons and cards with a numeric id beside the string one. The simulator derives it
 * from the owner and the string id, so it is stable across calls, restarts and state round trips.
 */
final class BssIds {

  private BssIds() {}

  static long numeric(String uid, String id) {
    CRC32 crc = new CRC32();
    crc.update((uid + "/" + id).getBytes(StandardCharsets.UTF_8));
    return 10_000_000L + crc.getValue();
  }
}
