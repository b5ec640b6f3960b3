package dev.billingsim.simulator.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Remembers signature nonces for a window (15 minutes by default) so a replayed request is refused.
 * Nonces are scoped per AccessKeyId.
 *
 * <p>Memory is bounded twice: entries older than the window are evicted in arrival order, and the
 * number kept never exceeds {@code maxEntries} (the oldest go first), so under a flood a nonce may
 * be forgotten before its window ends. Each call costs O(1) amortised. Thread-safe and lock-free.
 */
public final class NonceCache {

  /** How long a nonce is remembered. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

  /** Most nonces kept; at roughly 200 bytes each, about 40 MB. */
  public static final int DEFAULT_MAX_ENTRIES = 200_000;

  private record Seen(String key, long atMillis) {}

  private final Clock clock;
  private final long windowMillis;
  private final int maxEntries;
  private final ConcurrentHashMap<String, Long> firstSeen = new ConcurrentHashMap<>();
  private final Queue<Seen> arrivals = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicBoolean evicting = new AtomicBoolean();

  public NonceCache(Clock clock) {
    this(clock, DEFAULT_WINDOW, DEFAULT_MAX_ENTRIES);
  }

  public NonceCache(Clock clock, Duration window, int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive");
    }
    this.clock = clock;
    this.windowMillis = window.toMillis();
    this.maxEntries = maxEntries;
  }

  /**
   * Records the nonce and returns true if it was not seen within the window, false if it is a
   * replay.
   */
  public boolean firstUse(String accessKeyId, String nonce) {
    long now = clock.millis();
    boolean first = record(accessKeyId + '\n' + nonce, now);
    evict(now);
    return first;
  }

  private boolean record(String key, long now) {
    Long previous = firstSeen.putIfAbsent(key, now);
    if (previous != null) {
      if (now - previous < windowMillis) {
        return false;
      }
      // Expired but not yet evicted: take it over, unless another thread just did.
      if (!firstSeen.replace(key, previous, now)) {
        return false;
      }
    }
    arrivals.add(new Seen(key, now));
    queued.incrementAndGet();
    return true;
  }

  /** How many nonces are remembered now. */
  public int size() {
    return firstSeen.size();
  }

  // One evictor at a time, so peek-then-poll sees the same element; the others skip the work.
  private void evict(long now) {
    if (!evicting.compareAndSet(false, true)) {
      return;
    }
    try {
      Seen oldest;
      while ((oldest = arrivals.peek()) != null
          && (now - oldest.atMillis() >= windowMillis || queued.get() > maxEntries)) {
        arrivals.poll();
        queued.decrementAndGet();
        // Only if still ours: a later arrival may have taken the key over.
        firstSeen.remove(oldest.key(), oldest.atMillis());
      }
    } finally {
      evicting.set(false);
    }
  }
}
