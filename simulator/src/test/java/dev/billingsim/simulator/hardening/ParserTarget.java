package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.billingsim.simulator.gateway.FlowControl;
import dev.billingsim.simulator.gateway.Gateway;
import dev.billingsim.simulator.gateway.GatewayError;
import dev.billingsim.simulator.gateway.GatewayErrors;
import dev.billingsim.simulator.gateway.GatewayOutcome;
import dev.billingsim.simulator.gateway.OfficialSigner;
import dev.billingsim.simulator.gateway.ParseOutcome;
import dev.billingsim.simulator.gateway.RpcParameter;
import dev.billingsim.simulator.gateway.RpcRequest;
import dev.billingsim.simulator.gateway.RpcRequestParser;
import dev.billingsim.simulator.gateway.SigningKey;
import dev.billingsim.simulator.gateway.VerifiedRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fuzz target "RPC parser": any request, read by {@link RpcRequestParser} and checked by the {@link
 * Gateway}, becomes either a 4xx protocol error or a request, never an exception. The parser and
 * gateway catch every exception and answer InvalidParameter "Request" or InternalError instead, so
 * seeing either of those is how a swallowed exception shows: both count as failures here. A request
 * that parses must also survive a round trip: its parameters, encoded canonically and parsed again,
 * are the same parameters.
 */
final class ParserTarget {

  static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

  private final GatewayErrors errors = GatewayErrors.load();
  private final RpcRequestParser parser = new RpcRequestParser(errors);
  private final String swallowed = errors.invalidParameter("Request").message();
  private final Gateway gateway =
      Gateway.create(
          errors,
          ak ->
              "fuzz-ak".equals(ak) || "demo-ak".equals(ak)
                  ? Optional.of(new SigningKey("fuzz-secret", true))
                  : Optional.empty(),
          Clock.fixed(NOW, ZoneOffset.UTC),
          FlowControl.off());

  void check(FuzzedDataProvider data) {
    check(RequestGrammar.request(data));
  }

  void check(RawRequest request) {
    ParseOutcome outcome =
        parser.parse(request.method(), request.target(), request.headerMap(), request.body());
    if (outcome instanceof GatewayError error) {
      requireProtocolError(error, request);
      return;
    }
    RpcRequest rpc = (RpcRequest) outcome;
    requireRoundTrip(rpc, request);
    GatewayOutcome checked = gateway.authenticate(rpc);
    if (checked instanceof GatewayError error) {
      requireProtocolError(error, request);
    } else if (!(checked instanceof VerifiedRequest)) {
      throw new AssertionError("the gateway answered neither an error nor a caller: " + checked);
    }
  }

  private void requireProtocolError(GatewayError error, RawRequest request) {
    if (error.httpStatus() < 400 || error.httpStatus() > 499) {
      throw new AssertionError(error + " for " + request);
    }
    if (error.code().equals("InternalError") || error.message().equals(swallowed)) {
      throw new AssertionError("an exception was swallowed into " + error + " for " + request);
    }
  }

  private void requireRoundTrip(RpcRequest rpc, RawRequest request) {
    List<RpcParameter> parameters = rpc.parameters().asList();
    String query =
        parameters.stream()
            .map(
                p -> OfficialSigner.encode(p.name()) + "=" + OfficialSigner.encode(p.value()) + "&")
            .collect(Collectors.joining("", "/?", ""));
    ParseOutcome again = parser.parse("GET", query, Map.of(), new byte[0]);
    if (!(again instanceof RpcRequest reparsed)
        || !reparsed.parameters().asList().equals(parameters)) {
      throw new AssertionError(
          String.format(
              "parameters %s of %s do not survive canonical encoding: %s",
              parameters, request, again));
    }
    for (RpcParameter parameter : parameters) {
      if (!StateImportTarget.isUtf8RoundTrip(parameter.name() + parameter.value())) {
        throw new AssertionError("a parameter is not valid Unicode: " + parameter);
      }
    }
  }
}
