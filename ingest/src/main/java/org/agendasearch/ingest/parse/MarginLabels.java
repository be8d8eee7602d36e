package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Minutes that name each item in a left margin, the text beside it:
 *
 * <pre>
 * CALL TO ORDER     Mayor Wilks called the meeting to order at 7: 13 p.m.   "CALL TO ORDER", then the text
 * PLEDGE            PLEDGE OF ALLEGIANCE                                  "PLEDGE OF ALLEGIANCE" (the heading beside it)
 * </pre>
 *
 * When at least three lines open with a label in capitals in a cell of its own, each such line is
 * read as two: the label, a heading on a line of its own, then the text beside it; where the text
 * beside it is itself a heading in capitals, that heading stands for the label.
 */
final class MarginLabels {

  private static final int MIN_LABELS = 3;
  private static final int MAX_LABEL_WORDS = 5;
  private static final int MAX_HEADING_WORDS = 8;

  private MarginLabels() {}

  /** The lines with the margin labels on lines of their own, and where the headings are among them. */
  record Split(List<Line> lines, java.util.Set<Integer> headings) {}

  /** The lines with their margin labels on lines of their own, or {@code lines} itself (and no headings) when they have none. */
  static Split split(List<Line> lines) {
    String[] labels = new String[lines.size()];
    int labelled = 0;
    for (int i = 0; i < labels.length; i++) {
      labels[i] = label(lines.get(i));
      if (labels[i] != null) {
        labelled++;
      }
    }
    if (labelled < MIN_LABELS) {
      return new Split(lines, java.util.Set.of());
    }
    List<Line> out = new ArrayList<>(lines.size() + labelled);
    java.util.Set<Integer> headings = new java.util.TreeSet<>();
    for (int i = 0; i < labels.length; i++) {
      Line l = lines.get(i);
      String label = labels[i];
      if (label == null) {
        out.add(l);
        continue;
      }
      String beside = l.text().substring(l.cells().get(0)).strip();
      headings.add(out.size());
      if (Lines.upperShare(beside) < 0.9 || beside.split("\\s+").length > MAX_HEADING_WORDS) {
        out.add(new Line(l.page(), label));
      }
      out.add(new Line(l.page(), beside));
    }
    return new Split(out, headings);
  }

  /** The label in the line's margin cell, or null: a word or a few in capitals, before the one cell boundary. */
  private static String label(Line l) {
    if (l.cells().size() != 1) {
      return null;
    }
    int c = l.cells().get(0);
    if (c <= 0 || c >= l.text().length()) {
      return null;
    }
    String left = l.text().substring(0, c).strip();
    String[] words = left.split("\\s+");
    boolean capitals = Lines.upperShare(left) >= 0.9 && left.chars().filter(Character::isLetter).count() >= 3;
    return capitals && words.length <= MAX_LABEL_WORDS && left.chars().noneMatch(Character::isDigit) && !left.endsWith(":")
        && !WHO.matcher(left).matches() ? left : null;
  }

  /** A label of who was there, beside their names: {@code ATTENDANCE | Crs W Devlin, ...}, {@code GALLERY | Mr Cameron Barnes}. */
  private static final java.util.regex.Pattern WHO = java.util.regex.Pattern.compile(
      "(?i).*\\b(?:present|attendance|attending|gallery|absent|apolog(?:y|ies)|officers|staff|members|councillors|visitors|public)\\b.*");
}
