package dev.billingsim.features.support;

import dev.billingsim.domain.instance.Product;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A renewal as its raw RPC parameters: ENS names one {@code InstanceId}; ECS names {@code
 * PrivatePoolOptions.Id.1..N}. The product follows the first id ({@code eap-} is ECS).
 */
public record RenewalRequest(Product product, Map<String, String> parameters) {

  public RenewalRequest {
    parameters = Map.copyOf(parameters);
  }

  public static RenewalRequest of(String... instanceIds) {
    return of(List.of(instanceIds));
  }

  public static RenewalRequest of(List<String> instanceIds) {
    Product product =
        instanceIds.get(0).startsWith(Product.ECS.idPrefix()) ? Product.ECS : Product.ENS;
    Map<String, String> parameters = new LinkedHashMap<>();
    if (product == Product.ENS) {
      parameters.put("InstanceId", instanceIds.get(0));
    } else {
      for (int i = 0; i < instanceIds.size(); i++) {
        parameters.put("PrivatePoolOptions.Id." + (i + 1), instanceIds.get(i));
      }
    }
    return new RenewalRequest(product, parameters);
  }

  /** {@code count} elasticity assurances named in one request: eap-101, eap-102, ... */
  public static RenewalRequest ofManyAssurances(int count) {
    return of(IntStream.range(0, count).mapToObj(i -> "eap-" + (101 + i)).toList());
  }

  public static RenewalRequest ofNoAssurance() {
    return new RenewalRequest(Product.ECS, Map.of());
  }

  public RenewalRequest with(String name, String value) {
    return with(Map.of(name, value));
  }

  public RenewalRequest with(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(parameters);
    all.putAll(more);
    return new RenewalRequest(product, all);
  }

  public RenewalRequest forTerm(Term term) {
    return with("Period", String.valueOf(term.count())).with("PeriodUnit", term.unit().name());
  }
}
