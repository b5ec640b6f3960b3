package dev.billingsim.simulator.hardening;

import static com.github.tomakehurst.wiremock.common.Gzip.gzip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.RunnableJar;
import dev.billingsim.simulator.Sdk;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.simulator.gateway.OfficialSigner;
import dev.billingsim.simulator.hardening.LoadWorld.Tenant;
import dev.billingsim.simulator.world.World;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security review of the gateway, as tests (signatures compared in constant time is {@link
 * SecretComparisonTest}):
 *
 * <p>"Never echoed" is about what the server holds: the client's own parameter values may be echoed
 * (an instance id in a message), the keys' secrets and the admin token never are.
 *
 * <ul>
 *   <li>with {@code --admin-token} every admin route, the billing API's and WireMock's own, refuses
 *       a request without the exact {@code Authorization: Token <t>} header, and changes nothing;
 *   <li>no secret key and no admin token is ever echoed in an error answer or printed by the jar;
 *   <li>request size limits hold before anything is buffered: a declared body over the limit is
 *       refused without being read, an unbounded chunked body and a gzip bomb are refused once past
 *       the limit, a corrupt gzip body is a 400, and the jar (512 MB heap) serves on afterwards.
 * </ul>
 */
class GatewaySecurityIT {

  private static final String TOKEN = "adm-" + UUID.randomUUID();

  @TempDir Path dir;

  private static final List<String[]> ADMIN_ROUTES =
      List.of(
          new String[] {"GET", "/__admin/billing/state"},
              new String[] {"PUT", "/__admin/billing/state"},
          new String[] {"POST", "/__admin/billing/reset"},
              new String[] {"GET", "/__admin/billing/clock"},
          new String[] {"POST", "/__admin/billing/clock/advance"},
              new String[] {"POST", "/__admin/billing/faults"},
          new String[] {"GET", "/__admin/billing/faults"},
              new String[] {"DELETE", "/__admin/billing/faults"},
          new String[] {"DELETE", "/__admin/billing/faults/x"},
              new String[] {"GET", "/__admin/billing/catalogue"},
          new String[] {"GET", "/__admin/billing/orders"},
              new String[] {"POST", "/__admin/billing/orders/1/pay"},
          new String[] {"GET", "/__admin/mappings"}, new String[] {"POST", "/__admin/mappings"},
          new String[] {"GET", "/__admin/requests"}, new String[] {"POST", "/__admin/reset"},
          new String[] {"DELETE", "/__admin/requests"}, new String[] {"POST", "/__admin/shutdown"});

  @Test
  void withAnAdminTokenEveryAdminRouteRefusesAnyOtherAuthorizationAndChangesNothing()
      throws Exception {
    try (Simulator sim = Simulator.builder().port(0).adminToken(TOKEN).flowControl(false).start()) {
      Http withToken = new Http(sim.baseUrl(), TOKEN);
      String before = withToken.get("/state").body();
      List<String> wrong = // null: no Authorization header at all
          Arrays.asList(
              null,
              "Token " + TOKEN.substring(1),
              "Token " + TOKEN + "x",
              "token " + TOKEN,
              "Bearer " + TOKEN,
              TOKEN,
              "Token " + TOKEN.toUpperCase(),
              "Token",
              "Token " + TOKEN + TOKEN,
              "Basic " + TOKEN);
      int refused = 0;
      for (String[] route : ADMIN_ROUTES) {
        for (String authorization : wrong) {
          HttpRequest.Builder request =
              HttpRequest.newBuilder(URI.create(sim.baseUrl() + route[1]))
                  .method(
                      route[0],
                      HttpRequest.BodyPublishers.ofString(
                          "{\"by\":\"P1D\",\"action\":\"X\",\"error\":\"InternalError\"}"));
          if (authorization != null) {
            request.header("Authorization", authorization);
          }
          Http.Reply reply = Http.send(request);
          assertThat(reply.status())
              .as("%s %s with Authorization %s", route[0], route[1], authorization)
              .isEqualTo(401);
          assertThat(reply.body()).doesNotContain(TOKEN);
          refused++;
        }
      }
      assertThat(withToken.get("/state").body())
          .as("state after %d refused admin calls", refused)
          .isEqualTo(before);
      assertThat(withToken.get("/faults").json().get("faults")).isEmpty();
      assertThat(withToken.get("/clock").status()).isEqualTo(200);
      assertThat(
              Http.send(
                      HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/__admin/mappings"))
                          .header("Authorization", "Token " + TOKEN))
                  .status())
          .isEqualTo(200);
      // The RPC side needs no admin token: it has its own signatures.
      assertThat(
              Sdk.call(
                  Sdk.generic(sim, "demo-ak", "demo-secret", false),
                  Sdk.BSS,
                  "QueryAccountBalance",
                  Map.of()))
          .containsKey("Data");
      System.out.printf(
          "GatewaySecurityIT: %d admin calls without the right token refused (401)%n", refused);
    }
  }

