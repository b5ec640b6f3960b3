package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.google.common.base.CharMatcher;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fuzz target "signature verifier". For any parameters, values and secret:
 *
 * <ul>
 *   <li>a request signed by the official client library (V1 or V3) is accepted by the gateway;
 *   <li>after one edit (a value, a name, a parameter added, dropped, duplicated or moved, the
 *       method, a signed header, the body, the signature itself, or the secret), the gateway
 *       accepts the request only if what the signature covers still means the same thing: for V1
 *       the method and every non-empty parameter, for V3 the method, path, query, signed headers
 *       and body. A forged request is never accepted;
 *   <li>an edit that only re-encodes the same characters (%41 for A, lower-case hex, + for a space)
 *       is still accepted, as a proxy's re-encoding must not break a call.
 * </ul>
 */
final class SignatureTarget {

  private static final String AK = "fuzz-ak";
  private static final Pattern SIGNED_HEADERS = Pattern.compile("SignedHeaders=([^,]*)");
  private static final String[][] ACTIONS = {
    {"RenewARMServerInstance", "2017-11-10"}, {"RenewElasticityAssurances", "2014-05-26"},
    {"QueryAccountBalance", "2017-12-14"}, {"DescribeARMServerInstances", "2017-11-10"}
  };

  private final GatewayErrors errors = GatewayErrors.load();
  private final RpcRequestParser parser = new RpcRequestParser(errors);
  private final AtomicLong nonces = new AtomicLong();

  /** What the gateway made of a request: the parsed request (if it parsed) and the verdict. */
  record Verdict(RpcRequest request, GatewayOutcome outcome) {
    boolean accepted() {
      return outcome instanceof VerifiedRequest;
    }
  }

  void check(FuzzedDataProvider data) {
    boolean v3 = data.consumeBoolean();
    String drawn = clean(data.consumeString(24));
    String secret = drawn.isEmpty() ? "s" : drawn;
    String[] action = data.pickValue(ACTIONS);
    Map<String, String> business = new LinkedHashMap<>();
    for (int n = data.consumeInt(0, 6); n > 0; n--) {
      String name =
          data.consumeInt(0, 2) == 0
              ? clean(data.consumeString(12))
              : data.pickValue(RequestGrammar.NAMES);
      String value =
          data.consumeBoolean()
              ? clean(data.consumeString(30))
              : data.pickValue(RequestGrammar.VALUES);
      if (!name.isEmpty() && !Gateway.COMMON_PARAMETERS.contains(name)) {
        business.put(name, value);
      }
    }
    String nonce = "n-" + nonces.incrementAndGet();
    RawRequest signed;
    if (v3) {
      Map<String, String> query = new LinkedHashMap<>();
      Map<String, String> body = new LinkedHashMap<>();
      business.forEach((name, value) -> (data.consumeBoolean() ? query : body).put(name, value));
      signed =
          RawRequest.v3(
              AK, secret, action[0], action[1], query, body, ParserTarget.NOW, nonce, 8080);
    } else {
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("Action", action[0]);
      parameters.put("Version", action[1]);
      parameters.putAll(business);
      String method = data.consumeBoolean() ? "GET" : "POST";
      signed = RawRequest.v1(AK, secret, method, parameters, ParserTarget.NOW, nonce);
    }
    Verdict original = verify(signed, secret);
    if (!original.accepted()) {
      throw new AssertionError(
          String.format(
              "a request signed by the official client was refused with %s: %s (secret %s)",
              original.outcome(), signed, secret));
    }
    Mutation mutation = mutate(signed, v3, data);
    String verifyWith = mutation.secret() == null ? secret : mutation.secret();
    Verdict after = verify(mutation.request(), verifyWith);
    if (after.accepted()
        && !(verifyWith.equals(secret) && same(original.request(), after.request(), v3))) {
      throw new AssertionError(
          String.format(
              "a forged request was accepted after edit '%s': %s\n  signed: %s",
              mutation.what(), mutation.request(), signed));
    }
    if (mutation.mustAccept() && !after.accepted()) {
      throw new AssertionError(
          String.format(
              "re-encoding broke a valid signature ('%s'): %s for %s\n  signed: %s",
              mutation.what(), after.outcome(), mutation.request(), signed));
    }
  }

  Verdict verify(RawRequest request, String secret) {
    Gateway gateway =
        Gateway.create(
            errors,
            ak -> AK.equals(ak) ? Optional.of(new SigningKey(secret, true)) : Optional.empty(),
            Clock.fixed(ParserTarget.NOW, ZoneOffset.UTC),
            FlowControl.off());
    Map<String, List<String>> headers = request.headerMap();
    headers.putIfAbsent("host", List.of("127.0.0.1:8080"));
    ParseOutcome parsed = parser.parse(request.method(), request.target(), headers, request.body());
    if (parsed instanceof GatewayError error) {
      return new Verdict(null, error);
    }
    RpcRequest rpc = (RpcRequest) parsed;
    return new Verdict(rpc, gateway.authenticate(rpc));
  }

