package dev.billingsim.simulator.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request the gateway accepted: who called, what, and with which parameters.
 *
 * @param accessKeyId the verified AccessKeyId
 * @param action the {@code Action}
 * @param version the API {@code Version}, which chooses the product
 * @param requestParameters every parameter of the request, common ones included, in arrival order
 * @param scheme how the request was signed
 */
public record VerifiedRequest(
    String accessKeyId,
    String action,
    String version,
    RpcParameters requestParameters,
    SignatureScheme scheme)
    implements GatewayOutcome {

  public VerifiedRequest {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(requestParameters, "requestParameters");
    Objects.requireNonNull(scheme, "scheme");
  }

  /**
   * The business parameters: the request's without the signature and common ones ({@code Action},
   * {@code Version}, {@code AccessKeyId}, {@code Signature*}, {@code Timestamp}, {@code Format},
   * ...), in arrival order, empty values included.
   */
  public RpcParameters parameters() {
    return requestParameters.without(Gateway.COMMON_PARAMETERS);
  }

  /** The first value of each business parameter, by name, in arrival order: what actions read. */
  public Map<String, String> firstValues() {
    return Collections.unmodifiableMap(
        parameters().asList().stream()
            .collect(
                Collectors.toMap(
                    RpcParameter::name,
                    RpcParameter::value,
                    (first, later) -> first,
                    LinkedHashMap::new)));
  }
}
