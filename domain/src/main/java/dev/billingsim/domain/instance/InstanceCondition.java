package dev.billingsim.domain.instance;

/**
 * Conditions an instance can be in that the catalogue speaks of. Each blocks an operation with its
 * code; a few answer differently per product.
 */
public enum InstanceCondition {
  ORDER_HANDLING("OrderLatestOrderIsHandling", null),
  UNSETTLED_BILLS("OrderInstHasUnsettledBills", null),
  INACTIVE_CHANGE("OrderInstanceHasInactiveChange", null),
  TEMP_UPGRADE("OrderInstanceHasTempUpgrade", null),
  PENDING_RENEW_CHANGE("PurchaseExistRenewchangeProd", null),
  PENDING_TEMP_ORDER("PurchaseExistToBeValidProdRuleError", null),
  TEMP_ORDER_IN_EFFECT("PurchaseExistValidProdRuleError", null),
  UNSUPPORTED_TYPE("ProductInstanceTypeNotSupported", null),
  UNSUPPORTED_PACKAGE("ProductInstanceTypeNotSupported", "InvalidOperation.PackageTypeUnsupported"),
  /** Blocks release, not renewal: the product's refund rules refuse it. */
  NON_REFUNDABLE(null, null);

  private final String renewalRefusal;
  private final String ecsRenewalRefusal;

  InstanceCondition(String renewalRefusal, String ecsRenewalRefusal) {
    this.renewalRefusal = renewalRefusal;
    this.ecsRenewalRefusal = ecsRenewalRefusal;
  }

  /** The code a renewal of this product is refused with, or null if renewal is not blocked. */
  public String renewalRefusal(Product product) {
    return product == Product.ECS && ecsRenewalRefusal != null ? ecsRenewalRefusal : renewalRefusal;
  }
}
