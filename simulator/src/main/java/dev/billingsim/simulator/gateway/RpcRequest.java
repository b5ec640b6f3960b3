package dev.billingsim.simulator.gateway;

import java.util.Objects;

/**
 * An RPC request as the gateway reads it. Built by {@link RpcRequestParser}.
 *
 * @param method HTTP method, as sent
 * @param path raw (still percent-encoded) path, {@code /} for RPC
 * @param query parameters of the query string
 * @param form parameters of an {@code application/x-www-form-urlencoded} body
 * @param parameters query then form parameters
 * @param headers request headers
 * @param body raw body; not copied, so never modify it
 * @param action {@code Action} parameter or {@code x-acs-action} header; null when absent
 * @param version {@code Version} parameter or {@code x-acs-version} header; null when absent
 * @param accessKeyId {@code AccessKeyId} parameter (V1) or the Authorization {@code Credential}
 *     (V3); null when absent
 * @param scheme how the request claims to be signed
 */
public record RpcRequest(
    String method,
    String path,
    RpcParameters query,
    RpcParameters form,
    RpcParameters parameters,
    RpcHeaders headers,
    byte[] body,
    String action,
    String version,
    String accessKeyId,
    SignatureScheme scheme)
    implements ParseOutcome {

  public RpcRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(scheme, "scheme");
  }

  @Override
  public String toString() {
    return String.format(
        "RpcRequest[%s %s action=%s version=%s accessKeyId=%s scheme=%s parameters=%d body=%dB]",
        method, path, action, version, accessKeyId, scheme, parameters.size(), body.length);
  }
}
