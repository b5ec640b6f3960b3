package dev.billingsim.simulator.hardening;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.billingsim.simulator.SimulatorWorld;
import dev.billingsim.simulator.admin.BillingAdminApi;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The billing admin API's tasks, called in process exactly as WireMock calls them (a task, a serve
 * event holding the request, the path parameters), so a fuzzer can drive them without a socket:
 * fast, and no network for Jazzer's SSRF detector to object to.
 */
final class AdminRoutes {

  private final Map<String, AdminTask> tasks = new HashMap<>();

  AdminRoutes(SimulatorWorld world) {
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
    pathParams.forEach(params::add);
    ServeEvent event = ServeEvent.of(request(method, "/__admin" + template, body));
    return task.execute(null, event, params);
  }

  private static Request request(String method, String path, String body) {
    byte[] bytes =
        body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpHeaders headers = new HttpHeaders(new HttpHeader("Content-Type", "application/json"));
    return (Request)
        Proxy.newProxyInstance(
            Request.class.getClassLoader(),
            new Class<?>[] {Request.class},
            (proxy, invoked, args) -> {
              switch (invoked.getName()) {
                case "getId":
                  return UUID.randomUUID();
                case "getScheme":
                  return "http";
                case "getHost":
                case "getClientIp":
                  return "127.0.0.1";
                case "getPort":
                  return 8080;
                case "getUrl":
                  return path;
                case "getAbsoluteUrl":
                  return "http://127.0.0.1:8080" + path;
                case "getMethod":
                  return RequestMethod.fromString(method);
                case "getHeaders":
                  return headers;
                case "getPathParameters":
                  return PathParams.empty();
                case "getCookies":
                case "formParameters":
                  return Map.of();
                case "isBrowserProxyRequest":
                  return false;
                case "getBody":
                  return bytes;
                case "getBodyAsString":
                  return body;
                case "getParts":
                  return (Collection<?>) List.of();
                case "getProtocol":
                  return "HTTP/1.1";
                case "hashCode":
                  return System.identityHashCode(proxy);
                case "equals":
                  return proxy == args[0];
                case "toString":
                  return method + " " + path;
                default:
                  throw new UnsupportedOperationException(invoked.getName());
              }
            });
  }
}
