package dev.billingsim.simulator.admin;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PUT;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import dev.billingsim.simulator.SimulatorWorld;

/**
 * The billing admin API (contract section 5), as a WireMock admin extension under {@code
 * /__admin/billing}: state, reset, clock, faults, catalogue and orders. Every task answers JSON; a
 * refused request gets 400 (404 for an unknown fault) with {@code {"error","problems"}}, and an
 * unexpected failure a 500 with the same shape, never a stack trace.
 */
public final class BillingAdminApi implements AdminApiExtension {

  private final SimulatorWorld world;

  public BillingAdminApi(SimulatorWorld world) {
    this.world = world;
  }

  @Override
  public String getName() {
    return "billing-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(GET, "/billing/state", new Guarded(StateTasks.get(world)) {});
    router.add(PUT, "/billing/state", new Guarded(StateTasks.put(world)) {});
    router.add(POST, "/billing/reset", new Guarded(StateTasks.reset(world)) {});
    router.add(GET, "/billing/clock", new Guarded(ClockTasks.now(world)) {});
    router.add(POST, "/billing/clock/advance", new Guarded(ClockTasks.advance(world)) {});
    router.add(POST, "/billing/faults", new Guarded(FaultTasks.add(world)) {});
    router.add(GET, "/billing/faults", new Guarded(FaultTasks.list(world)) {});
    router.add(DELETE, "/billing/faults", new Guarded(FaultTasks.clear(world)) {});
    router.add(DELETE, "/billing/faults/{id}", new Guarded(FaultTasks.remove(world)) {});
    router.add(
        GET, "/billing/catalogue", new Guarded(CatalogueTask.of(world.billing().catalogue())) {});
    router.add(GET, "/billing/orders", new Guarded(OrdersTasks.list(world)) {});
    router.add(POST, "/billing/orders/{id}/pay", new Guarded(OrdersTasks.pay(world)) {});
  }
}
