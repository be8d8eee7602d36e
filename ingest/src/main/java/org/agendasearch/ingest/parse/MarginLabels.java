package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Minutes that name each item in a left margin, the text beside it:
 *
 * <pre>
 * CALL TO ORDER     Mayor Wilks called the meeting to order at 7: 13 p.m.   "CALL TO ORDER", then the text
 * PLEDGE            PLEDGE OF ALLEGIANCE                                  "PLEDGE OF ALLEGIANCE" (the heading beside it)
 * Adopt Agenda      Moved by Councillor Elliott, seconded by ...          "Adopt Agenda" (four labels in title case or more)
 * </pre>
 *
 * When at least three lines open with a label in capitals in a cell of its own, each such line is
 * read as two: the label, a heading on a line of its own, then the text beside it; where the text
 * beside it is itself a heading in capitals, that heading stands for the label.
 */
final class MarginLabels {

  private static final int MIN_LABELS = 3;
  /** Labels in title case a set of minutes has at the fewest for them to be its items' labels. */
  private static final int MIN_TITLE_CASE_LABELS = 4;
  /** Words the text beside a label in title case has at the fewest: a sentence of the minutes, not a table's cell. */
  private static final int MIN_PROSE_WORDS = 6;
  /** A person or a post in a table's first column, no label: {@code Councillor Smith}, {@code Mayor}. */
  private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile(
      "(?i)(?:cllr|councill?or|mayor|deputy|mr|mrs|ms|dr|cr|chair|clerk|item|page|agenda|minute|date|time|venue|report)\\b");
  /** A label in title case: {@code Call to Order}, {@code Adoption of}, {@code Fields / Dufault}. */
  private static final java.util.regex.Pattern TITLE_CASE = java.util.regex.Pattern.compile(
      "^\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|to|and|the|for|on|in|with|/|&))*$");
  private static final int MAX_LABEL_WORDS = 5;
  private static final int MAX_HEADING_WORDS = 8;

  private MarginLabels() {}

  /** The lines with the margin labels on lines of their own, and where the headings are among them. */
  record Split(List<Line> lines, java.util.Set<Integer> headings) {}

  /** The lines with their margin labels on lines of their own, or {@code lines} itself (and no headings) when they have none. */
  static Split split(List<Line> lines) {
    String[] labels = labels(lines, false);
    int labelled = count(labels);
    if (labelled < MIN_LABELS) {
      // labels in title case ("Call to Order", "Adopt Agenda", "Annual Report"): more of them, none in capitals
      labels = labels(lines, true);
      labelled = count(labels);
      if (labelled < MIN_TITLE_CASE_LABELS) {
        return new Split(lines, java.util.Set.of());
      }
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

  /** Each line's margin label ({@link #label(Line, boolean)}), null where it has none. */
  private static String[] labels(List<Line> lines, boolean titleCase) {
    String[] labels = new String[lines.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = label(lines.get(i), titleCase);
    }
    return labels;
  }

  private static int count(String[] labels) {
    int n = 0;
    for (String l : labels) {
      n += l == null ? 0 : 1;
    }
    return n;
  }

  /**
   * The label in the line's margin cell, or null: a word or a few in capitals (or in title case, {@code titleCase}, the
   * text beside it opening with a capital), before the one cell boundary.
   */
  private static String label(Line l, boolean titleCase) {
    if (l.cells().size() != 1) {
      return null;
    }
    int c = l.cells().get(0);
    if (c <= 0 || c >= l.text().length()) {
      return null;
    }
    String left = l.text().substring(0, c).strip();
    String[] words = left.split("\\s+");
    String beside = l.text().substring(c).strip();
    boolean capitals = titleCase ? TITLE_CASE.matcher(left).matches() && Lines.upperShare(left) < 0.9 && !PERSON.matcher(left).lookingAt()
        && Character.isUpperCase(beside.codePointAt(0)) && beside.split("\\s+").length >= MIN_PROSE_WORDS
        : Lines.upperShare(left) >= 0.9 && left.chars().filter(Character::isLetter).count() >= 3;
    return capitals && words.length <= MAX_LABEL_WORDS && left.chars().noneMatch(Character::isDigit) && !left.endsWith(":")
        && !WHO.matcher(left).matches() && !MOTION.matcher(left).lookingAt() ? left : null;
  }

  /** A motion's label beside its mover, not an item's: {@code MOVED BY | Councillor Christine Corris}, {@code SECONDED BY}. */
  private static final java.util.regex.Pattern MOTION = java.util.regex.Pattern.compile(
      "(?i)(?:moved|seconded|proposed|mover|seconder|motion|carried|resolved|agreed|vote[sd]?)\\b");

  /** A label of who was there, beside their names: {@code ATTENDANCE | Crs W Devlin, ...}, {@code GALLERY | Mr Cameron Barnes}. */
  private static final java.util.regex.Pattern WHO = java.util.regex.Pattern.compile(
      "(?i).*\\b(?:present|attendance|attending|gallery|absent|apolog(?:y|ies)|officers|staff|members|councillors|visitors|public)\\b.*");
}
