package dev.billingsim.simulator.gateway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request the gateway accepted: who called, what, and with which parameters.
 *
 * @param accessKeyId the verified AccessKeyId
 * @param action the {@code Action}
 * @param version the API {@code Version}, which chooses the product
 * @param requestParameters every parameter of the request, common ones included, in arrival order
 * @param scheme how the request was signed
 */
public record Caller(
    String accessKeyId,
    String action,
    String version,
    RpcParameters requestParameters,
    SignatureScheme scheme)
    implements GatewayOutcome {

  public Caller {
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

  /**
   * The first value of each business parameter, by name: what the actions read. Built in one pass
   * over the request's parameters, as it runs on every call.
   */
  public Map<String, String> firstValues() {
    List<RpcParameter> all = requestParameters.asList();
    Map<String, String> values = new HashMap<>(all.size() * 2); // never rehashed
    for (RpcParameter parameter : all) {
      if (!Gateway.COMMON_PARAMETERS.contains(parameter.name())) {
        values.putIfAbsent(parameter.name(), parameter.value());
      }
    }
    return values;
  }
}
