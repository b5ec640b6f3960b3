package dev.billingsim.simulator.http;

import dev.billingsim.simulator.gateway.ErrorBody;
import dev.billingsim.simulator.gateway.JsonResponses;
import dev.billingsim.simulator.gateway.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers the servlet filters write themselves, for requests WireMock must never see: the same
 * JSON, status and content type the RPC gateway would give.
 */
final class FilterRefusals {

  private final ErrorBody errors = new ErrorBody(RequestIds.random());

  /** Alibaba Cloud's InvalidParameter error about {@code parameter}, as JSON bytes. */
  byte[] invalidParameter(String parameter, HttpServletRequest request) {
    return errors
        .render(
            "InvalidParameter",
            400,
            "The specified parameter \"" + parameter + "\" is not valid.",
            "",
            request.getHeader("Host"))
        .body()
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Writes a 400 with this JSON body. */
  static void send(HttpServletResponse response, byte[] json) throws IOException {
    response.setStatus(400);
    response.setContentType(JsonResponses.CONTENT_TYPE);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }
}
