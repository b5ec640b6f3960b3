package dev.billingsim.simulator.hardening;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.SimulatorWorld;
import dev.billingsim.simulator.admin.BillingAdminApi;
import dev.billingsim.simulator.faults.FaultRules;
import dev.billingsim.simulator.gateway.OfficialSigner;
import dev.billingsim.simulator.state.StateDocument;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The billing admin API's tasks, called in process exactly as WireMock calls them (a task, a serve
 * event holding WireMock's own request value, the path parameters), so a fuzzer can drive them
 * without a socket: fast, and no network for Jazzer's SSRF detector to object to.
 */
final class AdminRoutes {

  private final Map<String, AdminTask> tasks = new HashMap<>();

  /** The world the tasks change: the demo world, fault rules seeded with 1. */
  final SimulatorWorld world;

  AdminRoutes() {
    BillingState demo = StateDocument.demo();
    world =
        new SimulatorWorld(Billing.of(demo), demo, new FaultRules(Catalogue.standard(), 1L), null);
    new BillingAdminApi(world)
        .contributeAdminApiRoutes(
            new Router() {
              @Override
              public void add(RequestMethod method, String path, Class<? extends AdminTask> task) {
                throw new UnsupportedOperationException("the billing API registers task instances");
              }

              @Override
              public void add(RequestMethod method, String path, AdminTask task) {
                tasks.put(method.getName() + " " + path, task);
              }
            });
  }

  /**
   * Runs a route: {@code method} and {@code template} as registered (for example {@code POST} and
   * {@code /billing/faults/{id}}), the path parameters, and the body.
   */
  ResponseDefinition call(
      String method, String template, Map<String, String> pathParams, String body) {
    AdminTask task = tasks.get(method + " " + template);
    if (task == null) {
      throw new IllegalArgumentException(
          "no route " + method + " " + template + " in " + tasks.keySet());
    }
    PathParams params = new PathParams();
    String path = "/__admin" + template;
    for (Map.Entry<String, String> param : pathParams.entrySet()) {
      params.add(param.getKey(), param.getValue());
      path = path.replace("{" + param.getKey() + "}", OfficialSigner.encode(param.getValue()));
    }
    Request request =
        ImmutableRequest.create()
            .withAbsoluteUrl("http://127.0.0.1:8080" + path)
            .withMethod(RequestMethod.fromString(method))
            .withHeader("Content-Type", "application/json")
            .withBody(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8))
            .build();
    return task.execute(null, ServeEvent.of(request), params);
  }
}
