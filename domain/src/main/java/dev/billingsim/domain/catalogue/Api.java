package dev.billingsim.domain.catalogue;

/**
 * The API a catalogue row belongs to, exactly as the TSV names it. ENS's rows are Alibaba Cloud's
 * global billing errors: they answer for every product whose own list lacks the code.
 */
public enum Api {
  ENS("ens:RenewARMServerInstance", "Ens"),
  ECS("ecs:RenewElasticityAssurances", "Ecs"),
  BSS("bss:BssOpenApi", "BssOpenApi");

  private final String tsvName;
  private final String productName;

  Api(String tsvName, String productName) {
    this.tsvName = tsvName;
    this.productName = productName;
  }

  /** The name used in the catalogue TSV, e.g. {@code ens:RenewARMServerInstance}. */
  public String tsvName() {
    return tsvName;
  }

  /** The product as Alibaba Cloud's error Recommend link names it. */
  public String productName() {
    return productName;
  }

  public static Api fromTsvName(String name) {
    for (Api api : values()) {
      if (api.tsvName.equals(name)) {
        return api;
      }
    }
    throw new IllegalArgumentException("unknown api in catalogue: " + name);
  }
}
