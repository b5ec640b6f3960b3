package dev.billingsim.simulator.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.catalogue.CatalogueEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /catalogue}: every documented error with the state or fault that produces it. */
final class CatalogueTask {

  private CatalogueTask() {}

  static AdminTask of(Catalogue catalogue) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (CatalogueEntry entry : catalogue.entries()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("api", entry.api().tsvName());
      json.put("code", entry.code());
      json.put("httpStatus", entry.httpStatus());
      json.put("message", entry.message());
      json.put("trigger", entry.trigger().text());
      entries.add(json);
    }
    Map<String, Object> body = Map.of("entries", List.copyOf(entries));
    return (admin, event, params) -> AdminJson.ok(body);
  }
}
