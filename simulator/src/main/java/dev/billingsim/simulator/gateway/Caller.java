package dev.billingsim.simulator.gateway;

import java.util.Objects;

/**
 * A request the gateway accepted: who called, what, and with which business parameters.
 *
 * @param accessKeyId the verified AccessKeyId
 * @param action the {@code Action}
 * @param version the API {@code Version}, which chooses the product
 * @param parameters the request's parameters without the signature and common ones ({@code Action},
 *     {@code Version}, {@code AccessKeyId}, {@code Signature*}, {@code Timestamp}, {@code Format},
 *     ...), in arrival order, empty values included
 * @param scheme how the request was signed
 */
public record Caller(
    String accessKeyId,
    String action,
    String version,
    RpcParameters parameters,
    SignatureScheme scheme)
    implements GatewayOutcome {

  public Caller {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(scheme, "scheme");
  }
}
