package dev.billingsim.domain.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 118 documented errors, loaded from the project's copy of {@code error-catalogue.tsv} with the
 * trigger of each row from {@code triggers.tsv} (same row order, checked at load).
 *
 * <p>Lookups follow Alibaba Cloud's rule that ENS's list is the global billing list: a code is
 * looked up in the asking API's own rows first, then in the global (ENS) rows. Where one API has
 * two rows for a code (ECS's two {@code InternalError}s) a detail selects the {@code %s} row.
 */
public final class Catalogue {

  private static final String CATALOGUE = "error-catalogue.tsv";
  private static final String TRIGGERS = "triggers.tsv";
  private static final Catalogue STANDARD = load();

  private final List<CatalogueEntry> entries;

  private Catalogue(List<CatalogueEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The catalogue shipped with the project (immutable, loaded once). */
  public static Catalogue standard() {
    return STANDARD;
  }

  public List<CatalogueEntry> entries() {
    return entries;
  }

  /** The raw TSV text, for the test that keeps it identical to the shared source of truth. */
  public static String rawTsv() {
    return read(CATALOGUE);
  }

  /** The row that answers {@code code} for {@code api}, if the code is documented. */
  public Optional<CatalogueEntry> find(Api api, String code, boolean withDetail) {
    Optional<CatalogueEntry> own = findIn(api, code, withDetail);
    return own.isPresent() || api == Api.ENS ? own : findIn(Api.ENS, code, withDetail);
  }

  public boolean isDocumented(Api api, String code) {
    return find(api, code, false).isPresent();
  }

  /**
   * The error answered for {@code code}; every {@code %s} in its message is filled with {@code
   * detail} (the offending field, or the instance id). Naming an undocumented code is a bug.
   */
  public BillingError error(Api api, String code, String detail) {
    return error(api, code, false, detail);
  }

  /**
   * The error for a row whose message is all detail (ECS's {@code InternalError} "%s"), falling
   * back to the fixed-message row when the code has no such row.
   */
  public BillingError errorWithMessage(Api api, String code, String message) {
    return error(api, code, true, message);
  }

  private BillingError error(Api api, String code, boolean withDetail, String detail) {
    CatalogueEntry entry =
        find(api, code, withDetail)
            .orElseThrow(() -> new IllegalArgumentException("not in the catalogue: " + code));
    String fill = entry.codeIsTemplate() ? entry.templateValue(code) : detail;
    return new BillingError(entry, code, entry.message().replace("%s", fill == null ? "" : fill));
  }

  private Optional<CatalogueEntry> findIn(Api api, String code, boolean withDetail) {
    CatalogueEntry fixed = null;
    CatalogueEntry detailed = null;
    for (CatalogueEntry entry : entries) {
      if (entry.api() == api && entry.matches(code)) {
        if (entry.message().equals("%s")) {
          detailed = detailed == null ? entry : detailed;
        } else {
          fixed = fixed == null ? entry : fixed;
        }
      }
    }
    if (withDetail && detailed != null) {
      return Optional.of(detailed);
    }
    return Optional.ofNullable(fixed != null ? fixed : detailed);
  }

  private static Catalogue load() {
    List<String[]> rows = rows(read(CATALOGUE));
    List<String[]> triggers = rows(read(TRIGGERS));
    if (rows.size() != triggers.size()) {
      throw new IllegalStateException(
          "triggers.tsv has " + triggers.size() + " rows for " + rows.size() + " catalogue rows");
    }
    List<CatalogueEntry> entries = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      String[] trigger = triggers.get(i);
      if (!row[0].equals(trigger[0]) || !row[2].equals(trigger[1])) {
        throw new IllegalStateException("triggers.tsv row " + (i + 2) + " is not for " + row[2]);
      }
      entries.add(
          new CatalogueEntry(
              Api.fromTsvName(row[0]),
              Integer.parseInt(row[1]),
              row[2],
              row[3],
              row.length > 4 ? row[4] : "",
              parseTrigger(trigger[2], trigger[3])));
    }
    return new Catalogue(entries);
  }

  private static Trigger parseTrigger(String kind, String text) {
    if (kind.equals("fault")) {
      int colon = text.indexOf(':');
      return new Trigger(
          Trigger.Kind.FAULT, text.substring(0, colon).trim(), text.substring(colon + 1).trim());
    }
    return new Trigger(Trigger.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), null, text);
  }

  /** The rows after the header line, blank lines left out. */
  private static List<String[]> rows(String tsv) {
    return tsv.lines().skip(1).filter(line -> !line.isBlank()).map(l -> l.split("\t", -1)).toList();
  }

  private static String read(String name) {
    try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
