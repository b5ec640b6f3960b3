package dev.billingsim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.account.CustodyRelation;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.account.ResellerCustody;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.CreateInstances;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.renewal.AutoRenewal;
import dev.billingsim.domain.renewal.ClientToken;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.RenewalReceipt;
import dev.billingsim.domain.renewal.Term;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.domain.subsystem.SubsystemFault;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small billing world for tests: account {@code u1} (key ak1) with 10000.00 CNY, its ENS instance
 * {@code aic-1} (100.00 a month) and ECS assurances {@code eap-1}, {@code eap-2} (300.00 a month),
 * all running and due in ten days; and another account {@code u2} with {@code aic-other} and {@code
 * eap-other}. Change any of it before {@link #billing()}.
 */
public final class Fixture {

  public static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
  public static final Caller U1 = Caller.of("u1");

  public Account.Builder account =
      Account.builder("u1").accessKey("ak1", "sk1").cash(Money.of("10000.00"));
  public final Map<String, Instance.Builder> instances = new LinkedHashMap<>();
  public final List<Order> orders = new ArrayList<>();
  public final List<SubsystemFault> faults = new ArrayList<>();
  private Billing billing;

  public Fixture() {
    instance("aic-1", Product.ENS, "u1", "100.00");
    instance("eap-1", Product.ECS, "u1", "300.00");
    instance("eap-2", Product.ECS, "u1", "300.00");
    instance("aic-other", Product.ENS, "u2", "100.00");
    instance("eap-other", Product.ECS, "u2", "300.00");
  }

  public Instance.Builder instance(String id, Product product, String owner, String monthly) {
    Instance.Builder builder =
        Instance.builder(id, product, owner)
            .expiresAt(NOW.plus(Duration.ofDays(10)))
            .monthlyPrice(Money.of(monthly));
    instances.put(id, builder);
    return builder;
  }

  public Instance.Builder instance(String id) {
    return instances.get(id);
  }

  public Fixture fault(String subsystem, String code) {
    return fault(subsystem, code, null);
  }

  /** A fault in {@code subsystem} with {@code code} and (for a detail row) {@code message}. */
  public Fixture fault(String subsystem, String code, String message) {
    faults.add(
        new SubsystemFault(null, Subsystem.fromCode(subsystem), code, message, null, null, null));
    return this;
  }

  public Fixture coupon(String id, String amount, Instant expiresAt) {
    account.coupon(Coupon.of(id, Money.of(amount), expiresAt));
    return this;
  }

  public Fixture card(String id, String balance) {
    account.storedValueCard(
        new StoredValueCard(id, Money.of(balance), NOW.plus(Duration.ofDays(60))));
    return this;
  }

  public Fixture custody(String quota, String partnerBalance, CustodyRelation relation) {
    account.custody(
        new ResellerCustody(
            "partner-1", Money.of(quota), Money.of("0.00"), Money.of(partnerBalance), relation));
    return this;
  }

  public Fixture ramUser(String name, Set<String> actions, Set<String> instanceIds) {
    account.ramUser(
        new RamUser(name, List.of(AccessKey.of("ak-" + name, "sk-" + name)), actions, instanceIds));
    return this;
  }

  public Fixture unpaidOrderFor(String instanceId) {
    orders.add(
        new Order(
            "100000000001",
            "u1",
            OrderType.RENEW,
            OrderStatus.UNPAID,
            NOW.minusSeconds(60),
            null,
            "earlier",
            Money.of("100.00"),
            List.of(new OrderLine(instanceId, 1, Money.of("100.00"))),
            List.of(),
            null,
            null,
            null));
    return this;
  }

  public BillingState state() {
    List<Instance> list = instances.values().stream().map(Instance.Builder::build).toList();
    Account other =
        Account.builder("u2").accessKey("ak2", "sk2").cash(Money.of("10000.00")).build();
    return new BillingState(NOW, List.of(account.build(), other), list, orders);
  }

  /** The world, built once from what was set up, with the faults injected. */
  public Billing billing() {
    if (billing == null) {
      billing = Billing.of(state());
      for (SubsystemFault fault : faults) {
        assertThat(billing.faults().inject(fault)).as("injecting %s", fault).isEmpty();
      }
    }
    return billing;
  }

  /** u1's account as the world holds it now. */
  public Account u1() {
    return billing().account("u1").orElseThrow();
  }

  /** The instance as the world holds it now. */
  public Instance current(String id) {
    return billing().instance(id.endsWith("-other") ? "u2" : "u1", id).orElseThrow();
  }

  // ---- calls, as the simulator makes them once it has read the request ----

  public Result<RenewalReceipt> renew(RenewInstances cmd) {
    return billing().renew(cmd);
  }

  /** u1 renews aic-1 for a month. */
  public Result<RenewalReceipt> ens() {
    return ensAs(U1);
  }

  public Result<RenewalReceipt> ensAs(Caller caller) {
    return renew(RenewInstances.of(caller, Product.ENS, "aic-1", 1));
  }

  /** u1 renews eap-1 for a year (ECS's default unit), paid at once. */
  public Result<RenewalReceipt> ecs() {
    return renew(ecsRenewal("eap-1"));
  }

  public static RenewInstances ensRenewal(String id, Term term, AutoRenewal autoRenewal) {
    return new RenewInstances(U1, Product.ENS, List.of(id), term, true, autoRenewal, null, null);
  }

  public static RenewInstances ecsRenewal(String... ids) {
    return ecsRenewal(true, null, null, null, ids);
  }

  /** An ECS renewal by u1 for a year. */
  public static RenewInstances ecsRenewal(
      boolean autoPay,
      AutoRenewal autoRenewal,
      ClientToken token,
      String resourceOwnerAccount,
      String... ids) {
    return new RenewInstances(
        U1,
        Product.ECS,
        List.of(ids.length == 0 ? new String[] {"eap-1"} : ids),
        Term.ofYears(1),
        autoPay,
        autoRenewal,
        token,
        resourceOwnerAccount);
  }

  public Result<?> release(String instanceId) {
    return billing().release(U1, instanceId);
  }

  public Result<?> create(Product product, String instanceType, int count) {
    var cmd =
        new CreateInstances(
            U1, product, instanceType, count, Term.ofMonths(1), null, "cn-hangzhou");
    return billing().create(cmd);
  }
}
