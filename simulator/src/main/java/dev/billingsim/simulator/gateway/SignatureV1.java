package dev.billingsim.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * Verifies V1 RPC signatures (HMAC-SHA1): the canonical query is every parameter but {@code
 * Signature}, sorted by name, each name and value percent-encoded and joined {@code k=v&k=v};
 * StringToSign is {@code METHOD&%2F&} + percentEncode(canonical query); the key is {@code secret +
 * "&"}; the signature is its Base64 HMAC-SHA1. Thread-safe.
 */
public final class SignatureV1 {

  static final String SIGNATURE = "Signature";
  static final String METHOD = "HMAC-SHA1";

  private static final Comparator<RpcParameter> BY_NAME = Comparator.comparing(RpcParameter::name);

  /**
   * Whether the request's {@code Signature} parameter is right for {@code secret}.
   *
   * <p>Alibaba quirk: the new client (tea-openapi in "v2" mode) sends empty optional parameters
   * such as {@code ClientToken=} but leaves them out of what it signs, while the old client signs
   * them; a signature that matches either way is accepted.
   */
  public boolean matches(RpcRequest request, String secret) {
    String provided = request.parameters().firstOrNull(SIGNATURE);
    if (provided == null || provided.isEmpty() || secret == null) {
      return false;
    }
    byte[] providedBytes = provided.getBytes(StandardCharsets.UTF_8);
    List<RpcParameter> signed = sortedWithoutSignature(request.parameters());
    if (MessageDigest.isEqual(sign(request.method(), signed, secret), providedBytes)) {
      return true;
    }
    List<RpcParameter> nonEmpty =
        signed.stream().filter(parameter -> !parameter.value().isEmpty()).toList();
    return nonEmpty.size() != signed.size()
        && MessageDigest.isEqual(sign(request.method(), nonEmpty, secret), providedBytes);
  }

  /** The Base64 signature of these (already sorted) parameters, as ASCII bytes. */
  byte[] sign(String method, List<RpcParameter> sortedParameters, String secret) {
    byte[] key = (secret + "&").getBytes(StandardCharsets.UTF_8);
    PercentEncoding.Ascii stringToSign = stringToSignBuffer(method, sortedParameters);
    return Base64.getEncoder()
        .encode(Macs.sign("HmacSHA1", key, stringToSign.buffer(), stringToSign.length()));
  }

  static List<RpcParameter> sortedWithoutSignature(RpcParameters parameters) {
    List<RpcParameter> signed = new ArrayList<>(parameters.size());
    for (RpcParameter parameter : parameters.asList()) {
      if (!parameter.name().equals(SIGNATURE)) {
        signed.add(parameter);
      }
    }
    // Stable, so repeated names keep their arrival order; raw names, as the clients sort them.
    signed.sort(BY_NAME);
    return signed;
  }

  static String stringToSign(String method, List<RpcParameter> sortedParameters) {
    PercentEncoding.Ascii text = stringToSignBuffer(method, sortedParameters);
    return new String(text.buffer(), 0, text.length(), StandardCharsets.UTF_8);
  }

  /**
   * {@code METHOD&%2F&} + percentEncode(canonical query), built in one pass: the query's {@code &}
   * and {@code =} are written encoded ({@code %26}, {@code %3D}) and its names and values encoded
   * twice.
   */
  private static PercentEncoding.Ascii stringToSignBuffer(
      String method, List<RpcParameter> sortedParameters) {
    PercentEncoding.Ascii out = new PercentEncoding.Ascii(16 + sortedParameters.size() * 48);
    out.appendRaw(method).appendRaw("&%2F&");
    boolean first = true;
    for (RpcParameter parameter : sortedParameters) {
      if (!first) {
        out.appendRaw("%26");
      }
      first = false;
      out.appendTwice(parameter.name()).appendRaw("%3D").appendTwice(parameter.value());
    }
    return out;
  }
}
