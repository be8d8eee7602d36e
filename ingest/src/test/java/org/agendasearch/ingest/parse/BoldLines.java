package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/** Lines for tests, given as text with "*" before the bold ones: {@code "*Declarations of Interest"} is a bold line. */
final class BoldLines {

  private BoldLines() {}

  static List<Line> of(String... texts) {
    List<Line> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new Line(1, t.startsWith("*") ? t.substring(1) : t, List.of(), t.startsWith("*")));
    }
    return out;
  }
}
