package dev.billingsim.simulator.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.billingsim.simulator.gateway.Concurrently;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RingJournalStoreTest {

  private final RingJournalStore store = new RingJournalStore(3);

  @Test
  void listsEventsNewestFirst() {
    List<ServeEvent> events = addEvents(2);

    assertThat(store.getAll()).containsExactly(events.get(1), events.get(0));
    assertThat(store.getAllKeys()).containsExactly(events.get(1).getId(), events.get(0).getId());
  }

  @Test
  void keepsOnlyTheLastCapacityEvents() {
    List<ServeEvent> events = addEvents(7);

    assertThat(store.getAll()).containsExactly(events.get(6), events.get(5), events.get(4));
    assertThat(store.size()).isEqualTo(3);
    assertThat(store.get(events.get(3).getId())).isEmpty();
    assertThat(store.get(events.get(4).getId())).contains(events.get(4));
  }

  @Test
  void putReplacesAKeptEventInItsPlace() {
    List<ServeEvent> events = addEvents(3);
    ServeEvent completed = event(events.get(1).getId());

    store.put(completed.getId(), completed);

    assertThat(store.getAll()).containsExactly(events.get(2), completed, events.get(0));
  }

  @Test
  void putOfAnEventNoLongerKeptAddsNothing() {
    List<ServeEvent> events = addEvents(4);

    store.put(events.get(0).getId(), event(events.get(0).getId()));

    assertThat(store.getAll()).containsExactly(events.get(3), events.get(2), events.get(1));
  }

  @Test
  void removesOneEventByIdAndNeverHoldsMoreThanCapacity() {
    List<ServeEvent> events = addEvents(3);

    store.remove(events.get(1).getId());
    assertThat(store.getAll()).containsExactly(events.get(2), events.get(0));

    ServeEvent next = event(UUID.randomUUID());
    store.add(next);
    assertThat(store.getAll()).containsExactly(next, events.get(2));
  }

  @Test
  void removeLastDropsTheOldestEvent() {
    List<ServeEvent> events = addEvents(3);

    store.removeLast();

    assertThat(store.getAll()).containsExactly(events.get(2), events.get(1));
  }

  @Test
  void clearEmptiesTheStoreAndStartsAfresh() {
    addEvents(5);

    store.clear();
    List<ServeEvent> events = addEvents(1);

    assertThat(store.getAll()).containsExactly(events.get(0));
  }

  @Test
  void refusesACapacityBelowOne() {
    assertThatThrownBy(() -> new RingJournalStore(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsExactlyTheCapacityUnderConcurrentRequests() throws Exception {
    RingJournalStore shared = new RingJournalStore(100);
    Concurrently.run(
        8,
        Duration.ofSeconds(30),
        thread -> {
          for (int i = 0; i < 5_000; i++) {
            ServeEvent event = event(UUID.randomUUID());
            shared.add(event);
            shared.put(event.getId(), event);
          }
        });

    List<ServeEvent> kept = shared.getAll().collect(Collectors.toList());
    assertThat(kept).hasSize(100).doesNotHaveDuplicates();
    assertThat(kept).allSatisfy(e -> assertThat(shared.get(e.getId())).contains(e));
  }

  private List<ServeEvent> addEvents(int count) {
    List<ServeEvent> events = Stream.generate(() -> event(UUID.randomUUID())).limit(count).toList();
    events.forEach(store::add);
    return events;
  }

  private static ServeEvent event(UUID id) {
    return new ServeEvent(id, null, null, ResponseDefinition.ok(), null, false, null, null);
  }
}
