package org.agendasearch.ingest.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document that is one report under a heading near its top, with no cover-sheet labels:
 *
 * <pre>
 * CLERK'S REPORT FOR COUNCIL MEETING 1st FEBRUARY 2024   title "CLERK'S REPORT", meeting "COUNCIL MEETING"
 * Parish Clerk Report for 9th September 2024             title "Parish Clerk Report", no meeting named
 * Appendix A Clerks Report for Meeting on 1 December 2008
 * LEADER'S REPORT                                        the date from a line just above
 * </pre>
 */
final class ReportHeading {

  private static final Pattern HEADING = Pattern.compile(
      "(?i)^(?:appendix\\s+\\w{1,3}\\s*[-–:]?\\s+)?((?:[\\p{L}'’]+\\s+){0,3}report)(?:\\s+(?:for|to)(?:\\s+(?:the\\s+)?(.*?))?)?\\s*$");
  /** Lines at the top of the document where such a heading may be. */
  private static final int TOP = 6;

  private ReportHeading() {}

  /** {@code CABINET: 22ND SEPTEMBER, 2014}: the meeting a referred minute goes to, and its date. */
  private static final Pattern MEETING_AND_DATE = Pattern.compile("^(\\p{Lu}[\\p{Lu} &,()'’-]{2,80}?)\\s*:\\s*(.*\\d{4})$");
  private static final Pattern REFERENCE_FROM = Pattern.compile("(?i)^reference\\s+from\\s+\\S.*");

  static Optional<CoverSheetParser.CoverSheet> find(List<Line> lines, boolean monthFirst) {
    return referred(lines, monthFirst).or(() -> headed(lines, monthFirst));
  }

  /**
   * A minute one committee refers to another, as Welsh councils print it: the meeting it goes
   * to, then where it comes from, then the minute, whose title is the report's.
   *
   * <pre>
   * CABINET: 22ND SEPTEMBER, 2014
   * REFERENCE FROM SCRUTINY COMMITTEE (CORPORATE RESOURCES): 23RD JULY, 2014
   * 283 REGIONALISING REGULATORY SERVICES PROJECT (DDS) -
   * </pre>
   */
  private static Optional<CoverSheetParser.CoverSheet> referred(List<Line> lines, boolean monthFirst) {
    for (int i = 0; i + 1 < lines.size() && i < TOP && lines.get(i).page() == 1; i++) {
      Matcher m = MEETING_AND_DATE.matcher(lines.get(i).text());
      if (!m.matches() || !REFERENCE_FROM.matcher(lines.get(i + 1).text()).matches()) {
        continue;
      }
      Optional<LocalDate> date = Dates.find(m.group(2), monthFirst);
      for (int j = i + 2; j < lines.size() && j <= i + 4 && date.isPresent(); j++) {
        Optional<ItemNumber> n = ItemNumber.parse(lines.get(j).text());
        if (n.isPresent() && !n.get().rest().isEmpty()) {
          String title = n.get().rest().replaceFirst("\\s*[-–—:]$", "");
          return Optional.of(new CoverSheetParser.CoverSheet(i, lines.get(i).page(), title, MeetingHeader.tidy(m.group(1)), date.get(), null));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<CoverSheetParser.CoverSheet> headed(List<Line> lines, boolean monthFirst) {
    for (int i = 0; i < lines.size() && i < TOP && lines.get(i).page() == 1; i++) {
      String t = lines.get(i).text();
      Optional<LocalDate> onLine = Dates.find(t, monthFirst);
      String words = onLine.isPresent() ? t.replaceFirst("(?i)\\s*(?:on|of|held on|dated)?\\s*(?:\\w+day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\w+,?\\s+\\d{4}.*$", "") : t;
      Matcher m = HEADING.matcher(words);
      if (!m.matches() || Lines.upperShare(m.group(1)) < 0.75 && !HeadingText.titleCase(m.group(1).split("\\s+"))) {
        continue;
      }
      LocalDate date = onLine.isPresent() ? onLine.get() : nearby(lines, i, monthFirst);
      if (date == null) {
        continue;
      }
      String meeting = m.group(2) == null || m.group(2).isBlank() || m.group(2).matches("(?i)meeting") ? null : m.group(2).strip();
      if (meeting == null) {
        meeting = corner(lines, i);
      }
      return Optional.of(new CoverSheetParser.CoverSheet(i, 1, m.group(1).strip(), meeting, date, null));
    }
    return Optional.empty();
  }

  /** A body's name: {@code COUNCIL}, {@code Policy and Resources Committee}. */
  private static final Pattern BODY = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:[\\p{L}&,'’-]+\\s+){0,6}(?:council|committee|sub-committee|cabinet|board|panel|authority|commission)$");

  /**
   * The meeting printed in the top corner, the last cell of a line above the heading:
   * {@code ARGYLL AND BUTE COUNCIL} ... {@code COUNCIL}.
   */
  private static String corner(List<Line> lines, int at) {
    for (int j = 0; j < at; j++) {
      List<Integer> cells = lines.get(j).cells();
      if (!cells.isEmpty()) {
        String last = lines.get(j).text().substring(cells.get(cells.size() - 1)).strip();
        if (BODY.matcher(last).matches()) {
          return last;
        }
      }
    }
    return null;
  }

  /** A date on the lines just above or below the heading. */
  private static LocalDate nearby(List<Line> lines, int at, boolean monthFirst) {
    for (int j = Math.max(0, at - 2); j < lines.size() && j <= at + 1; j++) {
      Optional<LocalDate> d = Dates.find(lines.get(j).text(), monthFirst);
      if (j != at && d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }
}