  /** An edited request; {@code secret} non-null when the edit is verifying with another one. */
  record Mutation(String what, RawRequest request, String secret, boolean mustAccept) {}

  private Mutation mutate(RawRequest signed, boolean v3, FuzzedDataProvider data) {
    boolean inQuery = v3 ? data.consumeBoolean() : signed.method().equals("GET");
    List<String[]> pairs = pairsOf(signed, inQuery);
    int edit = data.consumeInt(0, 13);
    String what;
    boolean mustAccept = false;
    String secret = null;
    RawRequest request = signed;
    switch (edit) {
      case 0 -> {
        what = "none";
        mustAccept = true;
      }
      case 1 -> {
        what = "wrong secret";
        secret = clean(data.consumeString(24)) + "x";
      }
      case 2 -> {
        what = "method";
        request = signed.withMethod(data.pickValue(new String[] {"GET", "POST", "PUT"}));
      }
      case 3 -> {
        what = "signature";
        request = flipSignature(signed, v3, data);
      }
      case 4 -> {
        if (!v3) {
          what = "moved between query and form";
          request = moveAll(signed);
        } else {
          what = "signed header";
          String header =
              data.pickValue(
                  new String[] {
                    "x-acs-date",
                    "x-acs-action",
                    "x-acs-version",
                    "x-acs-signature-nonce",
                    "x-acs-content-sha256",
                    "content-type"
                  });
          String old = signed.header(header);
          String value = data.consumeBoolean() ? " " + old + " " : clean(data.consumeString(20));
          request = signed.withHeader(header, value);
        }
      }
      case 5 -> {
        what = "body";
        request = signed.withBody(data.consumeBytes(40));
      }
      case 6 -> {
        what = "unsigned header";
        request = signed.withHeader("X-Forwarded-For", data.consumeAsciiString(15));
        mustAccept = true;
      }
      default -> {
        if (pairs.isEmpty()) {
          what = "added to empty";
          pairs.add(
              new String[] {
                OfficialSigner.encode("P" + clean(data.consumeString(5))),
                OfficialSigner.encode(clean(data.consumeString(8)))
              });
        } else {
          int at = data.consumeInt(0, pairs.size() - 1);
          String[] pair = pairs.get(at);
          switch (edit) {
            case 7 -> {
              what = "value";
              pair[1] = OfficialSigner.encode(clean(data.consumeString(20)));
            }
            case 8 -> {
              what = "removed";
              pairs.remove(at);
            }
            case 9 -> {
              what = "added";
              pairs.add(
                  data.consumeInt(0, pairs.size()),
                  new String[] {
                    OfficialSigner.encode(
                        data.consumeBoolean()
                            ? data.pickValue(RequestGrammar.NAMES)
                            : clean(data.consumeString(8))),
                    OfficialSigner.encode(clean(data.consumeString(10)))
                  });
            }
            case 10 -> {
              what = "duplicated";
              pairs.add(data.consumeInt(0, pairs.size()), pair.clone());
            }
            case 11 -> {
              what = "renamed";
              pair[0] = OfficialSigner.encode(clean(data.consumeString(8)));
            }
            default -> {
              what = "re-encoded";
              pair[0] = reencode(pair[0], data);
              pair[1] = reencode(pair[1] == null ? "" : pair[1], data);
              // V3 signs the body's bytes, so only a V3 query may be re-encoded; V1 signs values.
              mustAccept = !v3 || inQuery;
            }
          }
        }
        request = withPairs(signed, inQuery, pairs);
      }
    }
    return new Mutation(what, request, secret, mustAccept);
  }

  private static RawRequest flipSignature(RawRequest signed, boolean v3, FuzzedDataProvider data) {
    if (v3) {
      String authorization = signed.header("Authorization");
      int at = authorization.indexOf("Signature=") + "Signature=".length();
      int index = at + data.consumeInt(0, authorization.length() - at - 1);
      char c = authorization.charAt(index);
      char replaced = data.consumeBoolean() ? Character.toUpperCase(c) : (c == '0' ? '1' : '0');
      return signed.withHeader(
          "Authorization",
          authorization.substring(0, index) + replaced + authorization.substring(index + 1));
    }
    boolean get = signed.method().equals("GET");
    List<String[]> pairs = pairsOf(signed, get);
    for (String[] pair : pairs) {
      if (pair[0].equals("Signature")) {
        String value = URLDecoder.decode(pair[1], StandardCharsets.UTF_8);
        int index = data.consumeInt(0, value.length() - 1);
        char c = value.charAt(index);
        pair[1] =
            OfficialSigner.encode(
                value.substring(0, index) + (c == 'A' ? 'B' : 'A') + value.substring(index + 1));
      }
    }
    return withPairs(signed, get, pairs);
  }

