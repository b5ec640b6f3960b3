package dev.billingsim.domain.instance;

import dev.billingsim.domain.catalogue.Api;
import java.util.stream.Stream;

/** The two renewable products, how their ids look and the actions that renew and buy them. */
public enum Product {
  /** ENS ARM server (edge AIC), ids {@code aic-...}, renewed by RenewARMServerInstance. */
  ENS("ens", "aic-", Api.ENS, "RenewARMServerInstance", "CreateARMServerInstances"),
  /** ECS elasticity assurance, ids {@code eap-...}, renewed by RenewElasticityAssurances. */
  ECS("ecs", "eap-", Api.ECS, "RenewElasticityAssurances", "CreateElasticityAssurance");

  private final String code;
  private final String idPrefix;
  private final Api api;
  private final String renewAction;
  private final String createAction;

  Product(String code, String idPrefix, Api api, String renewAction, String createAction) {
    this.code = code;
    this.idPrefix = idPrefix;
    this.api = api;
    this.renewAction = renewAction;
    this.createAction = createAction;
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

  public String createAction() {
    return createAction;
  }

  public static Product fromCode(String code) {
    return Stream.of(values())
        .filter(product -> product.code.equals(code))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("unknown product " + code + " (ens or ecs)"));
  }
}
