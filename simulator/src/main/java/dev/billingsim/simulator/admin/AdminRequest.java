package dev.billingsim.simulator.admin;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * The shape of a request to the billing admin API, built in one place for every client of it (the
 * simulator's tests, the testkit's admin client): the route under {@code /__admin/billing}, a JSON
 * body, and with {@code --admin-token T} the header {@code Authorization: Token T} that {@link
 * dev.billingsim.simulator.http.AdminTokenAuthenticator} checks.
 */
public final class AdminRequest {

  /** Where WireMock serves the billing admin routes. */
  public static final String PREFIX = "/__admin/billing";

  private AdminRequest() {}

  /** The {@code Authorization} header's value for {@code token}. */
  public static String authorization(String token) {
    return "Token " + token;
  }

  /**
   * {@code method} to {@code path} (under {@link #PREFIX}) of the simulator at {@code baseUrl},
   * with {@code body} (none if null) and the token's header if {@code token} is not null.
   */
  public static HttpRequest.Builder to(
      String baseUrl, String token, String method, String path, String body) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + PREFIX + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", authorization(token));
    }
    return request;
  }
}
