package dev.billingsim.simulator.state;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The problems found in a document, each as {@code path: message}, and whether every element could
 * still be built (only then are the domain's state rules worth running). Each problem is one line:
 * a line break or other control character that a message echoes from the document (a field name, an
 * id, a bad value) is written as an escape, so a listed problem can never pass for two.
 */
public final class Problems {

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
    for (String problem : more) {
      all.add(oneLine(problem));
    }
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
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (c == '\n') {
          out.append("\\n");
        } else if (c == '\r') {
          out.append("\\r");
        } else if (c == '\t') {
          out.append("\\t");
        } else if (control) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
