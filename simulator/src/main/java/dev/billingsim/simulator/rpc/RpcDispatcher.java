package dev.billingsim.simulator.rpc;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.billingsim.domain.account.Credentials;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.catalogue.CatalogueEntry;
import dev.billingsim.simulator.faults.FaultRule;
import dev.billingsim.simulator.faults.FaultRules;
import dev.billingsim.simulator.gateway.Caller;
import dev.billingsim.simulator.gateway.ErrorBody;
import dev.billingsim.simulator.gateway.ErrorResponse;
import dev.billingsim.simulator.gateway.Gateway;
import dev.billingsim.simulator.gateway.GatewayError;
import dev.billingsim.simulator.gateway.GatewayErrors;
import dev.billingsim.simulator.gateway.GatewayOutcome;
import dev.billingsim.simulator.gateway.JsonResponses;
import dev.billingsim.simulator.gateway.ParseOutcome;
import dev.billingsim.simulator.gateway.RpcRequest;
import dev.billingsim.simulator.gateway.RpcRequestParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The simulator's one WireMock extension on the RPC path: the catch-all stub's response comes from
 * here. It parses the request, routes it by (Version, Action), runs the gateway checks, applies any
 * admin fault rule, calls the action (which calls the domain) and renders the answer as Alibaba
 * Cloud does. It never lets an exception out: an unexpected one is InternalError 500, and since the
 * domain applies a change only after every check, nothing has changed.
 */
