package dev.billingsim.simulator.admin;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PUT;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import dev.billingsim.simulator.SimulatorWorld;

/**
 * The billing admin API (contract section 5), as a WireMock admin extension under {@code
 * /__admin/billing}: state, reset, clock, faults, catalogue and orders. Every task answers JSON;
 * a refused request gets 400 (404 for an unknown fault) with {@code {"error","problems"}}, and
 * an unexpected failure a 500 with the same shape, never a stack trace.
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
    router.add(GET, "/billing/state", guarded(StateTasks.get(world)));
    router.add(PUT, "/billing/state", guarded(StateTasks.put(world)));
    router.add(POST, "/billing/reset", guarded(StateTasks.reset(world)));
    router.add(GET, "/billing/clock", guarded(ClockTasks.now(world)));
    router.add(POST, "/billing/clock/advance", guarded(ClockTasks.advance(world)));
    router.add(POST, "/billing/faults", guarded(FaultTasks.add(world)));
    router.add(GET, "/billing/faults", guarded(FaultTasks.list(world)));
    router.add(DELETE, "/billing/faults", guarded(FaultTasks.clear(world)));
    router.add(DELETE, "/billing/faults/{id}", guarded(FaultTasks.remove(world)));
    router.add(GET, "/billing/catalogue", guarded(CatalogueTask.of(world.billing().catalogue())));
    router.add(GET, "/billing/orders", guarded(OrdersTasks.list(world)));
    router.add(POST, "/billing/orders/{id}/pay", guarded(OrdersTasks.pay(world)));
  }

  /** An admin answer is always JSON: an unexpected failure is reported, not thrown. */
  private static AdminTask guarded(AdminTask task) {
    return (admin, event, params) -> {
      try {
        return task.execute(admin, event, params);
      } catch (RuntimeException unexpected) {
        return AdminJson.failed("the admin request failed: " + unexpected.getClass().getSimpleName()
            + (unexpected.getMessage() == null ? "" : ": " + unexpected.getMessage()));
      }
    };
  }
}
