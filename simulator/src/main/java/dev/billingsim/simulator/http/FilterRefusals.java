package dev.billingsim.simulator.http;

import dev.billingsim.simulator.gateway.ErrorBody;
import dev.billingsim.simulator.gateway.ErrorResponse;
import dev.billingsim.simulator.gateway.GatewayErrors;
import dev.billingsim.simulator.gateway.JsonResponses;
import dev.billingsim.simulator.gateway.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers the servlet filters write themselves, for requests WireMock must never see: the gateway's
 * own error, rendered as the RPC path renders it.
 */
final class FilterRefusals {

  private final GatewayErrors errors;
  private final ErrorBody errorBody = new ErrorBody(RequestIds.random());

  FilterRefusals(GatewayErrors errors) {
    this.errors = errors;
  }

  /** Answers with the gateway's InvalidParameter error about {@code parameter}. */
  void sendInvalidParameter(
      String parameter, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ErrorResponse error =
        errorBody.render(errors.invalidParameter(parameter), "", request.getHeader("Host"));
    send(response, error.httpStatus(), error.body().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes this status and JSON body. */
  static void send(HttpServletResponse response, int status, byte[] json) throws IOException {
    response.setStatus(status);
    response.setContentType(JsonResponses.CONTENT_TYPE);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }
}