public final class RpcDispatcher implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "billing-rpc";

  private final Billing billing;
  private final RpcRouter router;
  private final RpcRequestParser parser;
  private final Gateway gateway;
  private final GatewayErrors gatewayErrors;
  private final ErrorBody errorBody;
  private final Supplier<String> requestIds;
  private final FaultRules faultRules;
  private final AnswerObserver observer;

  public RpcDispatcher(
      Billing billing,
      RpcRouter router,
      Gateway gateway,
      GatewayErrors gatewayErrors,
      Supplier<String> requestIds,
      FaultRules faultRules) {
    this(billing, router, gateway, gatewayErrors, requestIds, faultRules, AnswerObserver.NONE);
  }

  /** A dispatcher that tells {@code observer} of every answer (the metrics). */
  public RpcDispatcher(
      Billing billing,
      RpcRouter router,
      Gateway gateway,
      GatewayErrors gatewayErrors,
      Supplier<String> requestIds,
      FaultRules faultRules,
      AnswerObserver observer) {
    this.billing = billing;
    this.router = router;
    this.parser = new RpcRequestParser(gatewayErrors);
    this.gateway = gateway;
    this.gatewayErrors = gatewayErrors;
    this.requestIds = requestIds;
    this.errorBody = new ErrorBody(requestIds);
    this.faultRules = faultRules;
    this.observer = observer;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    long started = System.nanoTime();
    ResponseDefinition answer = answer(serveEvent);
    observer.answered(serveEvent.getRequest(), answer, started);
    return answer;
  }

  private ResponseDefinition answer(ServeEvent serveEvent) {
    // The Host header goes only into error bodies: it is read when one is rendered.
    Request request = serveEvent.getRequest();
    String productName = "";
    try {
      ParseOutcome parsed = parser.parse(request);
      if (parsed instanceof GatewayError error) {
        return render(error, productName, request);
      }
      RpcRequest rpc = (RpcRequest) parsed;
      Product product = router.product(rpc.version());
      productName = product == null ? "" : product.name();
      RpcAction action = router.action(rpc.version(), rpc.action());
      if (action == null
          && rpc.path().equals("/")
          && rpc.action() != null
          && rpc.version() != null) {
        return render(gatewayErrors.actionNotFound(), productName, request);
      }
      GatewayOutcome outcome = gateway.authenticate(rpc);
      if (outcome instanceof GatewayError error) {
        return render(error, productName, request);
      }
      Caller caller = (Caller) outcome;
      if (action == null) {
        return render(gatewayErrors.actionNotFound(), productName, request);
      }
      return dispatch(rpc, caller, action, product, request);
    } catch (RuntimeException unexpected) {
      return render(gatewayErrors.internalError(), productName, request);
    }
  }

  private ResponseDefinition dispatch(
      RpcRequest rpc, Caller caller, RpcAction action, Product product, Request request) {
    Optional<Credentials> credentials = billing.credentials(caller.accessKeyId());
    if (credentials.isEmpty()) {
      // The key vanished between the signature check and now (a state PUT): answer as unknown.
      return render(gatewayErrors.get("InvalidAccessKeyId.NotFound"), product.name(), request);
    }
    Map<String, String> params = caller.firstValues();
    for (String required : action.required()) {
      String value = params.get(required);
      if (value == null || value.isEmpty()) {
        return render(gatewayErrors.missingParameter(required), product.name(), request);
      }
    }
    dev.billingsim.domain.account.Caller domainCaller = credentials.get().caller();
    if (!action.billingCommand() && !ramAllows(domainCaller, action.name())) {
      return render(gatewayErrors.forbiddenRam(), product.name(), request);
    }
    long delayMs = 0;
    Optional<FaultRule> fired =
        faultRules.isEmpty()
            ? Optional.empty()
            : faultRules.match(action.name(), caller.accessKeyId(), instanceIds(params));
    if (fired.isPresent()) {
      FaultRule rule = fired.get();
      delayMs = rule.delayMs();
      if (rule.fault() != null) {
        return ResponseDefinitionBuilder.responseDefinition()
            .withFault(Fault.valueOf(rule.fault()))
            .withFixedDelay((int) delayMs)
            .build();
      }
      if (rule.error() != null) {
        return delayed(
            renderError(faultError(rule.error(), product, params), product.name(), request),
            delayMs);
      }
    }
    RpcCall call =
        new RpcCall(
            requestIds.get(), action.name(), domainCaller, params, billing, hostOf(request));
    Answer answer = action.handle(call);
    return delayed(render(answer, product.name(), request), delayMs);
  }

  private boolean ramAllows(dev.billingsim.domain.account.Caller caller, String action) {
    return caller.ramUser() == null
        || billing.account(caller.uid()).map(a -> a.allows(caller, action)).orElse(false);
  }

  /** A fault rule's error, as the catalogue row of this product (or the global one) gives it. */
  private BillingError faultError(String code, Product product, Map<String, String> params) {
    Api api = product.version().equals("2014-05-26") ? Api.ECS : Api.ENS;
    Catalogue catalogue = billing.catalogue();
    List<String> ids = instanceIds(params);
    String detail = ids.isEmpty() ? "" : ids.get(0);
    Optional<CatalogueEntry> entry = catalogue.find(api, code, false);
    return entry.isPresent()
        ? catalogue.error(api, code, detail)
        : catalogue.error(Api.ECS, code, detail);
  }

  private ResponseDefinition render(Answer answer, String product, Request request) {
    if (answer instanceof Answer.Success success) {
      return JsonResponses.of(200, JsonResponses.json(success.body()));
    } else if (answer instanceof Answer.Refused refused) {
      return renderError(refused.error(), product, request);
    }
    throw new IllegalStateException("unknown answer " + answer);
  }

  private ResponseDefinition renderError(BillingError error, String product, Request request) {
    ErrorResponse response =
        errorBody.render(
            error.code(), error.httpStatus(), error.message(), product, hostOf(request));
    return response.toResponseDefinition();
  }

  private ResponseDefinition render(GatewayError error, String product, Request request) {
    return errorBody.render(error, product, hostOf(request)).toResponseDefinition();
  }

  private static ResponseDefinition delayed(ResponseDefinition response, long delayMs) {
    if (delayMs <= 0) {
      return response;
    }
    return ResponseDefinitionBuilder.like(response).withFixedDelay((int) delayMs).build();
  }

  /**
   * The Host header as the client sent it ({@code 127.0.0.1:<port>}), reported as HostId (and as
   * BSS HostName).
   */
  private static String hostOf(Request request) {
    String header = request.getHeader("Host");
    return header != null ? header : request.getHost();
  }

  /** The instances a call names, for fault-rule selectors. */
  static List<String> instanceIds(Map<String, String> params) {
    List<String> ids = new ArrayList<>(2);
    String ens = params.get("InstanceId");
    if (ens != null) {
      ids.add(ens);
    }
    for (Map.Entry<String, String> entry : params.entrySet()) {
      if (entry.getKey().startsWith("PrivatePoolOptions.Id.")) {
        ids.add(entry.getValue());
      }
    }
    return ids;
  }
}
