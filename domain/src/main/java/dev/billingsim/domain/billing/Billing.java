package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.AccessGrant;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.clock.MovableClock;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.order.CreateInstances;
import dev.billingsim.domain.order.CreationReceipt;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.ReleaseReceipt;
import dev.billingsim.domain.payment.PaymentPlan;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.RenewalReceipt;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.state.StateRules;
import dev.billingsim.domain.subsystem.SubsystemFaults;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The billing world and everything that can be done to it: the domain's one entry point.
 *
 * <p>Commands (renew, create, release, pay an order) return a {@link Result}: done, with its
 * events, or refused with a catalogue error and nothing changed. The clock moves only through
 * {@link #advanceTo}. The whole world can be exported and imported as a {@link BillingState}.
 * Thread-safe: see {@link Ledger} for the locking design.
 */
public final class Billing {

  /** Order ids start here, shaped like Alibaba Cloud's 12-digit order numbers. */
  public static final long FIRST_ORDER_ID = 200_000_000_001L;

  private final Catalogue catalogue;
  private final MovableClock clock;
  private final Ledger ledger;
  private final SubsystemFaults faults;
  private final RenewalFlow renewals;
  private final ReleaseFlow releases;
  private final CreationFlow creations;
  private final Clockwork clockwork;

  private Billing(BillingState initial, Catalogue catalogue) {
    this.catalogue = catalogue;
    this.clock = new MovableClock(initial.now());
    this.ledger = new Ledger(FIRST_ORDER_ID);
    this.faults = new SubsystemFaults(catalogue);
    Checks checks = new Checks(catalogue, faults);
    this.renewals = new RenewalFlow(ledger, checks);
    this.releases = new ReleaseFlow(ledger, checks);
    this.creations = new CreationFlow(ledger, checks, renewals);
    this.clockwork = new Clockwork(ledger, renewals, clock);
    ledger.load(initial);
  }

  /** A billing world starting from {@code initial}; refuses a state that breaks the state rules. */
  public static Billing of(BillingState initial) {
    List<String> problems = StateRules.problems(initial);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid state: " + String.join("; ", problems));
    }
    return new Billing(initial, Catalogue.standard());
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public SubsystemFaults faults() {
    return faults;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Persistence hook: sees every change before it is applied. */
  public void onChange(ChangeListener listener) {
    ledger.listener(listener);
  }

  /** Who an AccessKeyId belongs to, with its secret for signature checks. */
  public Optional<AccessGrant> credentials(String accessKeyId) {
    return Optional.ofNullable(ledger.credentials(accessKeyId));
  }

  // ---- commands ----

  public Result<RenewalReceipt> renew(RenewInstances cmd) {
    return ledger.withBook(cmd.caller().uid(), book -> renewals.renew(book, cmd, clock.instant()));
  }

  public Result<CreationReceipt> create(CreateInstances cmd) {
    return ledger.withBook(
        cmd.caller().uid(), book -> creations.create(book, cmd, clock.instant()));
  }

  public Result<ReleaseReceipt> release(Caller caller, String instanceId) {
    return ledger.withBook(
        caller.uid(), book -> releases.release(book, caller, instanceId, clock.instant()));
  }

  /**
   * Pays an UNPAID order (from AutoPay=false): its instances are renewed from now as they would
   * have been, and it becomes PAID. Refused like a renewal if the money or an instance is not
   * there; an order that is not UNPAID answers PayPayChannelPayOrderInvalidStatus.
   */
  public Result<RenewalReceipt> payOrder(Caller caller, String orderId) {
    return ledger.withBook(
        caller.uid(),
        book -> {
          Order order = book == null ? null : book.order(orderId);
          if (order == null) {
            return Result.rejected(catalogue.error(Api.ENS, "OrderNotFound", orderId));
          }
          String first = order.lines().get(0).instanceId();
          if (order.status() != OrderStatus.UNPAID) {
            return Result.rejected(
                catalogue.error(Api.ENS, "PayPayChannelPayOrderInvalidStatus", first));
          }
          Instant now = clock.instant();
          List<Instance> renewed = new ArrayList<>();
          boolean couponsForbidden = false;
          for (var line : order.lines()) {
            Instance instance = book.instance(line.instanceId());
            if (instance.isReleased()) {
              return Result.rejected(
                  catalogue.error(
                      instance.product().api(), "ProductInstanceReleased", instance.id()));
            }
            couponsForbidden |= instance.couponsForbidden();
            renewed.add(RenewalFlow.extended(instance, line.months(), now, null));
          }
          Product product = book.instance(first).product();
          Result<PaymentPlan> paid =
              renewals.pay(book.account(), product, couponsForbidden, order.amount(), now, first);
          if (paid instanceof Result.Rejected<PaymentPlan> rejected) {
            return Result.rejected(rejected.error());
          }
          PaymentPlan plan = paid.value();
          Order paidOrder = order.paid(plan.draws(), now);
          ledger.commit(
              book, new Change(caller.uid(), plan.accountAfter(), renewed, List.of(paidOrder)));
          List<String> ids = order.lines().stream().map(line -> line.instanceId()).toList();
          return Result.ok(new RenewalReceipt(orderId, ids, false));
        });
  }

  // ---- the clock ----

  /** Moves the clock forward to {@code target}, running everything due on the way in order. */
  public List<DomainEvent> advanceTo(Instant target) {
    return ledger.exclusively(
        () -> {
          List<DomainEvent> events = clockwork.advanceTo(target);
          ledger.worldChanged(clock.instant());
          return events;
        });
  }

  // ---- the whole world ----

  public BillingState export() {
    return ledger.exclusively(() -> ledger.snapshot(clock.instant()));
  }

  /** Replaces the whole world; returns every problem instead (and changes nothing) if invalid. */
  public List<String> replace(BillingState state) {
    List<String> problems = StateRules.problems(state);
    if (!problems.isEmpty()) {
      return problems;
    }
    ledger.exclusively(
        () -> {
          ledger.load(state);
          clock.set(state.now());
          ledger.worldChanged(state.now());
          return null;
        });
    return List.of();
  }

  // ---- queries (each sees one account at one moment) ----

  public Optional<Account> account(String uid) {
    return Optional.ofNullable(ledger.withBook(uid, book -> book == null ? null : book.account()));
  }

  /** The caller's instances of every product, in id order. */
  public List<Instance> instances(String uid) {
    List<Instance> list =
        ledger.withBook(
            uid, book -> book == null ? new ArrayList<>() : new ArrayList<>(book.instances()));
    list.sort(Comparator.comparing(Instance::id));
    return list;
  }

  /** The instance if it exists and belongs to {@code uid}: another's answers as missing. */
  public Optional<Instance> instance(String uid, String instanceId) {
    return Optional.ofNullable(
        ledger.withBook(uid, book -> book == null ? null : book.instance(instanceId)));
  }

  public List<Order> orders(String uid) {
    return ledger.withBook(uid, book -> book == null ? List.of() : List.copyOf(book.orders()));
  }

  public Optional<Order> order(String uid, String orderId) {
    return Optional.ofNullable(
        ledger.withBook(uid, book -> book == null ? null : book.order(orderId)));
  }
}
