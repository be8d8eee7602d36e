package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of an agenda printed by Legistar, each item with the file number of its matter, in the order the
 * meeting takes them rather than in a run of numbers:
 *
 * <pre>
 * A         21-0020      Mary Avenue Overcrossing                      "A", "Mary Avenue Overcrossing"
 * 1.A       21-0177      Approve City Council Meeting Minutes of ...   "1.A"
 * A.-1.     23-6764      Presentation of a Proclamation declaring ...   "A.-1" (part 1 of section A)
 *           21-0196      Tentative Council Meeting Agenda Calendar     no number of its own
 * 33.     SUBJECT:       STATE AND FEDERAL REPORT          2017-0346   "33", "STATE AND FEDERAL REPORT"
 * </pre>
 *
 * Read when three rows or more carry a file number; the item numbers then need not run on (a board's item 33, then 43,
 * then 35). A part of {@link NumberedAgenda}'s reading.
 */
final class LegistarRows {

  /** A matter's file number: {@code 21-0020}, {@code 2017-0346}, {@code T2013-6219}. */
  private static final String FILE = "(?:[A-Z]{1,2})?(?:\\d{2}|(?:19|20)\\d{2})-\\d{3,5}";
  /** The item's number (if any), its file number, its title. */
  private static final Pattern FILE_FIRST = Pattern.compile(
      "^(?:(\\d{1,3}(?:\\.[A-Z0-9]{1,3})?|[A-Z]|(?:[A-Z]|\\d{1,2})\\.-\\d{1,3})\\.?\\s+)?(" + FILE + ")\\s+(\\p{L}.*)$");
  /** The item's number, {@code SUBJECT:}, its title, its file number at the line's end. */
  private static final Pattern SUBJECT = Pattern.compile("^(\\d{1,3})\\.\\s+SUBJECT:\\s+(\\S.*?)\\s+(" + FILE + ")$");
  /** The family of the rows' numbers ({@link ItemNumber#family()}), which no printed numbering has. */
  static final String FAMILY = "legistar";
  /** Rows an agenda has at the fewest for them to be its items. */
  private static final int MIN_ROWS = 3;

  private LegistarRows() {}

  /**
   * The rows with the agenda's own numbered sections among them, which carry no file number:
   * {@code A.        PRESENTATIONS AND PROTOCOL DOCUMENTS} above {@code A.-1.     23-6764   Presentation of a ...},
   * {@code C.        PUBLIC COMMENTS} with no row under it: a section is in capitals or numbers rows of its own
   * (not {@code A. RECEIVE AND FILE report from the Policy Advisory Council}, a recommendation's part in a row's text).
   * So are the agenda's numbered items that print their file number on the item's page further on
   * ({@code 2.1 Approval of City Council Minutes.} beside the row {@code 2.7   21-024   Amendment to the ...}, the same
   * section's numbers), and a row with no number of its own that repeats such an item's title
   * ({@code 2.2 Final Adoption of Ordinances.}, then {@code 21-023    Final Adoption of Ordinances.} over its papers) is
   * that item's, not one more.
   *
   * @param own the agenda's own run of numbers
   * @param numbered every numbered line that may be an item, for the items of a row's section outside that run
   */
  static List<ItemSequence.Candidate> withSections(List<ItemSequence.Candidate> rows, List<ItemSequence.Candidate> own,
      List<ItemSequence.Candidate> numbered) {
    java.util.Set<Integer> rowLines = new java.util.HashSet<>();
    rows.forEach(r -> rowLines.add(r.line()));
    java.util.Set<String> rowSections = new java.util.HashSet<>();
    rows.stream().map(r -> ItemNumber.sectionOf(r.number().number())).filter(java.util.Objects::nonNull).forEach(rowSections::add);
    List<ItemSequence.Candidate> kept = new ArrayList<>();
    own.stream().filter(c -> !rowLines.contains(c.line()))
        .filter(c -> TitleLines.capitals(c.number().rest()) || rows.stream().anyMatch(r -> r.number().number() != null
            && r.number().number().startsWith(c.number().number() + ".")))
        .forEach(kept::add);
    java.util.Set<Integer> keptLines = new java.util.HashSet<>();
    kept.forEach(c -> keptLines.add(c.line()));
    numbered.stream().filter(c -> !rowLines.contains(c.line()) && !keptLines.contains(c.line()))
        .filter(c -> rowSections.contains(ItemNumber.sectionOf(c.number().number())) && c.strength() != HeadingText.Strength.NONE)
        .forEach(kept::add);
    List<ItemSequence.Candidate> all = new ArrayList<>(kept);
    rows.stream().filter(r -> r.number().number() != null || kept.stream().noneMatch(c -> c.line() < r.line()
        && TitleMatch.score(c.number().rest(), r.number().rest()) >= SAME_TITLE)).forEach(all::add);
    all.sort(java.util.Comparator.comparingInt(ItemSequence.Candidate::line));
    return all;
  }

  /** How alike a row's title and an item's must be for the row to be the item's own. */
  private static final double SAME_TITLE = 0.9;

  /** The rows between {@code from} and {@code limit} as items, or none when there are fewer than {@link #MIN_ROWS}. */
  static List<ItemSequence.Candidate> of(List<Line> lines, int from, int limit) {
    List<ItemSequence.Candidate> out = new ArrayList<>();
    for (int i = from; i < limit; i++) {
      String t = lines.get(i).text().strip();
      Matcher m = FILE_FIRST.matcher(t);
      Matcher s = SUBJECT.matcher(t);
      String number;
      String title;
      if (m.matches()) {
        number = m.group(1);
        title = m.group(3);
      } else if (s.matches()) {
        number = s.group(1);
        title = s.group(2);
      } else {
        continue;
      }
      ItemNumber n = new ItemNumber(number, title, ItemNumber.Scheme.PLAIN, FAMILY, out.size() + 1);
      HeadingText.Strength strength = HeadingText.of(title);
      out.add(new ItemSequence.Candidate(i, n, strength == HeadingText.Strength.NONE ? HeadingText.Strength.SENTENCE : strength));
    }
    return out.size() >= MIN_ROWS ? out : List.of();
  }
}
