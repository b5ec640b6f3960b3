package dev.billingsim.simulator.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
 * each (AccessKeyId, nonce) is kept as a 128-bit SHA-256 fingerprint in primitive arrays, a ring in
 * arrival order plus an open-addressing index, about 40 bytes an entry (8 MB at the default cap),
 * where strings in a concurrent map and queue took about 240 (48 MB). Two different nonces share a
 * fingerprint with probability about n²/2¹²⁹: never, in practice. The arrays grow with use, so an
 * idle simulator holds almost nothing. One lock guards them; the critical section is a few array
 * reads and writes, the hashing is done outside it.
 */
public final class NonceCache {

  /** How long a nonce is remembered. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

  /** Most nonces kept; at about 40 bytes each, 8 MB. */
  public static final int DEFAULT_MAX_ENTRIES = 200_000;

  private static final int INITIAL_CAPACITY = 1024;

  private final Clock clock;
  private final long windowMillis;
  private final int maxEntries;
  private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(Macs::sha256);

  // The ring, in arrival order: entry i is (high[i], low[i]) first seen at seenAt[i].
  private long[] high;
  private long[] low;
  private long[] seenAt;
  private int oldest;
  private int count;
  // Open addressing with linear probing: ring position + 1, or 0 for an empty slot.
  private int[] index;

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
    long[] fingerprint = fingerprint(accessKeyId, nonce);
    synchronized (this) {
      // Read under the lock, so that the ring is in time order and the oldest is always first.
      long now = clock.millis();
      evictExpired(now);
      if (find(fingerprint[0], fingerprint[1]) >= 0) {
        return false;
      }
      if (count == maxEntries) {
        evictOldest();
      } else if (count == high.length) {
        grow();
      }
      int at = (oldest + count) % high.length;
      high[at] = fingerprint[0];
      low[at] = fingerprint[1];
      seenAt[at] = now;
      count++;
      index[-find(fingerprint[0], fingerprint[1]) - 1] = at + 1;
      return true;
    }
  }

  /** How many nonces are remembered now. */
  public synchronized int size() {
    return count;
  }

  /** SHA-256 of the length-prefixed key and the nonce, first 128 bits: unambiguous and uniform. */
  private long[] fingerprint(String accessKeyId, String nonce) {
    byte[] key = accessKeyId.getBytes(StandardCharsets.UTF_8);
    MessageDigest digest = sha256.get();
    digest.reset();
    for (int shift = 24; shift >= 0; shift -= 8) {
      digest.update((byte) (key.length >>> shift));
    }
    digest.update(key);
    digest.update(nonce.getBytes(StandardCharsets.UTF_8));
    ByteBuffer hash = ByteBuffer.wrap(digest.digest());
    return new long[] {hash.getLong(), hash.getLong()};
  }

  private void evictExpired(long now) {
    // A clock that stepped back makes now - seenAt negative: still within the window.
    while (count > 0 && now - seenAt[oldest] >= windowMillis) {
      evictOldest();
    }
  }

  private void evictOldest() {
    remove(find(high[oldest], low[oldest]));
    oldest = (oldest + 1) % high.length;
    count--;
  }

  /** The index slot holding this fingerprint, or -(the empty slot where it would go) - 1. */
  private int find(long hi, long lo) {
    int mask = index.length - 1;
    int slot = home(hi, lo, mask);
    while (index[slot] != 0) {
      int at = index[slot] - 1;
      if (high[at] == hi && low[at] == lo) {
        return slot;
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
      int entry = index[next];
      if (entry == 0) {
        break;
      }
      int home = home(high[entry - 1], low[entry - 1], mask);
      // The entry may move into the gap unless its home lies cyclically in (gap, next].
      boolean stays = gap <= next ? (gap < home && home <= next) : (gap < home || home <= next);
      if (!stays) {
        index[gap] = entry;
        gap = next;
      }
    }
    index[gap] = 0;
  }

  private static int home(long hi, long lo, int mask) {
    return (int) (lo ^ (lo >>> 32)) & mask;
  }

  private void grow() {
    long[] oldHigh = high;
    long[] oldLow = low;
    long[] oldSeen = seenAt;
    int oldOldest = oldest;
    allocate((int) Math.min((long) oldHigh.length * 2, maxEntries));
    for (int i = 0; i < count; i++) {
      int from = (oldOldest + i) % oldHigh.length;
      high[i] = oldHigh[from];
      low[i] = oldLow[from];
      seenAt[i] = oldSeen[from];
      index[-find(high[i], low[i]) - 1] = i + 1;
    }
    oldest = 0;
  }

  /** Empty arrays for {@code capacity} entries; the index at most half full. */
  private void allocate(int capacity) {
    high = new long[capacity];
    low = new long[capacity];
    seenAt = new long[capacity];
    index = new int[Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2];
    oldest = 0;
  }
}
