package dev.billingsim.simulator.journal;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.store.Stores;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * Sets up WireMock's request journal for {@code --journal N}: the last N requests in a {@link
 * RingJournalStore}, or no journal at all for 0.
 *
 * <p>WireMock builds its journal from {@code Options.getStores().getRequestJournalStore()}, with
 * its own bound from {@code maxRequestJournalEntries}. That bound counts the whole store after
 * every request, so it is cleared here and the ring alone does the bounding.
 */
public final class BoundedJournal {

  public static final int DEFAULT_MAX_ENTRIES = 1000;

  private BoundedJournal() {}

  /**
   * Configures {@code config} to keep at most {@code maxEntries} requests (0: disables the journal,
   * as WireMock's {@code disableRequestJournal()} does). Call it after setting the files root,
   * since the other stores are taken from {@code config} as it is then.
   *
   * @return {@code config}, for chaining
   */
  public static WireMockConfiguration configure(WireMockConfiguration config, int maxEntries) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("journal size must be 0 or more, got " + maxEntries);
    }
    if (maxEntries == 0) {
      return config.disableRequestJournal();
    }
    return config
        .maxRequestJournalEntries(Optional.empty())
        .withStores(withJournal(config.getStores(), new RingJournalStore(maxEntries)));
  }

  /**
   * WireMock's stores as configured but for the request journal's: a JDK proxy hands every other
   * call to {@code stores}, whatever methods WireMock's {@code Stores} has.
   */
  private static Stores withJournal(Stores stores, RequestJournalStore journal) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("getRequestJournalStore")) {
            return journal;
          }
          try {
            return method.invoke(stores, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (Stores)
        Proxy.newProxyInstance(
            Stores.class.getClassLoader(), new Class<?>[] {Stores.class}, handler);
  }
}
