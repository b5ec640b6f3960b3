package dev.billingsim.domain.catalogue;

import java.util.stream.Stream;

/**
 * The API a catalogue row belongs to, exactly as the TSV names it. ENS's rows are Alibaba Cloud's
 * global billing errors: they answer for every product whose own list lacks the code.
 */
public enum Api {
  ENS("ens:RenewARMServerInstance"),
  ECS("ecs:RenewElasticityAssurances"),
  BSS("bss:BssOpenApi");

  private final String tsvName;

  Api(String tsvName) {
    this.tsvName = tsvName;
  }

  /** The name used in the catalogue TSV, e.g. {@code ens:RenewARMServerInstance}. */
  public String tsvName() {
    return tsvName;
  }

  public static Api fromTsvName(String name) {
    return Stream.of(values())
        .filter(api -> api.tsvName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown api in catalogue: " + name));
  }
}
