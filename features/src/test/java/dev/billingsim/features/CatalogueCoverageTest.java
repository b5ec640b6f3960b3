package dev.billingsim.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.catalogue.CatalogueEntry;
import dev.billingsim.features.support.CodeTags;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleStepType;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue row has a scenario, read from the feature files without running them (the
 * suites check at run time that the tagged rows are the ones reached: see ConformanceHook).
 *
 * <p>A row is covered by a scenario (or an example of an outline) tagged {@code
 * @code:<list>:<Code>} whose Then steps name that code. See {@link CodeTags} for the scheme.
 */
class CatalogueCoverageTest {

  /** One scenario as Cucumber will run it: an outline gives one per example row. */
  record Example(String where, List<String> tags, List<String> outcomes) {}

  private static final List<Example> EXAMPLES = new ArrayList<>();

  @BeforeAll
  static void readTheFeatures() throws IOException, URISyntaxException {
    Path root =
        Path.of(CatalogueCoverageTest.class.getResource("/dev/billingsim/features").toURI());
    GherkinParser parser =
        GherkinParser.builder()
            .includeSource(false)
            .includeGherkinDocument(false)
            .includePickles(true)
            .build();
    List<Path> features;
    try (Stream<Path> files = Files.walk(root)) {
      features = files.filter(file -> file.toString().endsWith(".feature")).sorted().toList();
    }
    for (Path feature : features) {
      String name = root.relativize(feature).toString();
      try (Stream<Envelope> envelopes = parser.parse(feature)) {
        for (Envelope envelope : envelopes.toList()) {
          if (envelope.getParseError().isPresent()) {
            throw new IllegalStateException(
                name + ": " + envelope.getParseError().get().getMessage());
          }
          envelope.getPickle().ifPresent(pickle -> EXAMPLES.add(example(name, pickle)));
        }
      }
    }
  }

  private static Example example(String feature, Pickle pickle) {
    List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
    List<String> outcomes =
        pickle.getSteps().stream()
            .filter(step -> step.getType().equals(Optional.of(PickleStepType.OUTCOME)))
            .map(PickleStep::getText)
            .toList();
    return new Example(feature + " \"" + pickle.getName() + "\"", tags, outcomes);
  }

  @Test
  void everyCatalogueRowHasAScenarioThatAssertsIt() {
    Map<CatalogueEntry, List<String>> covered = new LinkedHashMap<>();
    for (Example example : EXAMPLES) {
      for (String tag : example.tags()) {
        Optional<CatalogueEntry> row = CodeTags.rowOfTag(tag);
        if (row.isPresent() && mentions(example, CodeTags.codeOfTag(tag))) {
          covered.computeIfAbsent(row.get(), r -> new ArrayList<>()).add(example.where());
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (CatalogueEntry entry : Catalogue.standard().entries()) {
      if (!covered.containsKey(entry)) {
        missing.add(
            "%s: no scenario tagged %s asserts it in a Then step"
                .formatted(CodeTags.describe(entry), CodeTags.suggestedTag(entry)));
      }
    }
    assertThat(missing).as("catalogue rows without a scenario").isEmpty();
    assertThat(covered).hasSize(Catalogue.standard().entries().size());
  }

  @Test
  void everyCodeTagNamesOneCatalogueRow() {
    List<String> unknown = new ArrayList<>();
    for (Example example : EXAMPLES) {
      for (String tag : example.tags()) {
        if (tag.startsWith(CodeTags.PREFIX) && CodeTags.rowOfTag(tag).isEmpty()) {
          unknown.add(example.where() + ": " + tag);
        }
      }
    }
    assertThat(unknown).as("code tags that name no catalogue row").isEmpty();
  }

  @Test
  void everyTaggedScenarioAssertsOneOfItsCodes() {
    List<String> silent = new ArrayList<>();
    for (Example example : EXAMPLES) {
      List<String> codes =
          example.tags().stream().map(CodeTags::codeOfTag).filter(code -> code != null).toList();
      if (!codes.isEmpty() && codes.stream().noneMatch(code -> mentions(example, code))) {
        silent.add(example.where() + " is tagged " + codes + " but no Then step names one of them");
      }
    }
    assertThat(silent).as("tagged scenarios that assert none of their codes").isEmpty();
  }

  /** Whether a Then step names the code as a whole word ("with PayInsufficientBalance"). */
  private static boolean mentions(Example example, String code) {
    String word = "(^|[^A-Za-z0-9.])" + Pattern.quote(code) + "($|[^A-Za-z0-9.])";
    Pattern pattern = Pattern.compile(word);
    return example.outcomes().stream().anyMatch(text -> pattern.matcher(text).find());
  }
}
