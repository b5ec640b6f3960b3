package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.account.Credentials;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.state.BillingState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the billing world is kept, and how access to it is made safe.
 *
 * <p>Concurrency design: business commands take the world's read lock (shared) and then the one
 * account book they touch (exclusive), so different accounts run in parallel and one account's
 * commands run one at a time. World-wide operations (moving the clock, importing, exporting) take
 * the write lock and so see and change a still world.
 */
final class Ledger {

  private final ReadWriteLock world = new ReentrantReadWriteLock();
  private final Map<String, AccountBook> books = new ConcurrentHashMap<>();
  private final Map<String, String> instanceOwners = new ConcurrentHashMap<>();
  private final Map<String, Credentials> credentials = new ConcurrentHashMap<>();
  private final Map<String, String> orderOwners = new ConcurrentHashMap<>();
  private final AtomicLong nextOrderId = new AtomicLong();
  private final AtomicLong nextInstanceNumber = new AtomicLong();
  private final long firstOrderId;
  private volatile ChangeListener listener = ChangeListener.NONE;

  Ledger(long firstOrderId) {
    this.firstOrderId = firstOrderId;
  }

  void listener(ChangeListener listener) {
    this.listener = listener;
  }

  /** Runs {@code work} with the account's book locked; null book if the account is unknown. */
  <T> T withBook(String uid, Function<AccountBook, T> work) {
    world.readLock().lock();
    try {
      AccountBook book = uid == null ? null : books.get(uid);
      if (book == null) {
        return work.apply(null);
      }
      book.lock.lock();
      try {
        return work.apply(book);
      } finally {
        book.lock.unlock();
      }
    } finally {
      world.readLock().unlock();
    }
  }

  /** Runs {@code work} alone in the world: no command runs meanwhile. */
  <T> T exclusively(Supplier<T> work) {
    world.writeLock().lock();
    try {
      return work.get();
    } finally {
      world.writeLock().unlock();
    }
  }

  /** The books, for work done {@link #exclusively}. */
  List<AccountBook> books() {
    List<AccountBook> list = new ArrayList<>(books.values());
    list.sort(Comparator.comparing(book -> book.account().uid()));
    return list;
  }

  AccountBook book(String uid) {
    return books.get(uid);
  }

  String ownerOf(String instanceId) {
    return instanceOwners.get(instanceId);
  }

  String ownerOfOrder(String orderId) {
    return orderOwners.get(orderId);
  }

  Credentials credentials(String accessKeyId) {
    return credentials.get(accessKeyId);
  }

  String newOrderId() {
    return Long.toString(nextOrderId.getAndIncrement());
  }

  long newInstanceNumber() {
    return nextInstanceNumber.getAndIncrement();
  }

  /**
   * Commits a checked change: the listener sees it first (if it fails, nothing is applied and the
   * failure is rethrown as a bug), then it is applied whole. Call with the book locked.
   */
  void commit(AccountBook book, Change change) {
    try {
      listener.committing(change);
    } catch (Exception e) {
      throw new IllegalStateException("could not record the change durably: " + e.getMessage(), e);
    }
    book.apply(change);
    for (Instance instance : change.instances()) {
      instanceOwners.put(instance.id(), book.account().uid());
    }
    for (Order order : change.orders()) {
      orderOwners.put(order.orderId(), order.uid());
    }
  }

  /** Tells the listener the world changed as a whole. Call {@link #exclusively}. */
  void worldChanged(Instant now) {
    try {
      listener.replaced(() -> snapshot(now));
    } catch (Exception e) {
      throw new IllegalStateException("could not record the state durably: " + e.getMessage(), e);
    }
  }

  /** Replaces the whole world. Call {@link #exclusively}. */
  void load(BillingState state) {
    books.clear();
    instanceOwners.clear();
    credentials.clear();
    orderOwners.clear();
    long maxOrder = firstOrderId - 1;
    for (Account account : state.accounts()) {
      books.put(account.uid(), new AccountBook(account));
      for (AccessKey key : account.accessKeys()) {
        credentials.put(key.id(), new Credentials(key, Caller.of(account.uid())));
      }
      for (RamUser user : account.ramUsers()) {
        for (AccessKey key : user.accessKeys()) {
          credentials.put(
              key.id(), new Credentials(key, Caller.ramUser(account.uid(), user.name())));
        }
      }
    }
    List<Instance> instances = state.instances();
    long instanceNumber = 0;
    for (Instance instance : instances) {
      AccountBook book = books.get(instance.ownerUid());
      book.apply(new Change(instance.ownerUid(), null, List.of(instance), List.of()));
      instanceOwners.put(instance.id(), instance.ownerUid());
      instanceNumber++;
    }
    for (Order order : state.orders()) {
      books.get(order.uid()).apply(new Change(order.uid(), null, List.of(), List.of(order)));
      orderOwners.put(order.orderId(), order.uid());
      maxOrder = Math.max(maxOrder, numericOrNegative(order.orderId()));
    }
    nextOrderId.set(maxOrder + 1);
    nextInstanceNumber.set(instanceNumber + 1);
  }

  /** The whole world as a value. Call {@link #exclusively}. */
  BillingState snapshot(Instant now) {
    List<Account> accounts = new ArrayList<>();
    List<Instance> instances = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    for (AccountBook book : booksInLoadOrder()) {
      accounts.add(book.account());
      instances.addAll(book.instances());
      orders.addAll(book.orders());
    }
    instances.sort(Comparator.comparing(Instance::id));
    orders.sort(Comparator.comparing(Order::createdAt).thenComparing(Order::orderId));
    return new BillingState(now, accounts, instances, orders);
  }

  private List<AccountBook> booksInLoadOrder() {
    return books();
  }

  private static long numericOrNegative(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