  @Test
  void noSecretOrAdminTokenIsEverEchoedOrPrinted() throws Exception {
    Tenant tenant = LoadWorld.tenant("8900000000000", 0, 1);
    String secret = "sk-" + UUID.randomUUID();
    Tenant secretive = new Tenant(tenant.uid(), tenant.ak(), secret, tenant.ens(), tenant.ecs());
    World world =
        World.startingAt(LoadWorld.NOW)
            .with(LoadWorld.account(secretive, "100.00", "0.00", null, null));
    Path state = dir.resolve("state.json");
    Files.writeString(state, LoadWorld.withInstances(world, secretive).toJson());

    List<String> answers = new ArrayList<>();
    String printed;
    try (RunnableJar jar =
        RunnableJar.start(
            "128m",
            "--port",
            "0",
            "--state",
            state.toString(),
            "--admin-token",
            TOKEN,
            "--seed",
            "5")) {
      int port = jar.port();
      Instant now = Instant.now();
      Map<String, String> renew = new LinkedHashMap<>();
      renew.put("Action", "RenewARMServerInstance");
      renew.put("Version", "2017-11-10");
      renew.put("InstanceId", secretive.ens().get(0));
      Map<String, String> badPeriod = new LinkedHashMap<>(renew);
      badPeriod.put("InstanceId", "aic-none");
      badPeriod.put("Period", "0");
      List<RawRequest> requests =
          List.of(
              RawRequest.v1(secretive.ak(), "wrong-" + secret, "GET", renew, now, "n1"),
              RawRequest.v1(secretive.ak(), secret, "GET", renew, now.minusSeconds(3600), "n2"),
              RawRequest.v1(secretive.ak(), secret, "GET", badPeriod, now, "n3"),
              RawRequest.v3(
                  secretive.ak(),
                  secret + "x",
                  "RenewARMServerInstance",
                  "2017-11-10",
                  Map.of("InstanceId", secretive.ens().get(0)),
                  Map.of(),
                  now,
                  "n4",
                  port),
              RawRequest.v3(
                      secretive.ak(),
                      secret,
                      "RenewARMServerInstance",
                      "2017-11-10",
                      Map.of("InstanceId", "aic-err-InvalidParameter.%s"),
                      Map.of("Period", "13"),
                      now,
                      "n5",
                      port)
                  .withHeader("x-acs-date", "not-a-date"),
              new RawRequest(
                  "GET",
                  "/?Action=RenewARMServerInstance&Version=2017-11-10&AccessKeyId="
                      + secretive.ak()
                      + "&Signature="
                      + OfficialSigner.encode("c2lnbmF0dXJl")
                      + "&SignatureNonce=n6&Timestamp=x",
                  List.of(),
                  new byte[0]),
              new RawRequest(
                  "POST",
                  "/",
                  List.of(
                      Map.entry(
                          "Authorization",
                          "ACS3-HMAC-SHA256 Credential="
                              + secretive.ak()
                              + ",SignedHeaders=host,Signature=00ff")),
                  new byte[0]),
              RawRequest.v1(secretive.ak(), secret, "GET", renew, now, "n7")); // a success
      for (RawRequest request : requests) {
        answers.add(Http.raw(port, request.toBytes(port), 10_000).body());
      }
      Http wrongToken = new Http(jar.baseUrl(), TOKEN + "x");
      answers.add(wrongToken.get("/state").body());
      answers.add(wrongToken.put("/state", "{\"token\":\"" + TOKEN + "\"}").body());
      Http admin = new Http(jar.baseUrl(), TOKEN);
      answers.add(
          admin
              .put(
                  "/state",
                  "{\"accounts\":[{\"uid\":\"1\",\"accessKeys\":[{\"id\":\"k\",\"secret\":\""
                      + secret
                      + "\",\"x\":1}]}]}")
              .body());
      answers.add(
          admin
              .post("/faults", "{\"accessKeyId\":\"" + secretive.ak() + "\",\"error\":\"Nope\"}")
              .body());
      answers.add(admin.get("/requests").body());
      printed = jar.stop();
    }
    for (String answer : answers) {
      assertThat(answer).as("an answer").doesNotContain(secret).doesNotContain(TOKEN);
    }
    assertThat(printed).as("what the jar printed").doesNotContain(secret).doesNotContain(TOKEN);
    System.out.printf(
        "GatewaySecurityIT: %d answers and the jar's output hold no secret and no admin token%n",
        answers.size());
  }

