package dev.billingsim.simulator.state;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The problems found in a document, each as {@code path: message}, and whether every element could
 * still be built (only then are the domain's state rules worth running).
 */
final class Problems {

  private final List<String> list = new ArrayList<>();
  private boolean complete = true;

  void add(String path, String message) {
    list.add((path.isEmpty() ? "document" : path) + ": " + message);
  }

  /** An element could not be built at all, so the built state is missing parts. */
  void incomplete() {
    complete = false;
  }

  boolean isComplete() {
    return complete;
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** These problems followed by {@code more}, each listed once. */
  List<String> merged(List<String> more) {
    LinkedHashSet<String> all = new LinkedHashSet<>(list);
    all.addAll(more);
    return List.copyOf(all);
  }

  List<String> list() {
    return List.copyOf(list);
  }
}
