package dev.billingsim.simulator;

import com.google.common.hash.Hashing;
import dev.billingsim.simulator.gateway.PercentEncoding;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code --demo-call}: one signed (V1, HMAC-SHA1) RenewARMServerInstance of {@code aic-demo-0001}
 * with {@code demo-ak}/{@code demo-secret} against a simulator on 127.0.0.1:{@code port}, printing
 * the answer. It signs exactly as the official clients do, so a newcomer can see a renewal work
 * without writing code.
 */
final class DemoCall {

  private DemoCall() {}

  static int run(int port, PrintStream out, PrintStream err) {
    String body = form(signedRenewal());
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                      .timeout(Duration.ofSeconds(10))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      out.println(
          "RenewARMServerInstance aic-demo-0001 for 1 month -> HTTP " + response.statusCode());
      out.println(response.body());
      return response.statusCode() == 200 ? 0 : 1;
    } catch (Exception e) {
      err.printf(
          "billing-simulator: no simulator answered on 127.0.0.1:%d (%s)%n",
          port, e.getClass().getSimpleName());
      return 1;
    }
  }

  /**
   * The demo renewal's parameters with their {@code Signature}, V1-signed for POST (the simulator's
   * tests send it in bodies no client would build).
   */
  static Map<String, String> signedRenewal() {
    Map<String, String> params = new TreeMap<>();
    params.put("Action", "RenewARMServerInstance");
    params.put("Version", "2017-11-10");
    params.put("Format", "JSON");
    params.put("AccessKeyId", "demo-ak");
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureVersion", "1.0");
    params.put("SignatureNonce", UUID.randomUUID().toString());
    params.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    params.put("InstanceId", "aic-demo-0001");
    params.put("Period", "1");
    params.put("PeriodUnit", "Month");
    String stringToSign = "POST&%2F&" + PercentEncoding.encode(form(params));
    params.put("Signature", sign("demo-secret&", stringToSign));
    return params;
  }

  /** {@code parameters} as a form body, percent-encoded as the signature encodes them. */
  static String form(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(p -> PercentEncoding.encode(p.getKey()) + "=" + PercentEncoding.encode(p.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String sign(String key, String text) {
    byte[] mac =
        Hashing.hmacSha1(key.getBytes(StandardCharsets.UTF_8))
            .hashString(text, StandardCharsets.UTF_8)
            .asBytes();
    return Base64.getEncoder().encodeToString(mac);
  }
}
