package dev.billingsim.simulator.world;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.state.StateRules;
import dev.billingsim.simulator.state.StateDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A billing world written as Java: accounts, instances and orders at a starting instant, built into
 * the domain's {@link BillingState} (what {@code PUT /__admin/billing/state} loads).
 *
 * <pre>{@code
 * World world = World.startingAt(Instant.parse("2026-11-22T00:00:00Z"))
 *     .with(account("u1").cash("50.00").coupon("cp1", "20.00"))
 *     .with(ensInstance("aic-1").expiresIn(Duration.ofDays(3)).autoRenew(true));
 * }</pre>
 *
 * <p>A world can also be described step by step, as scenarios do: {@link #accountSpec} finds an
 * account or adds it on first mention, {@link #instanceSpec} finds an instance to change.
 *
 * <p>{@link #toState} checks the world against the domain's state rules (unique ids and keys,
 * owners that exist, currencies that agree) and lists every problem at once. The factories are
 * plain static methods returning new values: there is no shared or global world.
 */
public final class World {

  /** Where a world starts when not told: the demo state's {@code now}. */
  public static final Instant DEFAULT_NOW = Instant.parse("2026-11-22T00:00:00Z");

  private Instant now;
  private final BillingState base;
  private final List<AccountSpec> accounts = new ArrayList<>();
  private final List<InstanceSpec> instances = new ArrayList<>();
  private final List<Order> orders = new ArrayList<>();
  private final List<UnpaidRenewal> unpaidRenewals = new ArrayList<>();

  private World(Instant now, BillingState base) {
    this.now = Objects.requireNonNull(now, "now");
    this.base = base;
  }

  /** An empty world whose clock reads {@code now}. */
  public static World startingAt(Instant now) {
    return new World(now, null);
  }

  /** An empty world whose clock reads {@link #DEFAULT_NOW}. */
  public static World empty() {
    return startingAt(DEFAULT_NOW);
  }

  /** The simulator's demo state (contract section 6), to add to. */
  public static World demo() {
    return from(StateDocument.demo());
  }

  /** An existing state (for example one read with {@code admin.state()}), to add to. */
  public static World from(BillingState state) {
    return new World(state.now(), state);
  }

  public static AccountSpec account(String uid) {
    return new AccountSpec(uid);
  }

  /** An ENS ARM server ({@code aic-...}), renewed by RenewARMServerInstance. */
  public static InstanceSpec ensInstance(String id) {
    return instance(id, Product.ENS);
  }

  /** An ECS elasticity assurance ({@code eap-...}), renewed by RenewElasticityAssurances. */
  public static InstanceSpec ecsInstance(String id) {
    return instance(id, Product.ECS);
  }

  public static InstanceSpec instance(String id, Product product) {
    return new InstanceSpec(id, product);
  }

  public World with(AccountSpec account) {
    accounts.add(Objects.requireNonNull(account, "account"));
    return this;
  }

  public World with(InstanceSpec instance) {
    instances.add(Objects.requireNonNull(instance, "instance"));
    return this;
  }

  /** An order as it stands (its payments drew nothing: the accounts hold what is left). */
  public World with(Order order) {
    orders.add(Objects.requireNonNull(order, "order"));
    return this;
  }

  /** The account {@code uid}, added with the defaults on first mention. */
  public AccountSpec accountSpec(String uid) {
    for (AccountSpec account : accounts) {
      if (account.uid().equals(uid)) {
        return account;
      }
    }
    AccountSpec account = account(uid);
    accounts.add(account);
    return account;
  }

  /** The instance {@code id} given before. */
  public InstanceSpec instanceSpec(String id) {
    for (InstanceSpec instance : instances) {
      if (instance.id().equals(id)) {
        return instance;
      }
    }
    throw new IllegalArgumentException(
        "no instance "
            + id
            + " was given; known: "
            + instances.stream().map(InstanceSpec::id).toList());
  }

  /**
   * An UNPAID renewal order of {@code uid} for one month of {@code instanceId} at its monthly
   * price, made a minute before the world starts, as AutoPay=false leaves one.
   */
  public World unpaidRenewal(String uid, String instanceId) {
    unpaidRenewals.add(new UnpaidRenewal(uid, instanceId));
    return this;
  }

  /** Moves where the world starts. */
  public World startingFrom(Instant start) {
    now = Objects.requireNonNull(start, "start");
    return this;
  }

  public Instant now() {
    return now;
  }

  /**
   * The world as the domain's state.
   *
   * @throws IllegalArgumentException listing every problem, if the simulator would refuse it
   */
  public BillingState toState() {
    List<Account> builtAccounts = new ArrayList<>(base == null ? List.of() : base.accounts());
    List<Instance> builtInstances = new ArrayList<>(base == null ? List.of() : base.instances());
    List<Order> builtOrders = new ArrayList<>(base == null ? List.of() : base.orders());
    accounts.forEach(account -> builtAccounts.add(account.build(now)));
    String defaultOwner = builtAccounts.isEmpty() ? null : builtAccounts.get(0).uid();
    Map<String, Currency> currencies = new HashMap<>();
    builtAccounts.forEach(account -> currencies.putIfAbsent(account.uid(), account.currency()));
    for (InstanceSpec instance : instances) {
      String owner = instance.ownerUid() != null ? instance.ownerUid() : defaultOwner;
      builtInstances.add(instance.build(now, owner, currencies.getOrDefault(owner, Money.CNY)));
    }
    builtOrders.addAll(orders);
    for (UnpaidRenewal renewal : unpaidRenewals) {
      builtOrders.add(renewal.order(builtOrders.size(), builtInstances, now));
    }
    BillingState state = new BillingState(now, builtAccounts, builtInstances, builtOrders);
    List<String> problems = StateRules.problems(state);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "this world cannot be loaded: " + String.join("; ", problems));
    }
    return state;
  }

  /** The world as the state document ({@code GET /state} writes the same form). */
  public String toJson() {
    return StateDocument.toJson(toState());
  }

  /** {@code amount} in {@code currency}; {@code what} names it in the message if it is not one. */
  static Money amount(String amount, Currency currency, String what) {
    try {
      return Money.parse(amount, currency);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          what + " \"" + amount + "\" is not an amount of " + currency, e);
    }
  }

  private record UnpaidRenewal(String uid, String instanceId) {
    Order order(int ordersBefore, List<Instance> instances, Instant now) {
      Instance instance =
          instances.stream()
              .filter(i -> i.id().equals(instanceId))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalArgumentException("no instance " + instanceId + " to owe for"));
      Money amount =
          instance.monthlyPrice() != null ? instance.monthlyPrice() : Money.zero(Money.CNY);
      return new Order(
          String.valueOf(100_000_000_001L + ordersBefore),
          uid,
          OrderType.RENEW,
          OrderStatus.UNPAID,
          now.minusSeconds(60),
          null,
          "given: unpaid renewal of " + instanceId,
          amount,
          List.of(new OrderLine(instanceId, 1, amount)),
          List.of(),
          null,
          null,
          null);
    }
  }
}
