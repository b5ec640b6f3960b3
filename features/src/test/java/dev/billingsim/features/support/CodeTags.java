package dev.billingsim.features.support;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.domain.catalogue.CatalogueEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tag scheme that ties scenarios to catalogue rows, and the rule that ties an answer to the row
 * it came from.
 *
 * <p>A tag is {@code @code:<list>:<Code>} where {@code <list>} is the catalogue list the row is in
 * ({@code ens} for ens:RenewARMServerInstance, the global list; {@code ecs} for
 * ecs:RenewElasticityAssurances) and {@code <Code>} the code as answered: a templated row is named
 * by a concrete code ({@code @code:ens:InvalidParameter.Period} is the row {@code
 * InvalidParameter.%s}). A row whose message is all detail ({@code %s}) adds {@code :detail}:
 * {@code @code:ecs:InternalError} is the fixed-message row, {@code @code:ecs:InternalError:detail}
 * the other. Every tag names exactly one row.
 */
public final class CodeTags {

  public static final String PREFIX = "@code:";
  private static final String DETAIL = ":detail";

  private CodeTags() {}

  /** The row a tag names, if it is a code tag naming one. */
  public static Optional<CatalogueEntry> rowOfTag(String tag) {
    return Tag.parse(tag)
        .flatMap(
            parsed ->
                Catalogue.standard().entries().stream()
                    .filter(entry -> listName(entry.api()).equals(parsed.list()))
                    .filter(entry -> codeMatches(entry.code(), parsed.code()))
                    .filter(entry -> isDetailRow(entry) == parsed.detail())
                    .findFirst());
  }

  /** The code a tag names (as a scenario asserts it), or null if it is not a code tag. */
  public static String codeOfTag(String tag) {
    return Tag.parse(tag).map(Tag::code).orElse(null);
  }

  /** A code tag's parts: {@code @code:ecs:InternalError:detail} is (ecs, InternalError, true). */
  private record Tag(String list, String code, boolean detail) {

    static Optional<Tag> parse(String tag) {
      if (!tag.startsWith(PREFIX)) {
        return Optional.empty();
      }
      String rest = tag.substring(PREFIX.length());
      boolean detail = rest.endsWith(DETAIL);
      rest = detail ? rest.substring(0, rest.length() - DETAIL.length()) : rest;
      int colon = rest.indexOf(':');
      return colon < 0
          ? Optional.empty()
          : Optional.of(new Tag(rest.substring(0, colon), rest.substring(colon + 1), detail));
    }
  }

  /** How to tag a scenario for {@code entry} (a templated code shows its placeholder). */
  public static String suggestedTag(CatalogueEntry entry) {
    String code = entry.code().replace("%s", "<Field>");
    return PREFIX + listName(entry.api()) + ":" + code + (isDetailRow(entry) ? DETAIL : "");
  }

  /** A row as the coverage report names it. */
  public static String describe(CatalogueEntry entry) {
    return "%s %s (%s, \"%s\")"
        .formatted(entry.api().tsvName(), entry.code(), entry.httpStatus(), entry.message());
  }

  /**
   * The row an answer comes from: the called API's own rows first, then the global (ENS) rows; the
   * code must match and the message be the row's (its {@code %s} filled in any way). A fixed
   * message is preferred to an all-detail one.
   */
  public static Optional<CatalogueEntry> rowOf(Api api, Refusal refusal) {
    List<Api> lists = api == Api.ENS ? List.of(Api.ENS) : List.of(api, Api.ENS);
    for (Api list : lists) {
      CatalogueEntry templated = null;
      for (CatalogueEntry entry : Catalogue.standard().entries()) {
        if (entry.api() != list || !codeMatches(entry.code(), refusal.code())) {
          continue;
        }
        if (!entry.messageIsTemplate() && entry.message().equals(refusal.message())) {
          return Optional.of(entry);
        }
        if (entry.messageIsTemplate()
            && templateMatches(entry.message(), refusal.message())
            && templated == null) {
          templated = entry;
        }
      }
      if (templated != null) {
        return Optional.of(templated);
      }
    }
    return Optional.empty();
  }

  private static String listName(Api api) {
    return api.tsvName().substring(0, api.tsvName().indexOf(':')).toLowerCase(Locale.ROOT);
  }

  private static boolean isDetailRow(CatalogueEntry entry) {
    return entry.message().equals("%s");
  }

  private static boolean codeMatches(String rowCode, String code) {
    return templateMatches(rowCode, code) && !code.contains("%s");
  }

  private static boolean templateMatches(String template, String text) {
    if (text == null) {
      return false;
    }
    String regex =
        Arrays.stream(template.split("%s", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(template.equals("%s") ? ".*" : ".+"));
    return Pattern.compile(regex, Pattern.DOTALL).matcher(text).matches();
  }
}
