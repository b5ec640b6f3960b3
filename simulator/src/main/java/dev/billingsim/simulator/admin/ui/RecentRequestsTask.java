package dev.billingsim.simulator.admin.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.admin.AdminJson;
import dev.billingsim.simulator.gateway.GatewayErrors;
import dev.billingsim.simulator.gateway.RpcParameters;
import dev.billingsim.simulator.gateway.RpcRequest;
import dev.billingsim.simulator.gateway.RpcRequestParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /__admin/billing/requests?limit=N}: the journal's last N requests (default 50, at most
 * 1000), newest first, read as RPC calls: {@code {"journal": true, "requests": [{"at", "method",
 * "path", "action", "accessKeyId", "instanceId", "status", "code", "latencyMs"}]}}. With {@code
 * --journal 0} it answers {@code {"journal": false, "requests": []}}. Each request is read by the
 * gateway's own parser, so action and key are what the simulator saw.
 */
final class RecentRequestsTask implements AdminTask {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1000;

  private final RpcRequestParser parser;

  RecentRequestsTask(GatewayErrors gatewayErrors) {
    this.parser = new RpcRequestParser(gatewayErrors);
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent event, PathParams params) {
    QueryParameter given = event.getRequest().queryParameter("limit");
    Integer limit =
        Bodies.positive(given.isPresent() ? given.firstValue() : null, DEFAULT_LIMIT, MAX_LIMIT);
    if (limit == null) {
      return AdminJson.refused(
          400,
          "cannot read limit",
          List.of("limit: must be a whole number from 1 to " + MAX_LIMIT));
    }
    if (admin.getOptions().requestJournalDisabled()) {
      return AdminJson.ok(Map.of("journal", false, "requests", List.of()));
    }
    List<Map<String, Object>> requests =
        admin.getServeEvents().getServeEvents().stream().limit(limit).map(this::summary).toList();
    return AdminJson.ok(Map.of("journal", true, "requests", requests));
  }

  private Map<String, Object> summary(ServeEvent served) {
    LoggedRequest request = served.getRequest();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(
        "at",
        request.getLoggedDate() == null ? null : request.getLoggedDate().toInstant().toString());
    json.put("method", request.getMethod().getName());
    String url = request.getUrl();
    json.put("path", url == null ? "" : url.split("\\?", 2)[0]);
    RpcRequest rpc = parser.parse(request) instanceof RpcRequest parsed ? parsed : null;
    RpcParameters parameters = rpc == null ? RpcParameters.of() : rpc.parameters();
    String instanceId = parameters.firstOrNull("InstanceId");
    json.put("action", rpc == null ? null : rpc.action());
    json.put("accessKeyId", rpc == null ? null : rpc.accessKeyId());
    json.put(
        "instanceId",
        instanceId != null ? instanceId : parameters.firstOrNull("PrivatePoolOptions.Id.1"));
    LoggedResponse response = served.getResponse();
    Integer status = response == null ? null : response.getStatus();
    json.put("status", status);
    json.put("code", code(served, response));
    json.put("latencyMs", served.getTiming() == null ? null : served.getTiming().getTotalTime());
    return json;
  }

  /** OK for a 200, the network fault, the error body's Code, or null while still answering. */
  private static String code(ServeEvent served, LoggedResponse response) {
    ResponseDefinition definition = served.getResponseDefinition();
    if (definition != null && definition.getFault() != null) {
      return definition.getFault().name();
    }
    if (response == null) {
      return null;
    }
    if (response.getStatus() == 200) {
      return "OK";
    }
    try {
      JsonNode body = AdminJson.MAPPER.readTree(response.getBodyAsString());
      return body != null && body.hasNonNull("Code") ? body.get("Code").asText() : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }
}
