package dev.billingsim.simulator.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders any error, the gateway's or an action's, as Alibaba Cloud does: {@code
 * {"RequestId","HostId","Code","Message","Recommend"}}, where Recommend is {@code
 * https://api.aliyun.com/troubleshoot?q=<Code>&product=<Product>&requestId=<RequestId>}, written by
 * the writer of every answer ({@link JsonResponses#json}). Thread-safe.
 */
public final class ErrorBody {

  private static final String TROUBLESHOOT = "https://api.aliyun.com/troubleshoot?q=";

  private final Supplier<String> requestIds;

  /**
   * @param requestIds source of RequestIds, for example {@link RequestIds#seeded(long)}
   */
  public ErrorBody(Supplier<String> requestIds) {
    this.requestIds = requestIds;
  }

  /** Renders a gateway error. */
  public ErrorResponse render(GatewayError error, String product, String host) {
    return render(error.code(), error.httpStatus(), error.message(), product, host);
  }

  /**
   * Renders an error.
   *
   * @param product product name for Recommend, for example {@code Ecs}; may be empty
   * @param host the Host the client called, reported as HostId
   */
  public ErrorResponse render(
      String code, int httpStatus, String message, String product, String host) {
    String requestId = requestIds.get();
    Map<String, String> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    body.put("HostId", host == null ? "" : host);
    body.put("Code", code);
    body.put("Message", message);
    body.put("Recommend", recommend(code, product, requestId));
    return new ErrorResponse(httpStatus, requestId, JsonResponses.json(body));
  }

  static String recommend(String code, String product, String requestId) {
    return TROUBLESHOOT
        + PercentEncoding.encode(code)
        + "&product="
        + PercentEncoding.encode(product == null ? "" : product)
        + "&requestId="
        + PercentEncoding.encode(requestId);
  }
}
