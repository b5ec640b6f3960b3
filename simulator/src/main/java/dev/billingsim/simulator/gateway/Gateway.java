package dev.billingsim.simulator.gateway;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an RPC request may reach its action, checking in Alibaba Cloud's order: HTTP
 * method, path, action and version present, signature parts present, timestamp, access key known
 * and enabled, signature, nonce unused, flow control. The first failed check is the answer. Whether
 * the action exists is the dispatcher's business, not the gateway's. Thread-safe.
 */
public final class Gateway {

  /** Protocol parameters, left out of {@link VerifiedRequest#parameters()}. */
  public static final Set<String> COMMON_PARAMETERS =
      Set.of(
          "Action",
          "Version",
          "Format",
          "AccessKeyId",
          "Signature",
          "SignatureMethod",
          "SignatureVersion",
          "SignatureNonce",
          "SignatureType",
          "Timestamp",
          "SecurityToken",
          "BearerToken");

  private final GatewayErrors errors;
  private final SecretLookup secrets;
  private final TimestampCheck timestamps;
  private final NonceCache nonces;
  private final FlowControl flowControl;
  private final SignatureV1 signatureV1 = new SignatureV1();
  private final SignatureV3 signatureV3 = new SignatureV3();

  private Gateway(
      GatewayErrors errors, SecretLookup secrets, Clock wallClock, FlowControl flowControl) {
    this.errors = errors;
    this.secrets = secrets;
    this.timestamps = new TimestampCheck(wallClock);
    this.nonces = new NonceCache(wallClock);
    this.flowControl = flowControl;
  }

  /**
   * A gateway with the standard 15-minute timestamp tolerance and nonce window.
   *
   * @param wallClock real time in production ({@code Clock.systemUTC()}), never the business clock
   * @param flowControl {@link FlowControl#onSystemTime()} or {@link FlowControl#off()}
   */
  public static Gateway create(
      GatewayErrors errors, SecretLookup secrets, Clock wallClock, FlowControl flowControl) {
    return new Gateway(errors, secrets, wallClock, flowControl);
  }

  /** Checks the request; never throws. */
  public GatewayOutcome authenticate(RpcRequest request) {
    try {
      return check(request);
    } catch (RuntimeException unexpected) {
      return errors.internalError();
    }
  }

  private GatewayOutcome check(RpcRequest request) {
    String method = request.method();
    if (!method.equals("GET") && !method.equals("POST")) {
      return errors.unsupportedHttpMethod();
    }
    if (!request.path().equals("/")) {
      return errors.actionNotFound();
    }
    if (request.action() == null) {
      return errors.missingParameter("Action");
    }
    if (request.version() == null) {
      return errors.missingParameter("Version");
    }
    boolean v3 = request.scheme() == SignatureScheme.V3;
    GatewayError incomplete = v3 ? checkV3Parts(request) : checkV1Parts(request);
    if (incomplete != null) {
      return incomplete;
    }

    String timestampName = v3 ? "x-acs-date" : "Timestamp";
    String timestamp = signingPart(request, timestampName);
    if (timestamp == null || timestamp.isEmpty()) {
      return errors.missingParameter(timestampName);
    }
    TimestampCheck.Verdict verdict = timestamps.check(timestamp);
    if (verdict == TimestampCheck.Verdict.MALFORMED) {
      return errors.get(GatewayErrors.TIMESTAMP_FORMAT);
    }
    if (verdict == TimestampCheck.Verdict.EXPIRED) {
      return errors.get(GatewayErrors.TIMESTAMP_EXPIRED);
    }

    String accessKeyId = request.accessKeyId();
    Optional<SigningKey> key = secrets.find(accessKeyId);
    if (key.isEmpty()) {
      return errors.get(GatewayErrors.ACCESS_KEY_NOT_FOUND);
    }
    if (!key.get().enabled()) {
      return errors.get(GatewayErrors.ACCESS_KEY_INACTIVE);
    }
    String secret = key.get().secret();
    boolean signed =
        v3 ? signatureV3.matches(request, secret) : signatureV1.matches(request, secret);
    if (!signed) {
      return errors.get(GatewayErrors.SIGNATURE_DOES_NOT_MATCH);
    }

    String nonceName = v3 ? "x-acs-signature-nonce" : "SignatureNonce";
    String nonce = signingPart(request, nonceName);
    if (nonce == null || nonce.isEmpty()) {
      return errors.missingParameter(nonceName);
    }
    if (!nonces.firstUse(accessKeyId, nonce)) {
      return errors.get(GatewayErrors.NONCE_USED);
    }

    if (!flowControl.tryAcquire(accessKeyId, request.action())) {
      return errors.get(GatewayErrors.THROTTLED);
    }
    return new VerifiedRequest(
        accessKeyId, request.action(), request.version(), request.parameters(), request.scheme());
  }

  private GatewayError checkV1Parts(RpcRequest request) {
    String signature = param(request, SignatureV1.SIGNATURE);
    if (request.accessKeyId() == null || signature == null || signature.isEmpty()) {
      return errors.get(GatewayErrors.INCOMPLETE_SIGNATURE);
    }
    String signatureMethod = param(request, "SignatureMethod");
    return signatureMethod == null || signatureMethod.equals(SignatureV1.METHOD)
        ? null
        : errors.invalidParameter("SignatureMethod");
  }

  private GatewayError checkV3Parts(RpcRequest request) {
    return request.accessKeyId() == null
            || AcsAuthorization.parse(request.headers().firstOrNull("authorization")) == null
        ? errors.get(GatewayErrors.INCOMPLETE_SIGNATURE)
        : null;
  }

  /** A V3 request signs with {@code x-acs-*} headers, a V1 request with parameters. */
  private static String signingPart(RpcRequest request, String name) {
    return request.scheme() == SignatureScheme.V3
        ? request.headers().firstOrNull(name)
        : param(request, name);
  }

  private static String param(RpcRequest request, String name) {
    return request.parameters().firstOrNull(name);
  }
}
