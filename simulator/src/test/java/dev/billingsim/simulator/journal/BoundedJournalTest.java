package dev.billingsim.simulator.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.store.Stores;
import org.junit.jupiter.api.Test;

class BoundedJournalTest {

  @Test
  void plugsARingOfTheGivenSizeIntoWireMocksStores() {
    WireMockConfiguration config = BoundedJournal.configure(WireMockConfiguration.options(), 10);

    assertThat(config.requestJournalDisabled()).isFalse();
    assertThat(config.getStores().getRequestJournalStore())
        .isInstanceOfSatisfying(
            RingJournalStore.class, ring -> assertThat(ring.capacity()).isEqualTo(10));
  }

  @Test
  void leavesWireMocksOwnScanningBoundUnset() {
    WireMockConfiguration config =
        BoundedJournal.configure(WireMockConfiguration.options().maxRequestJournalEntries(5), 10);

    assertThat(config.maxRequestJournalEntries()).isEmpty();
  }

  @Test
  void keepsEveryOtherStoreAsConfigured() {
    WireMockConfiguration config = WireMockConfiguration.options();
    Stores original = config.getStores();

    BoundedJournal.configure(config, 10);

    assertThat(config.getStores().getStubStore()).isSameAs(original.getStubStore());
    assertThat(config.getStores().getSettingsStore()).isSameAs(original.getSettingsStore());
    assertThat(config.getStores().getScenariosStore()).isSameAs(original.getScenariosStore());
  }

  @Test
  void zeroDisablesTheJournal() {
    WireMockConfiguration config = BoundedJournal.configure(WireMockConfiguration.options(), 0);

    assertThat(config.requestJournalDisabled()).isTrue();
  }

  @Test
  void refusesANegativeSize() {
    assertThatThrownBy(() -> BoundedJournal.configure(WireMockConfiguration.options(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
