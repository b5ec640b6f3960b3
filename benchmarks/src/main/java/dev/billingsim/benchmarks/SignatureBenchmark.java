package dev.billingsim.benchmarks;

import dev.billingsim.simulator.gateway.GatewayErrors;
import dev.billingsim.simulator.gateway.OfficialSigner;
import dev.billingsim.simulator.gateway.ParseOutcome;
import dev.billingsim.simulator.gateway.PercentEncoding;
import dev.billingsim.simulator.gateway.RpcRequest;
import dev.billingsim.simulator.gateway.RpcRequestParser;
import dev.billingsim.simulator.gateway.SignatureV1;
import dev.billingsim.simulator.gateway.SignatureV3;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/*
 * Signature verification, per request: the gateway's check of a signed ENS RenewARMServerInstance,
 * V1 (HMAC-SHA1 over the sorted, percent-encoded parameters of the old SDK's POST form) and V3
 * (ACS3-HMAC-SHA256 over a canonical request: query, signed headers, SHA-256 of the body).
 *
 * What it teaches:
 *  - v1: sort the parameters, percent-encode them twice (the canonical query, then the whole
 *    query inside StringToSign), one HMAC-SHA1, Base64.
 *  - v3: canonical query and headers, two SHA-256 digests (body and canonical request), one
 *    HMAC-SHA256, hex. More hashing than v1, less encoding.
 *  - baselineHmacSha1: the HMAC-SHA1 of a V1 StringToSign alone, with a ready Mac: what is left
 *    once canonicalisation costs nothing. v1 minus this is the canonicalisation.
 * Both are a few microseconds: against a whole HTTP request (~100 us of CPU here) they are small.
 * The requests are parsed and signed once in set-up (the checks are pure, so repeating one is
 * fair), the V3 one by the official openapiutil (the simulator's test jar's OfficialSigner); set-up
 * also checks that each signature is accepted, so a score is never of a rejection.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar SignatureBenchmark
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SignatureBenchmark {

  static final String SECRET = Worlds.secret(0);

  SignatureV1 signatureV1;
  SignatureV3 signatureV3;
  RpcRequest v1Request;
  RpcRequest v3Request;
  byte[] v1StringToSign;

  @Setup(Level.Trial)
  public void signRequests() {
    SignedRequests signer = SignedRequests.of(0);
    RpcRequestParser parser = new RpcRequestParser(GatewayErrors.load());
    String formBody = signer.v1Form(SignedRequests.ensRenewal("aic-bench-0-0"));
    String canonical = formBody.substring(0, formBody.indexOf("&Signature="));
    v1StringToSign =
        ("POST&%2F&" + PercentEncoding.encode(canonical)).getBytes(StandardCharsets.UTF_8);
    byte[] form = formBody.getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> formHeaders =
        Map.of("Host", List.of("127.0.0.1:8080"), "Content-Type", List.of(SignedRequests.FORM));
    v1Request = parsed(parser.parse("POST", "/", formHeaders, form));

    Map<String, String> query =
        Map.of("InstanceId", "aic-bench-0-0", "Period", "1", "PeriodUnit", "Month");
    Map<String, String> headers =
        new HashMap<>(
            Map.of(
                "host", "127.0.0.1:8080",
                "x-acs-action", "RenewARMServerInstance",
                "x-acs-version", "2017-11-10",
                "content-type", SignedRequests.FORM));
    headers.put("x-acs-date", OfficialSigner.TIMESTAMP.format(Instant.now()));
    headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
    byte[] body = new byte[0];
    Map<String, List<String>> signed = new HashMap<>();
    OfficialSigner.v3("POST", query, headers, body, Worlds.accessKeyId(0), SECRET)
        .forEach((name, value) -> signed.put(name, List.of(value)));
    String url = "/?" + OfficialSigner.form(new TreeMap<>(query));
    v3Request = parsed(parser.parse("POST", url, signed, body));

    signatureV1 = new SignatureV1();
    signatureV3 = new SignatureV3();
    if (!signatureV1.matches(v1Request, SECRET) || !signatureV3.matches(v3Request, SECRET)) {
      throw new IllegalStateException("the benchmark's own signatures are refused");
    }
  }

  /** A ready HMAC-SHA1 (a Mac is not thread-safe). */
  @State(Scope.Thread)
  public static class Hmac {
    Mac mac;

    @Setup(Level.Trial)
    public void init() {
      mac = SignedRequests.mac("HmacSHA1", (SECRET + "&").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Benchmark
  public byte[] baselineHmacSha1(Hmac hmac) {
    return hmac.mac.doFinal(v1StringToSign);
  }

  @Benchmark
  public boolean v1() {
    return signatureV1.matches(v1Request, SECRET);
  }

  @Benchmark
  public boolean v3() {
    return signatureV3.matches(v3Request, SECRET);
  }

  private static RpcRequest parsed(ParseOutcome outcome) {
    if (!(outcome instanceof RpcRequest request)) {
      throw new IllegalStateException("the benchmark's request does not parse: " + outcome);
    }
    return request;
  }
}
