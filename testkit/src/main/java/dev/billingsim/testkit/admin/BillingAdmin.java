package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.state.StateDocument;
import dev.billingsim.simulator.world.World;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A typed client of one simulator's admin API ({@code /__admin/billing}): its state, clock, faults,
 * orders and catalogue as Java values. It speaks HTTP only, so it drives a simulator in this JVM
 * and one started elsewhere alike:
 *
 * <pre>{@code
 * BillingAdmin admin = BillingAdmin.connect("http://127.0.0.1:8080").withToken("s3cret");
 * admin.load(World.empty().with(account("u1").cash("50.00")));
 * ClockMove month = admin.clock().advance(Period.ofMonths(1));
 * }</pre>
 *
 * <p>A refused request throws {@link AdminRequestRefused} with every problem the simulator listed.
 * Instances are immutable and thread-safe; each holds its own HTTP client.
 */
public final class BillingAdmin {

  /** How long one admin call may take (moving the clock over a large world takes a while). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final URI baseUrl;
  private final String token;
  private final Duration timeout;
  private final AdminHttp http;

  private BillingAdmin(URI baseUrl, String token, Duration timeout) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.token = token;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.http = new AdminHttp(baseUrl, token, timeout);
  }

  /** A client of the simulator at {@code baseUrl}, e.g. {@code http://127.0.0.1:8080}. */
  public static BillingAdmin connect(String baseUrl) {
    return connect(URI.create(baseUrl));
  }

  public static BillingAdmin connect(URI baseUrl) {
    return new BillingAdmin(baseUrl, null, DEFAULT_TIMEOUT);
  }

  /**
   * The same client sending {@code Authorization: Token <token>} (the simulator's --admin-token).
   */
  public BillingAdmin withToken(String adminToken) {
    return new BillingAdmin(baseUrl, adminToken, timeout);
  }

  public BillingAdmin withTimeout(Duration perCall) {
    return new BillingAdmin(baseUrl, token, perCall);
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** The whole world now, as the domain's state. */
  public BillingState state() {
    return read("GET /state", http.get("/state"));
  }

  /**
   * Replaces the whole world (its clock included) with {@code world}; {@link #reset} still goes
   * back to the state the simulator started with.
   *
   * @return the state as the simulator now holds it
   */
  public BillingState load(World world) {
    return load(world.toState());
  }

  public BillingState load(BillingState state) {
    return read("PUT /state", http.put("/state", StateDocument.toJson(state)));
  }

  /** Back to the state the simulator started with, with every fault removed. */
  public void reset() {
    http.post("/reset", null);
  }

  /** One account as it is now. */
  public Account account(String uid) {
    return state().accounts().stream()
        .filter(a -> a.uid().equals(uid))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no account " + uid));
  }

  /** One instance as it is now. */
  public Instance instance(String id) {
    return state().instances().stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no instance " + id));
  }

  /**
   * Every order (RENEW, NEW, REFUND; PAID, UNPAID, FAILED) with its lines and payments by source,
   * oldest first. Read from the state document, whose orders are those of {@code GET /orders} with
   * their amounts typed in the account's currency.
   */
  public List<Order> orders() {
    return state().orders();
  }

  /** The orders that cover {@code instanceId}, oldest first. */
  public List<Order> ordersOf(String instanceId) {
    return orders().stream().filter(order -> order.covers(instanceId)).toList();
  }

  /** Pays an UNPAID order as its owner would (ECS {@code AutoPay=false}). */
  public void payOrder(String orderId) {
    http.post("/orders/" + orderId + "/pay", null);
  }

  /** Every documented error with the state or fault that produces it. */
  public List<CatalogueRow> catalogue() {
    JsonNode entries = http.get("/catalogue").path("entries");
    try {
      return List.of(AdminHttp.JSON.treeToValue(entries, CatalogueRow[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("GET /catalogue answered rows this kit cannot read", e);
    }
  }

  private static BillingState read(String request, JsonNode document) {
    StateDocument.Parsed parsed = StateDocument.fromTree(document);
    if (!parsed.isValid()) {
      throw new IllegalStateException(
          request + " answered a document this kit cannot read: " + parsed.problems());
    }
    return parsed.state();
  }

  public AdminClock clock() {
    return new AdminClock(http);
  }

  public AdminFaults faults() {
    return new AdminFaults(http);
  }
}
