package org.agendasearch.ingest.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How well an agenda title matches a report's title, ignoring case, punctuation and small words:
 * {@code THE FUTURE OF COLWALL C OF E PRIMARY SCHOOL BUILDING} matches
 * {@code The future of Colwall C of E Primary School building}.
 */
final class TitleMatch {

  private static final Set<String> STOP = Set.of(
      "the", "of", "and", "for", "to", "in", "on", "a", "an", "with", "by", "at", "from", "report", "update");

  private TitleMatch() {}

  /** Shared significant words over the words of the shorter title, 0 to 1. */
  static double score(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    long shared = x.stream().filter(y::contains).count();
    return (double) shared / Math.min(x.size(), y.size());
  }

  static Set<String> words(String s) {
    if (s == null) {
      return Set.of();
    }
    return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() > 1 && !STOP.contains(w))
        .map(w -> w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
        .collect(Collectors.toSet());
  }
}
