package dev.billingsim.simulator.state;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems found in a document, each as {@code path: message}, and whether every element could
 * still be built (only then are the domain's state rules worth running). Each problem is one line:
 * a line break or other control character that a message echoes from the document (a field name, an
 * id, a bad value) is written as an escape, so a listed problem can never pass for two.
 */
public final class Problems {

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F\\u2028\\u2029]");

  private final List<String> list = new ArrayList<>();
  private boolean complete = true;

  public void add(String path, String message) {
    list.add(oneLine((path.isEmpty() ? "document" : path) + ": " + message));
  }

  /** An element could not be built at all, so the built state is missing parts. */
  void incomplete() {
    complete = false;
  }

  boolean isComplete() {
    return complete;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** These problems followed by {@code more}, each listed once. */
  List<String> merged(List<String> more) {
    LinkedHashSet<String> all = new LinkedHashSet<>(list);
    more.forEach(problem -> all.add(oneLine(problem)));
    return List.copyOf(all);
  }

  public List<String> list() {
    return List.copyOf(list);
  }

  /**
   * {@code text} with every control character, line and paragraph separator escaped: the one
   * escaper for whatever the simulator echoes back in a problem, an admin refusal or a start error.
   */
  public static String oneLine(String text) {
    return CONTROL.matcher(text).replaceAll(control -> escape(control.group().charAt(0)));
  }

  /** A backslash then n, r, t, or u and four hex digits, quoted for a regex replacement. */
  private static String escape(char c) {
    String escape =
        c == '\n' ? "n" : c == '\r' ? "r" : c == '\t' ? "t" : String.format("u%04x", (int) c);
    return Matcher.quoteReplacement("\\" + escape);
  }
}
