package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.AccessGrant;
import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.state.BillingState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the billing world is kept, and how access to it is made safe.
 *
 * <p>Concurrency design: a business command locks the one account book it touches and no lock that
 * other accounts' commands take, so different accounts run in parallel and one account's commands
 * run one at a time. A world-wide operation (moving the clock, importing, exporting) locks every
 * book, in uid order, one such operation at a time, and so sees and changes a still world.
 * (Commands used to share a world read lock as well: every command then wrote the same lock word,
 * and two threads renewing two accounts ran no faster than one; see the benchmarks' README.)
 *
 * <p>The books map is never changed in place: an import builds a new one, locks its books and only
 * then publishes it. A command that waited on the lock of a book an import replaced finds, once it
 * holds the lock, that the book is no longer current, and looks its account up again.
 */
final class Ledger {

  /**
   * The current world's books and indexes, read without locking and replaced whole by {@link
   * #load}, so a reader sees the old world's or the new world's, never half of each.
   */
  private volatile Index index = new Index(Map.of(), new ConcurrentHashMap<>(), Map.of());

  /**
   * A world's books by uid, its instances' owners (added to by commits, under the owner's lock) and
   * its access keys.
   */
  private record Index(
      Map<String, AccountBook> books,
      Map<String, String> instanceOwners,
      Map<String, AccessGrant> credentials) {}

  /** Held by the thread running a world-wide operation; commands never take it. */
  private final ReentrantLock worldOperation = new ReentrantLock();

  /** The book locks the world-wide operation holds. Guarded by {@link #worldOperation}. */
  private final List<AccountBook> lockedByWorldOperation = new ArrayList<>();

  /**
   * The first id of the next block of order ids, alone in the middle of a 256-byte array: an object
   * sharing its cache line (the index, a book's lock) would be pulled between cores with it.
   */
  private final AtomicLongArray orderIds = new AtomicLongArray(2 * NEXT_ORDER_ID);

  private static final int NEXT_ORDER_ID = 16;

  /** How many order ids a book takes from the world at a time. */
  static final int ORDER_ID_BLOCK = 100;

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
    while (true) {
      AccountBook book = uid == null ? null : index.books().get(uid);
      if (book == null) {
        return work.apply(null);
      }
      book.lock.lock();
      try {
        if (index.books().get(uid) == book) {
          return work.apply(book);
        }
        // An import replaced the book while this command waited for it: look again.
      } finally {
        book.lock.unlock();
      }
    }
  }

  /** Runs {@code work} alone in the world: no command runs meanwhile. */
  <T> T exclusively(Supplier<T> work) {
    worldOperation.lock();
    try {
      if (worldOperation.getHoldCount() > 1) {
        return work.get(); // already alone: the outer call holds every book
      }
      try {
        books().forEach(this::lockForWorldOperation);
        return work.get();
      } finally {
        lockedByWorldOperation.forEach(book -> book.lock.unlock());
        lockedByWorldOperation.clear();
      }
    } finally {
      worldOperation.unlock();
    }
  }

  private void lockForWorldOperation(AccountBook book) {
    book.lock.lock();
    lockedByWorldOperation.add(book);
  }

  /** The books, for work done {@link #exclusively}. */
  List<AccountBook> books() {
    List<AccountBook> list = new ArrayList<>(index.books().values());
    list.sort(Comparator.comparing(book -> book.account().uid()));
    return list;
  }

  AccountBook book(String uid) {
    return index.books().get(uid);
  }

  String ownerOf(String instanceId) {
    return index.instanceOwners().get(instanceId);
  }

  AccessGrant credentials(String accessKeyId) {
    return index.credentials().get(accessKeyId);
  }

  /**
   * A new id for an order of {@code book}; call with the book locked. Ids are unique in the world
   * and increase within an account. A book takes them from the world {@link #ORDER_ID_BLOCK} at a
   * time: with one world-wide counter, written by every order, two threads renewing two accounts
   * ran at about 1.5 times one thread, the counter's cache line moving between the cores on every
   * order (see the benchmarks' README). The price: with the simulated clock frozen, orders of
   * different accounts made at the same instant list account block by account block, not
   * interleaved.
   */
  String newOrderId(AccountBook book) {
    if (!book.hasOrderIds()) {
      book.takeOrderIds(orderIds.getAndAdd(NEXT_ORDER_ID, ORDER_ID_BLOCK), ORDER_ID_BLOCK);
    }
    return Long.toString(book.nextOrderId());
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
    // An instance the book already held is already indexed as its own: only new ones are
    // registered, so a renewal does not touch the world-wide index at all.
    List<Instance> added = book.apply(change);
    if (!added.isEmpty()) {
      String uid = book.account().uid();
      // The book is current (no import runs while its lock is held), so the index is its world's.
      Map<String, String> instanceOwners = index.instanceOwners();
      for (Instance instance : added) {
        instanceOwners.put(instance.id(), uid);
      }
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

  /**
   * Replaces the whole world. Call {@link #exclusively} (or before the ledger is shared): the new
   * books are locked for the rest of the world-wide operation before anyone can see them.
   */
  void load(BillingState state) {
    Map<String, AccountBook> loaded = new HashMap<>();
    Map<String, String> instanceOwners = new ConcurrentHashMap<>();
    Map<String, AccessGrant> credentials = new HashMap<>();
    long maxOrder = firstOrderId - 1;
    for (Account account : state.accounts()) {
      loaded.put(account.uid(), new AccountBook(account));
      for (AccessKey key : account.accessKeys()) {
        credentials.put(key.id(), new AccessGrant(key, Caller.of(account.uid())));
      }
      for (RamUser user : account.ramUsers()) {
        for (AccessKey key : user.accessKeys()) {
          credentials.put(
              key.id(), new AccessGrant(key, Caller.ramUser(account.uid(), user.name())));
        }
      }
    }
    for (Instance instance : state.instances()) {
      AccountBook book = loaded.get(instance.ownerUid());
      book.apply(new Change(instance.ownerUid(), null, List.of(instance), List.of()));
      instanceOwners.put(instance.id(), instance.ownerUid());
    }
    for (Order order : state.orders()) {
      loaded.get(order.uid()).apply(new Change(order.uid(), null, List.of(), List.of(order)));
      maxOrder = Math.max(maxOrder, numericOrNegative(order.orderId()));
    }
    orderIds.set(NEXT_ORDER_ID, maxOrder + 1);
    nextInstanceNumber.set(state.instances().size() + 1);
    if (worldOperation.isHeldByCurrentThread()) {
      loaded.values().forEach(this::lockForWorldOperation);
    }
    index = new Index(Map.copyOf(loaded), instanceOwners, Map.copyOf(credentials));
  }

  /** The whole world as a value. Call {@link #exclusively}. */
  BillingState snapshot(Instant now) {
    List<Account> accounts = new ArrayList<>();
    List<Instance> instances = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    for (AccountBook book : books()) {
      accounts.add(book.account());
      instances.addAll(book.instances());
      orders.addAll(book.orders());
    }
    instances.sort(Comparator.comparing(Instance::id));
    orders.sort(Comparator.comparing(Order::createdAt).thenComparing(Order::orderId));
    return new BillingState(now, accounts, instances, orders);
  }

  private static long numericOrNegative(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
