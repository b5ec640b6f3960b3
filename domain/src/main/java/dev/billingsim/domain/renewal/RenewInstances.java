package dev.billingsim.domain.renewal;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.instance.Product;
import java.util.List;

/**
 * Renew one or more instances of one product for a term.
 *
 * @param autoPay false to record an UNPAID order and change nothing else
 * @param autoRenewal null to leave the instances' auto-renewal as it is
 * @param clientToken null when the request carries none
 * @param resourceOwnerAccount the uid the request says owns the instances, or null
 */
public record RenewInstances(
    Caller caller,
    Product product,
    List<String> instanceIds,
    Term term,
    boolean autoPay,
    AutoRenewal autoRenewal,
    ClientToken clientToken,
    String resourceOwnerAccount) {

  public RenewInstances {
    instanceIds = List.copyOf(instanceIds);
  }

  /** A plain renewal by the account itself, paid at once: what tests and benchmarks mostly need. */
  public static RenewInstances of(Caller caller, Product product, String instanceId, int months) {
    return new RenewInstances(
        caller, product, List.of(instanceId), Term.ofMonths(months), true, null, null, null);
  }
}
