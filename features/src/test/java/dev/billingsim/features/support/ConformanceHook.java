package dev.billingsim.features.support;

import dev.billingsim.domain.catalogue.CatalogueEntry;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the {@code @code:} tags honest at run time. After every scenario, each refusal a Then step
 * asserted is traced back to the catalogue row it came from (by API, code and message) and must
 * carry that row's HTTP status; a tagged scenario must have asserted a refusal from one of its
 * tagged rows, and nothing from an untagged row. {@code CatalogueCoverageTest} checks, without
 * running anything, that every row has a tagged scenario.
 */
public final class ConformanceHook {

  private final ScenarioContext context;

  public ConformanceHook(ScenarioContext context) {
    this.context = context;
  }

  @After(order = 10_000)
  public void assertedRefusalsMatchTheTaggedRows(Scenario scenario) {
    if (scenario.isFailed()) {
      return;
    }
    Set<CatalogueEntry> tagged = new LinkedHashSet<>();
    for (String tag : scenario.getSourceTagNames()) {
      if (tag.startsWith(CodeTags.PREFIX)) {
        tagged.add(
            CodeTags.rowOfTag(tag)
                .orElseThrow(() -> new AssertionError(tag + " names no catalogue row")));
      }
    }
    List<CatalogueEntry> reached = new ArrayList<>();
    for (Reply reply : context.assertedRefusals()) {
      Optional<CatalogueEntry> row = CodeTags.rowOf(reply.api(), reply.refusal());
      if (row.isEmpty()) {
        if (!tagged.isEmpty()) {
          throw new AssertionError("the refusal " + reply.refusal() + " is not a catalogue row");
        }
        continue; // a gateway refusal: not a catalogue row
      }
      CatalogueEntry entry = row.get();
      if (entry.httpStatus() != reply.refusal().httpStatus()) {
        throw new AssertionError(
            "the refusal %s should have HTTP status %s as its catalogue row %s"
                .formatted(reply.refusal(), entry.httpStatus(), CodeTags.describe(entry)));
      }
      if (!tagged.isEmpty() && !tagged.contains(entry)) {
        throw new AssertionError(
            "the scenario asserts %s but is not tagged %s"
                .formatted(CodeTags.describe(entry), CodeTags.suggestedTag(entry)));
      }
      reached.add(entry);
    }
    if (!tagged.isEmpty() && reached.stream().noneMatch(tagged::contains)) {
      throw new AssertionError(
          "the scenario is tagged for %s but asserted none of them (asserted: %s)"
              .formatted(
                  tagged.stream().map(CodeTags::describe).toList(), context.assertedRefusals()));
    }
  }
}
