package dev.billingsim.domain.renewal;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.instance.Product;
import java.util.List;

/**
 * Renew one or more instances of one product for {@code months}, as validated from a request.
 *
 * @param autoRenew null to leave the instances' auto-renewal as it is
 * @param autoRenewPeriod months of each auto-renewal, when {@code autoRenew} is true
 * @param clientToken ECS idempotency token, or null
 * @param resourceOwnerAccount ECS ResourceOwnerAccount, or null
 * @param requestParameters the request in canonical form, to compare ClientToken retries; null
 *     where the API takes no ClientToken
 */
public record RenewInstances(
    Caller caller,
    Product product,
    String action,
    List<String> instanceIds,
    int months,
    boolean autoPay,
    Boolean autoRenew,
    Integer autoRenewPeriod,
    String clientToken,
    String resourceOwnerAccount,
    String requestParameters) {

  public RenewInstances {
    instanceIds = List.copyOf(instanceIds);
  }

  /** A plain renewal by the account itself, paid at once: what tests and benchmarks mostly need. */
  public static RenewInstances of(Caller caller, Product product, String instanceId, int months) {
    return new RenewInstances(
        caller,
        product,
        product.renewAction(),
        List.of(instanceId),
        months,
        true,
        null,
        null,
        null,
        null,
        "InstanceId=" + instanceId + ";months=" + months);
  }
}
