package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/** One simulator's fault rules: add, list, remove one, remove all. */
public final class AdminFaults {

  private final AdminHttp http;

  AdminFaults(AdminHttp http) {
    this.http = http;
  }

  /**
   * Adds a rule after those already held (the first that selects a call fires).
   *
   * @throws AdminRequestRefused with every problem, if the simulator refuses the rule
   */
  public InstalledFault add(FaultSpec fault) {
    return InstalledFault.fromJson(http.post("/faults", fault.toJson()));
  }

  /** Every rule held, in matching order; {@code times} is what is left of each. */
  public List<InstalledFault> list() {
    JsonNode rules = http.get("/faults").path("faults");
    return StreamSupport.stream(rules.spliterator(), false).map(InstalledFault::fromJson).toList();
  }

  /**
   * @throws AdminRequestRefused (404) if there is no such rule (it may have run out)
   */
  public void remove(String id) {
    http.delete("/faults/" + id);
  }

  public void remove(InstalledFault fault) {
    remove(fault.id());
  }

  public void clear() {
    http.delete("/faults");
  }
}
