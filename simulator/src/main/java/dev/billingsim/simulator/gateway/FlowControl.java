package dev.billingsim.simulator.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per (AccessKeyId, action): {@code capacity} tokens, refilled at {@code
 * refillPerSecond}. Defaults to Alibaba Cloud's 10 and 10 per second.
 *
 * <p>Each bucket is a single {@code AtomicLong} holding the time at which it will be full again
 * (the generic cell rate algorithm, equivalent to a token bucket), updated by compare-and-set, so
 * requests never wait on a lock. A full bucket is the same as no bucket, so once the map holds
 * {@code maxBuckets} the full ones are swept out (at most once per refill period); if all are busy
 * a new key is let through unmetered rather than refused. Thread-safe.
 */
public final class FlowControl {

  public static final int DEFAULT_CAPACITY = 10;
  public static final int DEFAULT_REFILL_PER_SECOND = 10;
  public static final int DEFAULT_MAX_BUCKETS = 100_000;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  // Times are kept relative to construction, so they are never negative and -1 can mark a
  // bucket that was swept out while another thread still held it.
  private static final long SWEPT = -1;

  private record Key(String accessKeyId, String action) {}

  private final boolean enabled;
  private final LongSupplier nanoTime;
  private final long origin;
  private final long interval;
  private final long tolerance;
  private final long fullRefill;
  private final int maxBuckets;
  private final ConcurrentHashMap<Key, AtomicLong> buckets = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep;

  /** Flow control with the default limits, on the given time source ({@code System::nanoTime}). */
  public FlowControl(LongSupplier nanoTime) {
    this(true, nanoTime, DEFAULT_CAPACITY, DEFAULT_REFILL_PER_SECOND, DEFAULT_MAX_BUCKETS);
  }

  public FlowControl(
      boolean enabled, LongSupplier nanoTime, int capacity, int refillPerSecond, int maxBuckets) {
    if (capacity < 1 || refillPerSecond < 1 || maxBuckets < 1) {
      throw new IllegalArgumentException("capacity, refill and maxBuckets must be positive");
    }
    this.enabled = enabled;
    this.nanoTime = nanoTime;
    this.origin = nanoTime.getAsLong();
    this.interval = NANOS_PER_SECOND / refillPerSecond;
    this.tolerance = interval * (capacity - 1);
    this.fullRefill = interval * capacity;
    this.maxBuckets = maxBuckets;
    this.lastSweep = new AtomicLong(-fullRefill);
  }

  /** Flow control on the system's monotonic clock. */
  public static FlowControl onSystemTime() {
    return new FlowControl(System::nanoTime);
  }

  /** Flow control that lets everything through. */
  public static FlowControl off() {
    return new FlowControl(false, () -> 0L, DEFAULT_CAPACITY, DEFAULT_REFILL_PER_SECOND, 1);
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** Takes a token for this caller and action; false means the request is over the limit. */
  public boolean tryAcquire(String accessKeyId, String action) {
    if (!enabled) {
      return true;
    }
    long now = nanoTime.getAsLong() - origin;
    Key key = new Key(accessKeyId, action);
    while (true) {
      AtomicLong bucket = buckets.get(key);
      if (bucket == null) {
        if (buckets.size() >= maxBuckets && !sweep(now)) {
          return true;
        }
        AtomicLong fresh = new AtomicLong(now + interval);
        bucket = buckets.putIfAbsent(key, fresh);
        if (bucket == null) {
          return true;
        }
      }
      long fullAt = bucket.get();
      if (fullAt == SWEPT) {
        continue;
      }
      long start = Math.max(fullAt, now);
      if (start - now > tolerance) {
        return false;
      }
      if (bucket.compareAndSet(fullAt, start + interval)) {
        return true;
      }
    }
  }

  /** How many buckets are kept now. */
  public int bucketCount() {
    return buckets.size();
  }

  /** Drops full buckets; returns whether there is room for a new one. */
  private boolean sweep(long now) {
    long last = lastSweep.get();
    if (now - last >= fullRefill && lastSweep.compareAndSet(last, now)) {
      buckets.forEach(
          (key, bucket) -> {
            long fullAt = bucket.get();
            if (fullAt <= now && bucket.compareAndSet(fullAt, SWEPT)) {
              buckets.remove(key, bucket);
            }
          });
    }
    return buckets.size() < maxBuckets;
  }
}
