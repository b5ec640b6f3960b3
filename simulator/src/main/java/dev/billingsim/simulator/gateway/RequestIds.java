package dev.billingsim.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Source of Alibaba-style RequestIds: upper-case UUIDs. Either random, or a reproducible sequence
 * from a seed (each call takes the next value; the order across threads follows call order).
 * Thread-safe.
 */
public final class RequestIds implements Supplier<String> {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final AtomicLong state;

  private RequestIds(AtomicLong state) {
    this.state = state;
  }

  /** Random ids; not for security, so no SecureRandom on the hot path. */
  public static RequestIds random() {
    return new RequestIds(null);
  }

  /** The same sequence of ids for the same seed. */
  public static RequestIds seeded(long seed) {
    return new RequestIds(new AtomicLong(seed));
  }

  /** The next id, for example {@code 0F5C2B8E-1D3A-4C6F-9B2E-7A8D4E1F3C5B}. */
  public String next() {
    long high;
    long low;
    if (state == null) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      high = random.nextLong();
      low = random.nextLong();
    } else {
      long step = state.getAndAdd(2 * GOLDEN_GAMMA);
      high = mix(step + GOLDEN_GAMMA);
      low = mix(step + 2 * GOLDEN_GAMMA);
    }
    // Version 4, IETF variant, like UUID.randomUUID().
    high = (high & ~0xF000L) | 0x4000L;
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return format(high, low);
  }

  /** UUID.toString's layout, 8-4-4-4-12, in upper case, written directly: it runs per request. */
  static String format(long high, long low) {
    byte[] text = new byte[36];
    hex(text, 0, high >>> 32, 8);
    text[8] = '-';
    hex(text, 9, high >>> 16, 4);
    text[13] = '-';
    hex(text, 14, high, 4);
    text[18] = '-';
    hex(text, 19, low >>> 48, 4);
    text[23] = '-';
    hex(text, 24, low, 12);
    return new String(text, StandardCharsets.US_ASCII);
  }

  private static void hex(byte[] into, int at, long value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      into[at + i] = Hex.upper(value);
      value >>>= 4;
    }
  }

  @Override
  public String get() {
    return next();
  }

  // SplitMix64's finaliser.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
