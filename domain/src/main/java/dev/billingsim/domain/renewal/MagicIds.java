package dev.billingsim.domain.renewal;

import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.instance.Product;

/**
 * Test ids, like a payment provider's test card numbers: renewing {@code aic-err-<Code>} or {@code
 * eap-err-<Code>} fails with that catalogue code in any state and changes nothing. An unknown code
 * is an invalid id.
 */
public final class MagicIds {

  private MagicIds() {}

  public static boolean isMagic(String instanceId) {
    return instanceId != null
        && (instanceId.startsWith("aic-err-") || instanceId.startsWith("eap-err-"));
  }

  /** The code of a malformed or unknown instance id of {@code product}. */
  public static String invalidIdCode(Product product) {
    return product == Product.ENS
        ? "InvalidParameter.InstanceId"
        : "InvalidParameter.PrivatePoolOptionsId";
  }

  /** The error a magic id stands for, for a renewal of {@code product}. */
  public static BillingError errorFor(Product product, String instanceId, Catalogue catalogue) {
    String code = instanceId.substring("aic-err-".length());
    boolean documented = !code.isEmpty() && catalogue.isDocumented(product.api(), code);
    return catalogue.error(product.api(), documented ? code : invalidIdCode(product), instanceId);
  }
}
