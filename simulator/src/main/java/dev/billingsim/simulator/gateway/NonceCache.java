package dev.billingsim.simulator.gateway;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Remembers signature nonces for a window (15 minutes by default) so a replayed request is refused.
 * Nonces are scoped per AccessKeyId. A Guava cache: entries expire a window after they were first
 * seen, and at most {@code maxEntries} are kept (the least recently seen go first), so under a
 * flood a nonce may be forgotten before its window ends. Thread-safe.
 */
public final class NonceCache {

  /** How long a nonce is remembered. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

  /** Most nonces kept. */
  public static final int DEFAULT_MAX_ENTRIES = 200_000;

  private record Seen(String accessKeyId, String nonce) {}

  private final Cache<Seen, Boolean> seen;

  public NonceCache(Clock clock) {
    this(clock, DEFAULT_WINDOW, DEFAULT_MAX_ENTRIES);
  }

  public NonceCache(Clock clock, Duration window, int maxEntries) {
    this.seen =
        CacheBuilder.newBuilder()
            .expireAfterWrite(window)
            .maximumSize(maxEntries)
            .ticker(
                new Ticker() {
                  @Override
                  public long read() {
                    return TimeUnit.MILLISECONDS.toNanos(clock.millis());
                  }
                })
            .build();
  }

  /** Records the nonce: true if it was not seen within the window, false if it is a replay. */
  public boolean firstUse(String accessKeyId, String nonce) {
    return seen.asMap().putIfAbsent(new Seen(accessKeyId, nonce), Boolean.TRUE) == null;
  }

  /** How many nonces are remembered now. */
  public long size() {
    seen.cleanUp();
    return seen.size();
  }
}
