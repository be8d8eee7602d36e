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

  static Optional<CoverSheetParser.CoverSheet> find(List<Line> lines, boolean monthFirst) {
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
      return Optional.of(new CoverSheetParser.CoverSheet(i, 1, m.group(1).strip(), meeting, date, null));
    }
    return Optional.empty();
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
