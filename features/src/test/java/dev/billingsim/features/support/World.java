package dev.billingsim.features.support;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.CustodyRelation;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.account.ResellerCustody;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.domain.subsystem.SubsystemFault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The world a scenario's Given steps describe, built up step by step with the domain's own builders
 * and handed to the driver whole, as a {@link BillingState} plus subsystem faults.
 *
 * <p>Access keys follow one convention so that steps never spell them: account {@code alice} signs
 * with {@code alice-ak}, her RAM user {@code ops} with {@code alice-ops-ak}.
 */
public final class World {

  /** When scenarios start unless they say otherwise ({@code Given today is ...}). */
  public static final Instant DEFAULT_TODAY = Instant.parse("2026-11-22T00:00:00Z");

  private Instant now = DEFAULT_TODAY;
  private final Map<String, Account.Builder> accounts = new LinkedHashMap<>();
  private final Map<String, Instance.Builder> instances = new LinkedHashMap<>();
  private final List<Order> orders = new ArrayList<>();
  private final List<SubsystemFault> faults = new ArrayList<>();

  public static AccessKey keyOf(Who who) {
    String id = who.ramUser() == null ? who.account() : who.account() + "-" + who.ramUser();
    return AccessKey.of(id + "-ak", id + "-secret");
  }

  public Instant now() {
    return now;
  }

  public void today(Instant today) {
    now = today;
  }

  /** The account, created on first mention: active, verified, CNY, no money, its access key. */
  public Account.Builder account(String uid) {
    return accounts.computeIfAbsent(
        uid, id -> Account.builder(id).accessKeys(List.of(keyOf(Who.account(id)))));
  }

  public void add(Account account) {
    accounts.put(account.uid(), account.toBuilder());
  }

  /**
   * A RAM user of {@code uid} signing with its own key, allowed {@code actions} on {@code
   * instances} (empty: all).
   */
  public void ramUser(String uid, String name, Set<String> actions, Set<String> instances) {
    account(uid).ramUser(new RamUser(name, List.of(keyOf(new Who(uid, name))), actions, instances));
  }

  /** The account's key stays known to the gateway but is refused. */
  public void disableKey(String uid) {
    AccessKey key = keyOf(Who.account(uid));
    account(uid).accessKeys(List.of(new AccessKey(key.id(), key.secret(), false)));
  }

  /** A reseller's custody with the quota used so far at zero. */
  public void custody(
      String uid, String partner, Money quota, Money backing, CustodyRelation relation) {
    account(uid)
        .custody(
            new ResellerCustody(partner, quota, Money.zero(quota.currency()), backing, relation));
  }

  public Instance.Builder instance(String id) {
    Instance.Builder builder = instances.get(id);
    if (builder == null) {
      throw new IllegalArgumentException(
          "no instance " + id + " was given; known: " + instances.keySet());
    }
    return builder;
  }

  public void add(Instance instance) {
    account(instance.ownerUid());
    instances.put(instance.id(), instance.toBuilder());
  }

  /** An UNPAID renewal order for one month of {@code instanceId}, as AutoPay=false leaves one. */
  public void unpaidOrder(String uid, String instanceId) {
    Instance instance = instance(instanceId).build();
    Money amount =
        instance.monthlyPrice() != null ? instance.monthlyPrice() : Money.zero(Money.CNY);
    String orderId = String.valueOf(100_000_000_001L + orders.size());
    orders.add(
        new Order(
            orderId,
            uid,
            OrderType.RENEW,
            OrderStatus.UNPAID,
            now.minusSeconds(60),
            null,
            "given: unpaid renewal of " + instanceId,
            amount,
            List.of(new OrderLine(instanceId, 1, amount)),
            List.of(),
            null));
  }

  public void fault(Subsystem subsystem, String code, String detail) {
    faults.add(new SubsystemFault(null, subsystem, code, detail, null, null, null));
  }

  public BillingState state() {
    List<Account> accountList = new ArrayList<>();
    accounts.values().forEach(builder -> accountList.add(builder.build()));
    List<Instance> instanceList = new ArrayList<>();
    instances.values().forEach(builder -> instanceList.add(builder.build()));
    return new BillingState(now, accountList, instanceList, orders);
  }

  public List<SubsystemFault> faults() {
    return List.copyOf(faults);
  }
}
