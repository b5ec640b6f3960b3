package dev.billingsim.simulator.journal;

import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A request journal store that keeps the last {@code capacity} serve events in a ring buffer.
 *
 * <p>WireMock calls {@link #add} when a request arrives and {@link #put} when its answer is done;
 * both are O(1): adding overwrites the oldest slot once the ring is full, and an index from event
 * id to slot finds the event to update. Listing ({@link #getAll}, newest first, as WireMock's own
 * store does) copies the ring and is O(capacity); it serves admin calls, not requests.
 *
 * <p>An event removed through the admin API leaves its slot empty until the ring comes round to it,
 * so the store then holds fewer than {@code capacity} events; it never holds more. All methods lock
 * the store for a few field writes at most, except the listings, which copy under the lock.
 */
public final class RingJournalStore implements RequestJournalStore {

  private final ServeEvent[] ring;
  private final Map<UUID, Integer> slots;
  private int next;

  public RingJournalStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.ring = new ServeEvent[capacity];
    // Sized once for a full ring, so steady-state requests never trigger a rehash.
    this.slots = new HashMap<>((int) Math.min(Integer.MAX_VALUE, capacity * 4L / 3 + 1));
  }

  public int capacity() {
    return ring.length;
  }

  /** How many events the store holds now (at most {@link #capacity()}). */
  public synchronized int size() {
    return slots.size();
  }

  @Override
  public synchronized void add(ServeEvent event) {
    ServeEvent evicted = ring[next];
    if (evicted != null) {
      slots.remove(evicted.getId());
    }
    ring[next] = event;
    slots.put(event.getId(), next);
    next = next + 1 == ring.length ? 0 : next + 1;
  }

  /** Replaces a kept event (WireMock's "serve completed" update); ignores one no longer kept. */
  @Override
  public synchronized void put(UUID id, ServeEvent event) {
    Integer slot = slots.get(id);
    if (slot != null) {
      ring[slot] = event;
    }
  }

  @Override
  public synchronized Optional<ServeEvent> get(UUID id) {
    Integer slot = slots.get(id);
    return slot == null ? Optional.empty() : Optional.of(ring[slot]);
  }

  @Override
  public Stream<ServeEvent> getAll() {
    return newestFirst().stream();
  }

  @Override
  public Stream<UUID> getAllKeys() {
    return newestFirst().stream().map(ServeEvent::getId);
  }

  @Override
  public synchronized void remove(UUID id) {
    Integer slot = slots.remove(id);
    if (slot != null) {
      ring[slot] = null;
    }
  }

  /**
   * Removes the oldest event. WireMock calls this only to enforce its own bound, which {@link
   * BoundedJournal} leaves unset; it is here for completeness and may walk the ring.
   */
  @Override
  public synchronized void removeLast() {
    for (int i = 0; i < ring.length; i++) {
      int slot = (next + i) % ring.length;
      if (ring[slot] != null) {
        slots.remove(ring[slot].getId());
        ring[slot] = null;
        return;
      }
    }
  }

  @Override
  public synchronized void clear() {
    Arrays.fill(ring, null);
    slots.clear();
    next = 0;
  }

  private synchronized List<ServeEvent> newestFirst() {
    List<ServeEvent> events = new ArrayList<>(slots.size());
    for (int i = 1; i <= ring.length; i++) {
      ServeEvent event = ring[Math.floorMod(next - i, ring.length)];
      if (event != null) {
        events.add(event);
      }
    }
    return events;
  }
}
