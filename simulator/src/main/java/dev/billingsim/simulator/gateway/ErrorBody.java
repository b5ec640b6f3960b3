package dev.billingsim.simulator.gateway;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Renders any error, the gateway's or an action's, as Alibaba Cloud does: {@code
 * {"RequestId","HostId","Code","Message","Recommend"}}, where Recommend is {@code
 * https://api.aliyun.com/troubleshoot?q=<Code>&product=<Product>&requestId=<RequestId>}. The JSON
 * is written by Jackson, so any message text is escaped correctly. Thread-safe.
 */
public final class ErrorBody {

  private static final String TROUBLESHOOT = "https://api.aliyun.com/troubleshoot?q=";

  private final JsonFactory json = new JsonFactory();
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
    StringWriter out = new StringWriter(256 + message.length());
    try (JsonGenerator generator = json.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringField("RequestId", requestId);
      generator.writeStringField("HostId", host == null ? "" : host);
      generator.writeStringField("Code", code);
      generator.writeStringField("Message", message);
      generator.writeStringField("Recommend", recommend(code, product, requestId));
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a StringWriter cannot fail", e);
    }
    return new ErrorResponse(httpStatus, requestId, out.toString());
  }

  static String recommend(String code, String product, String requestId) {
    StringBuilder url = new StringBuilder(TROUBLESHOOT.length() + 96);
    url.append(TROUBLESHOOT);
    PercentEncoding.append(url, code);
    url.append("&product=");
    PercentEncoding.append(url, product == null ? "" : product);
    url.append("&requestId=");
    PercentEncoding.append(url, requestId);
    return url.toString();
  }
}
