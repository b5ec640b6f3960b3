package dev.billingsim.simulator.journal;

import com.github.tomakehurst.wiremock.store.BlobStore;
import com.github.tomakehurst.wiremock.store.ObjectStore;
import com.github.tomakehurst.wiremock.store.RecorderStateStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.store.ScenariosStore;
import com.github.tomakehurst.wiremock.store.SettingsStore;
import com.github.tomakehurst.wiremock.store.Stores;
import com.github.tomakehurst.wiremock.store.StubMappingStore;

/** WireMock's stores as configured, except the request journal store. */
final class JournalStores implements Stores {

  private final Stores delegate;
  private final RequestJournalStore journal;

  JournalStores(Stores delegate, RequestJournalStore journal) {
    this.delegate = delegate;
    this.journal = journal;
  }

  @Override
  public RequestJournalStore getRequestJournalStore() {
    return journal;
  }

  @Override
  public StubMappingStore getStubStore() {
    return delegate.getStubStore();
  }

  @Override
  public SettingsStore getSettingsStore() {
    return delegate.getSettingsStore();
  }

  @Override
  public ScenariosStore getScenariosStore() {
    return delegate.getScenariosStore();
  }

  @Override
  public RecorderStateStore getRecorderStateStore() {
    return delegate.getRecorderStateStore();
  }

  @Override
  public BlobStore getMappingsBlobStore() {
    return delegate.getMappingsBlobStore();
  }

  @Override
  public BlobStore getFilesBlobStore() {
    return delegate.getFilesBlobStore();
  }

  @Override
  public BlobStore getBlobStore(String name) {
    return delegate.getBlobStore(name);
  }

  @Override
  public ObjectStore getObjectStore(String name) {
    return delegate.getObjectStore(name);
  }

  @Override
  public ObjectStore getObjectStore(String name, PersistenceType persistenceType) {
    return delegate.getObjectStore(name, persistenceType);
  }

  @Override
  public ObjectStore getObjectStore(String name, PersistenceType persistenceType, int maxSize) {
    return delegate.getObjectStore(name, persistenceType, maxSize);
  }

  @Override
  public void start() {
    delegate.start();
  }

  @Override
  public void stop() {
    delegate.stop();
  }
}
