package dev.billingsim.simulator.gateway;

import java.time.Clock;
import java.time.Duration;

/**
 * Remembers signature nonces for a window (15 minutes by default) so a replayed request is refused.
 * Nonces are scoped per AccessKeyId.
 *
 * <p>Memory is bounded twice: entries older than the window are evicted in arrival order, and the
 * number kept never exceeds {@code maxEntries} (the oldest go first), so under a flood a nonce may
 * be forgotten before its window ends. Each call costs O(1) amortised. Thread-safe.
 *
 * <p>Compact by design, because a full cache is the simulator's largest steady-state structure:
 * each (AccessKeyId, nonce) is kept as a 128-bit fingerprint ({@link NonceFingerprint}) in
 * primitive arrays, a ring in arrival order plus an open-addressing index, about 45 bytes an entry
 * (9 MB at the default cap), where strings in a concurrent map and queue took about 240 (48 MB).
 * Two different nonces share a fingerprint with probability about n²/2¹²⁹: never, in practice,
 * unless crafted to (see {@link NonceFingerprint}). The arrays grow with use, so an idle simulator
 * holds almost nothing. One lock guards them; the critical section is a few array reads and writes,
 * the hashing is done outside it.
 *
 * <p>Laid out for a full cache under load, where every call lands on cold memory: a ring entry's
 * three longs sit side by side, and each index slot carries the fingerprint's home hash beside the
 * ring position, so probing past other entries and shifting them back on removal never leave the
 * index.
 */
public final class NonceCache {

  /** How long a nonce is remembered. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

  /** Most nonces kept; at about 45 bytes each, 9 MB. */
  public static final int DEFAULT_MAX_ENTRIES = 200_000;

  private static final int INITIAL_CAPACITY = 1024;
  private static final int HIGH = 0;
  private static final int LOW = 1;
  private static final int SEEN_AT = 2;
  private static final int LONGS_PER_ENTRY = 3;

  private final Clock clock;
  private final long windowMillis;
  private final int maxEntries;

  // The ring, in arrival order: entry i is ring[3i..3i+2] = (high, low, seenAt).
  private long[] ring;
  private int capacity; // entries the ring holds: ring.length / LONGS_PER_ENTRY
  private int oldest;
  private int count;
  // Open addressing with linear probing: (home hash << 32) | (ring position + 1), or 0 if empty.
  private long[] index;

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
    allocate(Math.min(INITIAL_CAPACITY, maxEntries));
  }

  /**
   * Records the nonce and returns true if it was not seen within the window, false if it is a
   * replay.
   */
  public boolean firstUse(String accessKeyId, String nonce) {
    long[] fingerprint = new long[2];
    NonceFingerprint.of(accessKeyId, nonce, fingerprint);
    long hi = fingerprint[0];
    long lo = fingerprint[1];
    synchronized (this) {
      // Read under the lock, so that the ring is in time order and the oldest is always first.
      long now = clock.millis();
      evictExpired(now);
      if (find(hi, lo) >= 0) {
        return false;
      }
      if (count == maxEntries) {
        evictOldest();
      } else if (count == capacity) {
        grow();
      }
      int at = (oldest + count) % capacity;
      ring[at * LONGS_PER_ENTRY + HIGH] = hi;
      ring[at * LONGS_PER_ENTRY + LOW] = lo;
      ring[at * LONGS_PER_ENTRY + SEEN_AT] = now;
      count++;
      index[-find(hi, lo) - 1] = slotValue(hash(lo), at);
      return true;
    }
  }

  /** How many nonces are remembered now. */
  public synchronized int size() {
    return count;
  }

  private void evictExpired(long now) {
    // A clock that stepped back makes now - seenAt negative: still within the window.
    while (count > 0 && now - ring[oldest * LONGS_PER_ENTRY + SEEN_AT] >= windowMillis) {
      evictOldest();
    }
  }

  private void evictOldest() {
    int base = oldest * LONGS_PER_ENTRY;
    remove(find(ring[base + HIGH], ring[base + LOW]));
    oldest = (oldest + 1) % capacity;
    count--;
  }

  /** The index slot holding this fingerprint, or -(the empty slot where it would go) - 1. */
  private int find(long hi, long lo) {
    int mask = index.length - 1;
    int hash = hash(lo);
    int slot = hash & mask;
    long entry;
    while ((entry = index[slot]) != 0) {
      if ((int) (entry >>> 32) == hash) {
        int base = ((int) entry - 1) * LONGS_PER_ENTRY;
        if (ring[base + HIGH] == hi && ring[base + LOW] == lo) {
          return slot;
        }
      }
      slot = (slot + 1) & mask;
    }
    return -slot - 1;
  }

  /** Deletes an index slot, shifting back the entries after it so that every probe still works. */
  private void remove(int slot) {
    int mask = index.length - 1;
    int gap = slot;
    int next = slot;
    while (true) {
      next = (next + 1) & mask;
      long entry = index[next];
      if (entry == 0) {
        break;
      }
      int home = (int) (entry >>> 32) & mask;
      // The entry may move into the gap unless its home lies cyclically in (gap, next].
      boolean stays = gap <= next ? (gap < home && home <= next) : (gap < home || home <= next);
      if (!stays) {
        index[gap] = entry;
        gap = next;
      }
    }
    index[gap] = 0;
  }

  private static int hash(long lo) {
    return (int) (lo ^ (lo >>> 32));
  }

  private static long slotValue(int hash, int ringPosition) {
    return ((long) hash << 32) | ((ringPosition + 1) & 0xFFFFFFFFL);
  }

  private void grow() {
    long[] old = ring;
    int oldCapacity = capacity;
    int oldOldest = oldest;
    allocate((int) Math.min((long) oldCapacity * 2, maxEntries));
    for (int i = 0; i < count; i++) {
      int from = ((oldOldest + i) % oldCapacity) * LONGS_PER_ENTRY;
      System.arraycopy(old, from, ring, i * LONGS_PER_ENTRY, LONGS_PER_ENTRY);
      long hi = ring[i * LONGS_PER_ENTRY + HIGH];
      long lo = ring[i * LONGS_PER_ENTRY + LOW];
      index[-find(hi, lo) - 1] = slotValue(hash(lo), i);
    }
    oldest = 0;
  }

  /** Empty arrays for {@code capacity} entries; the index at most half full. */
  private void allocate(int capacity) {
    this.capacity = capacity;
    ring = new long[capacity * LONGS_PER_ENTRY];
    index = new long[Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2];
    oldest = 0;
  }
}
