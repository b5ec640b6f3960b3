package dev.billingsim.simulator.gateway;

import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Source of Alibaba-style RequestIds: upper-case version 4 UUIDs. Either random, or a reproducible
 * sequence from a seed (each call takes the next value; across threads, in call order).
 * Thread-safe.
 */
public final class RequestIds implements Supplier<String> {

  private final Random seeded; // null: UUID.randomUUID()

  private RequestIds(Random seeded) {
    this.seeded = seeded;
  }

  /** Random ids. */
  public static RequestIds random() {
    return new RequestIds(null);
  }

  /** The same sequence of ids for the same seed. */
  public static RequestIds seeded(long seed) {
    return new RequestIds(new Random(seed));
  }

  /** The next id, for example {@code 0F5C2B8E-1D3A-4C6F-9B2E-7A8D4E1F3C5B}. */
  public String next() {
    UUID id = seeded == null ? UUID.randomUUID() : nextSeeded();
    return id.toString().toUpperCase(Locale.ROOT);
  }

  // Version 4, IETF variant, like UUID.randomUUID(), from the seeded source.
  private UUID nextSeeded() {
    long high;
    long low;
    synchronized (seeded) {
      high = seeded.nextLong();
      low = seeded.nextLong();
    }
    return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | Long.MIN_VALUE);
  }

  @Override
  public String get() {
    return next();
  }
}
