package dev.billingsim.simulator.admin;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PUT;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
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

  /**
   * An admin answer is always JSON: an unexpected failure is reported, not thrown. Each route makes
   * its own anonymous subclass ({@code new Guarded(task) {}}) because WireMock finds a route's path
   * template by the task's class: routes sharing one class would share a template.
   */
  private abstract static class Guarded implements AdminTask {
    private final AdminTask task;

    Guarded(AdminTask task) {
      this.task = task;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent event, PathParams params) {
      try {
        return task.execute(admin, event, params);
      } catch (RuntimeException unexpected) {
        return AdminJson.failed(
            "the admin request failed: "
                + unexpected.getClass().getSimpleName()
                + (unexpected.getMessage() == null ? "" : ": " + unexpected.getMessage()));
      }
    }
  }
}
