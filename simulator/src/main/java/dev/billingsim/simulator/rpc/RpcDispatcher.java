package dev.billingsim.simulator.rpc;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.billingsim.domain.account.AccessGrant;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.simulator.faults.FaultRule;
import dev.billingsim.simulator.faults.FaultRules;
import dev.billingsim.simulator.gateway.ErrorBody;
import dev.billingsim.simulator.gateway.Gateway;
import dev.billingsim.simulator.gateway.GatewayError;
import dev.billingsim.simulator.gateway.GatewayErrors;
import dev.billingsim.simulator.gateway.GatewayOutcome;
import dev.billingsim.simulator.gateway.JsonResponses;
import dev.billingsim.simulator.gateway.ParseOutcome;
import dev.billingsim.simulator.gateway.RpcHeaders;
import dev.billingsim.simulator.gateway.RpcRequest;
import dev.billingsim.simulator.gateway.RpcRequestParser;
import dev.billingsim.simulator.gateway.VerifiedRequest;
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

  /** A dispatcher that tells {@code observer} of every answer (the metrics; {@code NONE}: none). */
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
    Request request = serveEvent.getRequest();
    return answer(() -> parser.parse(request), () -> hostOf(request), true);
  }

  /**
   * The answer to one RPC request read straight from the servlet, for the direct path ({@code
   * DirectRpcFilter}). No fault rule is consulted: the direct path takes a request only while none
   * is armed, and a rule added while it runs counts as added after it.
   *
   * @param url path and query, as WireMock's {@code Request.getUrl()} gives them
   * @param headers the request's headers, read in place
   * @param host the Host header, or the server's name without one (HTTP/2), as {@link #hostOf}
   */
  public ResponseDefinition answer(
      String method, String url, RpcHeaders headers, byte[] body, String host) {
    return answer(() -> parser.parse(method, url, headers, body), () -> host, false);
  }

  /** Answers a request and tells the observer (the metrics), on either path, exactly once. */
  private ResponseDefinition answer(
      Supplier<ParseOutcome> parse, Supplier<String> host, boolean faultRulesApply) {
    long started = System.nanoTime();
    ParseOutcome parsed;
    try {
      parsed = parse.get();
    } catch (RuntimeException unexpected) {
      parsed = gatewayErrors.internalError(); // the rest is guarded in answer(parsed, ...)
    }
    ResponseDefinition answer = answer(parsed, host, faultRulesApply);
    observer.answered(parsed instanceof RpcRequest rpc ? rpc.action() : null, answer, started);
    return answer;
  }

  private ResponseDefinition answer(
      ParseOutcome parsed, Supplier<String> host, boolean faultRulesApply) {
    // The Host header goes only into error bodies: it is read when one is rendered.
    String productName = "";
    try {
      if (parsed instanceof GatewayError error) {
        return render(error, productName, host);
      }
      RpcRequest rpc = (RpcRequest) parsed;
      ProductApi product = router.product(rpc.version());
      productName = product == null ? "" : product.name();
      RpcAction action = router.action(rpc.version(), rpc.action());
      if (action == null
          && rpc.path().equals("/")
          && rpc.action() != null
          && rpc.version() != null) {
        return render(gatewayErrors.actionNotFound(), productName, host);
      }
      GatewayOutcome outcome = gateway.authenticate(rpc);
      if (outcome instanceof GatewayError error) {
        return render(error, productName, host);
      }
      VerifiedRequest caller = (VerifiedRequest) outcome;
      if (action == null) {
        return render(gatewayErrors.actionNotFound(), productName, host);
      }
      return dispatch(rpc, caller, action, product, host, faultRulesApply);
    } catch (RuntimeException unexpected) {
      return render(gatewayErrors.internalError(), productName, host);
    }
  }

  private ResponseDefinition dispatch(
      RpcRequest rpc,
      VerifiedRequest caller,
      RpcAction action,
      ProductApi product,
      Supplier<String> host,
      boolean faultRulesApply) {
    Optional<AccessGrant> credentials = billing.credentials(caller.accessKeyId());
    if (credentials.isEmpty()) {
      // The key vanished between the signature check and now (a state PUT): answer as unknown.
      return render(gatewayErrors.get("InvalidAccessKeyId.NotFound"), product.name(), host);
    }
    Map<String, String> params = caller.firstValues();
    for (String required : action.required()) {
      String value = params.get(required);
      if (value == null || value.isEmpty()) {
        return render(gatewayErrors.missingParameter(required), product.name(), host);
      }
    }
    Caller domainCaller = credentials.get().caller();
    if (!action.billingCommand() && !ramAllows(domainCaller, action.name())) {
      return render(gatewayErrors.forbiddenRam(), product.name(), host);
    }
    long delayMs = 0;
    Optional<FaultRule> fired =
        !faultRulesApply || faultRules.isEmpty()
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
            renderError(faultError(rule.error(), product, params), product.name(), host), delayMs);
      }
    }
    RpcCall call =
        new RpcCall(requestIds.get(), action.name(), domainCaller, params, billing, host.get());
    Answer answer = action.handle(call);
    return delayed(render(answer, product.name(), host), delayMs);
  }

  private boolean ramAllows(Caller caller, String action) {
    return caller.ramUser() == null
        || billing.account(caller.uid()).map(a -> a.allows(caller, action)).orElse(false);
  }

  /** A fault rule's error, as the catalogue row of this product (or the global one) gives it. */
  private BillingError faultError(String code, ProductApi product, Map<String, String> params) {
    Api api = product.version().equals("2014-05-26") ? Api.ECS : Api.ENS;
    Catalogue catalogue = billing.catalogue();
    List<String> ids = instanceIds(params);
    String detail = ids.isEmpty() ? "" : ids.get(0);
    return catalogue.error(
        catalogue.find(api, code, false).isPresent() ? api : Api.ECS, code, detail);
  }

  private ResponseDefinition render(Answer answer, String product, Supplier<String> host) {
    if (answer instanceof Answer.Success success) {
      return JsonResponses.of(200, JsonResponses.json(success.body()));
    } else if (answer instanceof Answer.Refused refused) {
      return renderError(refused.error(), product, host);
    }
    throw new IllegalStateException("unknown answer " + answer);
  }

  private ResponseDefinition renderError(
      BillingError error, String product, Supplier<String> host) {
    return errorBody
        .render(error.code(), error.httpStatus(), error.message(), product, host.get())
        .toResponseDefinition();
  }

  private ResponseDefinition render(GatewayError error, String product, Supplier<String> host) {
    return errorBody.render(error, product, host.get()).toResponseDefinition();
  }

  private static ResponseDefinition delayed(ResponseDefinition response, long delayMs) {
    return delayMs <= 0
        ? response
        : ResponseDefinitionBuilder.like(response).withFixedDelay((int) delayMs).build();
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