  /** The request with {@code pairs} as its query or as its form body. */
  private static RawRequest withPairs(RawRequest signed, boolean inQuery, List<String[]> pairs) {
    String text =
        pairs.stream()
            .map(pair -> pair[1] == null ? pair[0] : pair[0] + "=" + pair[1])
            .collect(Collectors.joining("&"));
    return inQuery
        ? signed.withTarget(text.isEmpty() ? "/" : "/?" + text)
        : signed.withBody(text.getBytes(StandardCharsets.UTF_8));
  }

  /** V1: the same parameters sent the other way (query to form or form to query). */
  private static RawRequest moveAll(RawRequest signed) {
    if (signed.method().equals("GET")) {
      return new RawRequest(
          "GET",
          "/",
          List.of(Map.entry("Content-Type", "application/x-www-form-urlencoded")),
          queryOf(signed.target()).getBytes(StandardCharsets.UTF_8));
    }
    return new RawRequest(
        "POST", "/?" + new String(signed.body(), StandardCharsets.UTF_8), List.of(), new byte[0]);
  }

  /** The same characters, encoded another legal way. */
  private static String reencode(String encoded, FuzzedDataProvider data) {
    String decoded = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    boolean lower = data.consumeBoolean();
    for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
      if (b == ' ' && data.consumeBoolean()) {
        out.append('+');
      } else if (Character.isLetterOrDigit((char) b) && b > 0 && data.consumeBoolean()) {
        out.append((char) b);
      } else {
        String hex = String.format("%%%02X", b & 0xFF);
        out.append(lower ? hex.toLowerCase(Locale.ROOT) : hex);
      }
    }
    return out.toString();
  }

  /** Whether two parsed requests mean the same to the signature that covers them. */
  private static boolean same(RpcRequest a, RpcRequest b, boolean v3) {
    if (a == null || b == null || !a.method().equals(b.method())) {
      return false;
    }
    if (!v3) {
      return signedV1(a).equals(signedV1(b));
    }
    String namesA = signedHeaders(a);
    String namesB = signedHeaders(b);
    if (namesA == null
        || !namesA.equals(namesB)
        || !a.path().equals(b.path())
        || !sorted(a.query().asList()).equals(sorted(b.query().asList()))
        || !Arrays.equals(a.body(), b.body())) {
      return false;
    }
    for (String name : namesA.split(";")) {
      String valueA = a.headers().firstOrNull(name.strip());
      String valueB = b.headers().firstOrNull(name.strip());
      if (!String.valueOf(valueA == null ? null : valueA.strip())
          .equals(String.valueOf(valueB == null ? null : valueB.strip()))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> signedV1(RpcRequest request) {
    return sorted(
        request.parameters().asList().stream()
            .filter(p -> !p.name().equals("Signature") && !p.value().isEmpty())
            .toList());
  }

  private static List<String> sorted(List<RpcParameter> parameters) {
    return parameters.stream().map(p -> p.name() + "\u0000" + p.value()).sorted().toList();
  }

  private static String signedHeaders(RpcRequest request) {
    Matcher names =
        SIGNED_HEADERS.matcher(String.valueOf(request.headers().firstOrNull("authorization")));
    return names.find() ? names.group(1).strip() : null;
  }

  private static String queryOf(String target) {
    int question = target.indexOf('?');
    return question < 0 ? "" : target.substring(question + 1);
  }

  /**
   * The query's or the form's {@code name=value} pairs as sent ({@code name} alone: value null).
   */
  private static List<String[]> pairsOf(RawRequest request, boolean inQuery) {
    String text =
        inQuery ? queryOf(request.target()) : new String(request.body(), StandardCharsets.UTF_8);
    List<String[]> pairs = new ArrayList<>();
    if (text.isEmpty()) {
      return pairs;
    }
    for (String part : text.split("&", -1)) {
      int equals = part.indexOf('=');
      pairs.add(
          equals < 0
              ? new String[] {part, null}
              : new String[] {part.substring(0, equals), part.substring(equals + 1)});
    }
    return pairs;
  }

  /** Text without lone surrogates: a client cannot send what UTF-8 cannot carry. */
  static String clean(String text) {
    return CharMatcher.inRange(Character.MIN_SURROGATE, Character.MAX_SURROGATE)
        .replaceFrom(text, 'x');
  }
}
