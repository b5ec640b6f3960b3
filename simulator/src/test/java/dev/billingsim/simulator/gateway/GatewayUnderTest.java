package dev.billingsim.simulator.gateway;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only WireMock extension: runs the gateway on every request and answers {@code {"RequestId"}}
 * when it accepts, or the Alibaba error body when it refuses. Stands in for the real dispatcher.
 */
final class GatewayUnderTest implements ResponseDefinitionTransformerV2 {

  private final GatewayErrors errors = GatewayErrors.load();
  private final RpcRequestParser parser = new RpcRequestParser(errors);
  private final ErrorBody errorBody = new ErrorBody(RequestIds.seeded(7));
  private final AtomicReference<Gateway> gateway = new AtomicReference<>();
  private final AtomicInteger internalErrorsToAnswer = new AtomicInteger();
  final List<VerifiedRequest> accepted = new CopyOnWriteArrayList<>();
  final List<String> nonces = new CopyOnWriteArrayList<>();

  GatewayErrors errors() {
    return errors;
  }

  void use(Gateway next) {
    gateway.set(next);
    accepted.clear();
    nonces.clear();
    internalErrorsToAnswer.set(0);
  }

  /** The next {@code count} accepted requests are answered InternalError instead. */
  void answerInternalError(int count) {
    internalErrorsToAnswer.set(count);
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    ParseOutcome parsed = parser.parse(serveEvent.getRequest());
    GatewayOutcome outcome =
        parsed instanceof RpcRequest request
            ? gateway.get().authenticate(request)
            : (GatewayError) parsed;
    String host = serveEvent.getRequest().getHeader("Host");
    if (parsed instanceof RpcRequest request) {
      String nonce = request.parameters().firstOrNull("SignatureNonce");
      nonces.add(
          nonce != null
              ? nonce
              : String.valueOf(request.headers().firstOrNull("x-acs-signature-nonce")));
    }
    if (outcome instanceof VerifiedRequest caller) {
      if (internalErrorsToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return errorBody.render(errors.internalError(), "Ens", host).toResponseDefinition();
      }
      accepted.add(caller);
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(200)
          .withHeader("Content-Type", JsonResponses.CONTENT_TYPE)
          .withBody("{\"RequestId\":\"" + RequestIds.random().next() + "\"}")
          .build();
    } else if (outcome instanceof GatewayError error) {
      return errorBody.render(error, "Ens", host).toResponseDefinition();
    } else {
      throw new IllegalStateException("Unexpected outcome " + outcome);
    }
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public String getName() {
    return "gateway-under-test";
  }
}