  @Test
  void oversizedAndCompressedBodiesAreRefusedBeforeTheyAreBuffered() throws Exception {
    // 512 MB: room for one admin body at its documented 64 MiB limit, inflated, and no more.
    try (RunnableJar jar = RunnableJar.start("512m", "--port", "0", "--flow-control", "off")) {
      int port = jar.port();
      Http admin = new Http(jar.baseUrl());
      String before = admin.get("/state").body();

      // Declares 300 MB and sends the first 64 KiB: refused at once, the rest never waited for.
      for (String target : List.of("/", "/__admin/billing/state")) {
        String head =
            method(target)
                + " "
                + target
                + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + port
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 300000000\r\n\r\n"
                + "\0".repeat(64 * 1024);
        long started = System.nanoTime();
        Http.Reply reply = raw(port, head, 10_000);
        assertThat(reply.status())
            .as("300 MB declared to %s: %s", target, reply.body())
            .isEqualTo(400);
        assertThat(reply.isJson()).isTrue();
        if (target.equals("/")) {
          // As the gateway would answer it: the RPC error, naming the body.
          assertThat(reply.json().get("Code").asText()).isEqualTo("InvalidParameter");
          assertThat(reply.json().get("Message").asText())
              .isEqualTo("The specified parameter \"Body\" is not valid.");
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms to refuse").isLessThan(5_000);
      }
      // 2 MiB chunked (no length declared) to the RPC endpoint: refused past 1 MiB.
      assertThat(chunked(port, "/", 2 << 20).status()).isEqualTo(400);
      // A gzip bomb: 1 MB on the wire, 200 MB inflated.
      byte[] bomb = gzip(new byte[200 << 20]);
      assertThat(bomb.length).isLessThan(1 << 20);
      for (String target : List.of("/", "/__admin/billing/state", "/__admin/billing/faults")) {
        Http.Reply reply = Http.raw(port, gzipped(port, target, bomb), 20_000);
        assertThat(reply.status()).as("gzip bomb to %s: %s", target, reply.body()).isEqualTo(400);
        assertThat(reply.isJson()).isTrue();
        byte[] corrupt =
            new byte[] {0x1f, (byte) 0x8b, 8, 0, 'n', 'o', 't', ' ', 'g', 'z', 'i', 'p'};
        Http.Reply broken = Http.raw(port, gzipped(port, target, corrupt), 10_000);
        assertThat(broken.status())
            .as("corrupt gzip to %s: %s", target, broken.body())
            .isEqualTo(400);
      }
      // A small gzip form is still read, inflated, as WireMock would.
      byte[] small =
          gzip("Action=QueryAccountBalance&Version=2017-12-14".getBytes(StandardCharsets.US_ASCII));
      Http.Reply inflated = Http.raw(port, gzipped(port, "/", small), 10_000);
      assertThat(inflated.json().get("Code").asText())
          .as(inflated.body())
          .isEqualTo("IncompleteSignature");
      // A URL over 8 KiB and an over-long header line: 4xx JSON, never 500.
      String longUrl = "GET /?Action=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n";
      assertThat(raw(port, longUrl, 10_000).status()).isEqualTo(400);
      String longHeader = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(70_000) + "\r\n\r\n";
      assertThat(raw(port, longHeader, 10_000).status()).isBetween(400, 499);
      // Still serving, with the state as it was.
      assertThat(admin.get("/state").body()).isEqualTo(before);
      Map<String, Object> renewed =
          Sdk.call(
              new com.aliyun.teaopenapi.Client(
                  Sdk.config("127.0.0.1:" + port, "demo-ak", "demo-secret", false)),
              Sdk.ENS,
              "RenewARMServerInstance",
              Map.of("InstanceId", "aic-demo-0001"));
      assertThat(renewed).containsKey("RequestId");
      assertThat(jar.output()).doesNotContain("OutOfMemoryError");
    }
  }

  private static String method(String target) {
    return target.endsWith("/state") ? "PUT" : "POST";
  }

  /** {@code body} sent to {@code target} as a gzip-encoded form. */
  private static byte[] gzipped(int port, String target, byte[] body) {
    List<Map.Entry<String, String>> headers =
        List.of(
            Map.entry("Content-Type", "application/x-www-form-urlencoded"),
            Map.entry("Content-Encoding", "gzip"));
    return new RawRequest(method(target), target, headers, body).toBytes(port);
  }

  private static Http.Reply chunked(int port, String target, int size) {
    String chunk = "10000\r\n" + "a".repeat(0x10000) + "\r\n"; // 64 KiB, its size in hex first
    String request =
        "POST "
            + target
            + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + chunk.repeat((size + 0xFFFF) / 0x10000)
            + "0\r\n\r\n";
    return raw(port, request, 20_000);
  }

  private static Http.Reply raw(int port, String request, int timeoutMs) {
    return Http.raw(port, request.getBytes(StandardCharsets.US_ASCII), timeoutMs);
  }
}
