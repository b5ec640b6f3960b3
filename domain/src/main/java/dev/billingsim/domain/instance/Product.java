package dev.billingsim.domain.instance;

import dev.billingsim.domain.catalogue.Api;

/** The two renewable products and how their ids look. */
public enum Product {
  /** ENS ARM server (edge AIC), ids {@code aic-...}, renewed by RenewARMServerInstance. */
  ENS("ens", "aic-", Api.ENS, "RenewARMServerInstance"),
  /** ECS elasticity assurance, ids {@code eap-...}, renewed by RenewElasticityAssurances. */
  ECS("ecs", "eap-", Api.ECS, "RenewElasticityAssurances");

  private final String code;
  private final String idPrefix;
  private final Api api;
  private final String renewAction;

  Product(String code, String idPrefix, Api api, String renewAction) {
    this.code = code;
    this.idPrefix = idPrefix;
    this.api = api;
    this.renewAction = renewAction;
  }

  public String code() {
    return code;
  }

  public String idPrefix() {
    return idPrefix;
  }

  /** The catalogue API whose own rows answer this product's errors before the global rows. */
  public Api api() {
    return api;
  }

  public String renewAction() {
    return renewAction;
  }

  public static Product fromCode(String code) {
    for (Product product : values()) {
      if (product.code.equals(code)) {
        return product;
      }
    }
    throw new IllegalArgumentException("unknown product " + code + " (ens or ecs)");
  }
}
