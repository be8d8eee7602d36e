package org.agendasearch.ingest.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When minutes whose heading gives no date or time say the meeting opened, from their first lines:
 *
 * <pre>
 * THAT the Regular Council Meeting held on May 27, 2024 be called to order at 6:04 p.m.   2024-05-27, 18:04
 * The meeting was called to order at 7:08 p.m.                                          19:08
 * Present:  Mayor H.S. Hughes   TIME: 6:04 p.m.                                          18:04
 * </pre>
 */
final class MinutesOpening {

  private MinutesOpening() {}

  /** {@code The meeting was called to order ... at 7:08 p.m.}, {@code declared the meeting open at 8:00am}. */
  private static final Pattern OPENED = Pattern.compile(
      "(?i)\\b(?:called\\s+(?:(?:the|this)\\s+(?:\\w+\\s+){0,3}?(?:meeting|session)\\s+)?to\\s+order|declared\\s+the\\s+meeting\\s+open|opened\\s+the\\s+meeting|meeting\\s+(?:opened|commenced|began))\\b");
  /** Lines of a minutes' opening (its attendance lists included) where it says when the meeting opened. */
  private static final int OPENING_LINES = 45;

  /**
   * The day minutes say the meeting was opened, for minutes whose heading gives none:
   * {@code THAT the Regular Council Meeting held on May 27, 2024 be called to order at 6:04 p.m.}
   */
  static LocalDate openedOn(List<Line> lines, boolean monthFirst) {
    return whereOpened(lines, (i, opened) ->
        Dates.find((i > 0 ? lines.get(i - 1).text() + " " : "") + lines.get(i).text(), monthFirst));
  }

  /** When minutes say the meeting was opened, in their first lines; null if they do not. */
  static LocalTime openedAt(List<Line> lines) {
    return whereOpened(lines, (i, opened) -> {
      String rest = lines.get(i).text().substring(opened.end()) + (i + 1 < lines.size() ? " " + lines.get(i + 1).text() : "");
      return Times.find(rest.length() > 120 ? rest.substring(0, 120) : rest);
    });
  }

  /**
   * The first thing {@code read} finds (given a line's index and {@link #OPENED} on it) on a line
   * of the minutes' opening that says the meeting was opened; null if it finds nothing.
   */
  private static <T> T whereOpened(List<Line> lines, java.util.function.BiFunction<Integer, Matcher, Optional<T>> read) {
    for (int i = 0; i < lines.size() && i < OPENING_LINES; i++) {
      Matcher m = OPENED.matcher(lines.get(i).text());
      if (m.find()) {
        Optional<T> found = read.apply(i, m);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    return null;
  }

  /** A time labelled in a cell beside the opening lists: {@code Present:  Mayor H.S. Hughes   TIME: 6:04 p.m.} */
  private static final Pattern TIME_CELL = Pattern.compile("(?i)\\btime\\s*:\\s*(\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?\\s?m\\.?)");
  private static final int TIME_CELL_LINES = 15;

  /** The time labelled {@code TIME:} on one of the minutes' first lines, after their heading; null if none is. */
  static LocalTime labelledTimeBelow(List<Line> lines) {
    for (int i = 0; i < lines.size() && i < TIME_CELL_LINES; i++) {
      Matcher m = TIME_CELL.matcher(lines.get(i).text());
      if (m.find()) {
        return Times.find(m.group(1)).orElse(null);
      }
    }
    return null;
  }

}
