package org.agendasearch.ingest.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading that opens a meeting's minutes, wrapped over up to four lines:
 *
 * <pre>
 * Minutes of the meeting of Children and young people scrutiny
 * committee held at the online meeting on Tuesday 15 September
 * 2020 at 1.00 pm
 * </pre>
 *
 * also {@code MINUTES of the meeting of Cabinet held at The Hall, ... on Thursday 22 January 2015
 * at 2.00 pm}. A sentence that merely mentions minutes ("To approve the minutes of the meeting
 * held on ...") does not start a line with "Minutes of" and is not a heading.
 *
 * @param line index of the heading's first line
 * @param lastLine index of its last line
 */
record MinutesHeading(int line, int lastLine, int page, String committee, LocalDate date, LocalTime time, String venue) {

  private static final Pattern START = Pattern.compile("(?i)^minutes\\s+of\\s+(?:the\\s+|a\\s+)?(?:\\w+\\s+)?meeting\\s+of\\b.*");
  private static final Pattern FULL = Pattern.compile(
      "(?i)^minutes\\s+of\\s+(?:the\\s+|a\\s+)?(?:\\w+\\s+)?meeting\\s+of\\s+(?:the\\s+)?(.+?)\\s+held\\b\\s*(.*)$");
  private static final Pattern VENUE = Pattern.compile("(?i)^(?:at|in)\\s+(.+?)\\s+on\\s+.*$");
  private static final Pattern STOP = Pattern.compile("(?i)^(present|members present|attendance|councillors?)\\b.*");
  private static final int MAX_LINES = 4;

  /** The heading starting at line {@code i}, if that line starts one. */
  static Optional<MinutesHeading> at(List<Line> lines, int i) {
    if (!START.matcher(lines.get(i).text()).matches()) {
      return Optional.empty();
    }
    StringBuilder joined = new StringBuilder(lines.get(i).text());
    int last = i;
    while (last + 1 < lines.size() && last + 1 < i + MAX_LINES && !complete(joined.toString())
        && !STOP.matcher(lines.get(last + 1).text()).matches()) {
      last++;
      joined.append(' ').append(lines.get(last).text());
    }
    Matcher m = FULL.matcher(joined);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(2);
    Optional<LocalDate> date = Dates.find(rest);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    String afterDate = rest.substring(Math.max(0, rest.indexOf(String.valueOf(date.get().getYear()))));
    LocalTime time = Times.find(afterDate).orElse(null);
    Matcher v = VENUE.matcher(rest);
    String venue = v.matches() ? v.group(1).strip() : null;
    return Optional.of(new MinutesHeading(i, last, lines.get(i).page(), m.group(1).strip(), date.get(), time, venue));
  }

  /** Heading text that already has a date followed by a time of day. */
  private static boolean complete(String text) {
    Optional<LocalDate> d = Dates.find(text);
    if (d.isEmpty()) {
      return false;
    }
    int at = text.lastIndexOf(String.valueOf(d.get().getYear()));
    return Times.find(text.substring(at)).isPresent();
  }
}
