package dev.billingsim.simulator.http;

import dev.billingsim.simulator.gateway.ErrorBody;
import dev.billingsim.simulator.gateway.ErrorResponse;
import dev.billingsim.simulator.gateway.JsonResponses;
import dev.billingsim.simulator.gateway.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers by itself (a request line it cannot parse, a path above the root, an
 * exception below WireMock) in Alibaba Cloud's JSON error shape instead of an HTML page with a
 * stack trace. The status stays Jetty's; nothing of the exception is shown.
 */
final class JsonErrorHandler extends ErrorHandler {

  private final ErrorBody errors = new ErrorBody(RequestIds.random());

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, JsonResponses.CONTENT_TYPE);
    return ByteBuffer.wrap(render(status, "").body().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    byte[] body = render(code, request.getHeader("Host")).body().getBytes(StandardCharsets.UTF_8);
    FilterRefusals.send(response, code, body);
  }

  private ErrorResponse render(int status, String host) {
    if (status >= 500) {
      return errors.render(
          "InternalError",
          status,
          "The request processing has failed due to some unknown error.",
          "",
          host);
    }
    if (status == 404) {
      return errors.render(
          "InvalidAction.NotFound",
          404,
          "Specified api is not found, please check your url and method.",
          "",
          host);
    }
    return errors.render("InvalidParameter", status, "The request could not be read.", "", host);
  }
}
