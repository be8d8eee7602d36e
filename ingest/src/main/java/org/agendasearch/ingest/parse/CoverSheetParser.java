package org.agendasearch.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds report cover sheets: a cluster of the labels {@code Meeting:} ({@code Committee:},
 * {@code Report to:}), {@code Meeting date:} ({@code Date:}), {@code Title of report:}
 * ({@code Subject:}) and {@code Report by:} ({@code Prepared by:}, {@code Author:}), in any case
 * and any order, each value on the label's line or on the lines after it, a title possibly
 * wrapped; also {@code Report to Council of 16 August 2007} with no label:
 *
 * <pre>
 * Meeting: Children and young people scrutiny committee
 * Meeting date: Tuesday 1 December 2020
 * Title of report: Update on reducing the number of children looked
 * after (CLA)
 * Report by: Assistant director safeguarding and family support
 * </pre>
 *
 * A work programme's {@code Meeting date: 4 December 2017} rows have no title label near them and
 * are not cover sheets.
 */
final class CoverSheetParser {

  /** A cover sheet found in the text; {@code line} is the index of its first label. */
  record CoverSheet(int line, int page, String title, String meeting, LocalDate meetingDate, String reportBy) {}

  enum Label { MEETING, DATE, TITLE, AUTHOR }

  /** {@code Title of report: Children's Safeguarding Update} and its variants. */
  private static final Pattern LABEL = Pattern.compile(
      "(?i)^(meeting date|date of meeting|date|meeting|committee|report to|to|title of report|report title|title|subject|re"
      + "|report by|report of|report author|author|lead officer|prepared by|responsible officer|from)\\s*:\\s*(.*)$");
  /** {@code Report to Council of 16 August 2007}: the meeting and its date in one unlabelled line. */
  private static final Pattern REPORT_TO = Pattern.compile("(?i)^report\\s+to\\s+(?:the\\s+)?(.+?)\\s+(?:of|on|meeting\\s+of)\\s+(.*\\d{4})\\.?$");
  /** Headings that follow a cover sheet's labels and end a wrapped value. */
  private static final Pattern SECTION = Pattern.compile(
      "(?i)^(classification|decision type|key decision|wards? affected|purpose.*|recommendations?(\\(s\\))?|summary|alternative options|report (?:by|author)|meeting.*:|title of report.*|notes?|agenda item.*)\\s*:?$");
  /** A front sheet's {@code Title: Agenda}: the labels of a meeting's papers, not of a report. */
  private static final Pattern NOT_A_REPORT = Pattern.compile("(?i)(?:supplementary\\s+)?(?:agenda|minutes|agenda and minutes|decisions?)");
  /** Labels further apart than this belong to different clusters. */
  private static final int MAX_GAP = 6;

  private CoverSheetParser() {}

  static List<CoverSheet> parse(List<Line> lines) {
    List<CoverSheet> sheets = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Optional<Label> first = label(lines.get(i).text());
      if (first.isEmpty()) {
        i++;
        continue;
      }
      // Gather a cluster of labels, each no further than MAX_GAP lines from the previous one.
      Map<Label, Integer> at = new EnumMap<>(Label.class);
      int last = i;
      for (int j = i; j < lines.size() && j - last <= MAX_GAP; j++) {
        Optional<Label> l = label(lines.get(j).text());
        if (l.isPresent()) {
          if (at.containsKey(l.get())) {
            break;
          }
          at.put(l.get(), j);
          last = j;
        }
      }
      if (at.containsKey(Label.TITLE) && (at.containsKey(Label.MEETING) || at.containsKey(Label.DATE))
          && !NOT_A_REPORT.matcher(String.valueOf(value(lines, at.get(Label.TITLE), 0))).matches()) {
        sheets.add(sheet(lines, at, i));
        i = last + 1;
      } else {
        i++;
      }
    }
    return sheets;
  }

  private static CoverSheet sheet(List<Line> lines, Map<Label, Integer> at, int start) {
    String meeting = value(lines, at.get(Label.MEETING), 2);
    String dateText = value(lines, at.get(Label.DATE), 2);
    Matcher reportTo = at.containsKey(Label.MEETING) ? REPORT_TO.matcher(lines.get(at.get(Label.MEETING)).text()) : null;
    if (reportTo != null && reportTo.matches()) {
      meeting = reportTo.group(1);
      dateText = dateText == null ? reportTo.group(2) : dateText;
    }
    if (dateText == null && meeting != null && Dates.find(meeting).isPresent()) {
      // "To: Cabinet, 7 March 2024": the meeting and its date on one label
      dateText = meeting;
      meeting = MeetingHeader.tidy(meeting.replaceFirst("(?i)[,\\s–-]*(?:on\\s+)?(?:\\w+day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\w+,?\\s+\\d{4}.*$", ""));
    }
    String title = value(lines, at.get(Label.TITLE), 3);
    String author = value(lines, at.get(Label.AUTHOR), 2);
    LocalDate date = Dates.find(dateText).orElse(null);
    return new CoverSheet(start, lines.get(start).page(), title, meeting, date, author);
  }

  /** The value after a label: on its own line, or on up to {@code maxLines} lines after it. */
  static String value(List<Line> lines, Integer index, int maxLines) {
    if (index == null) {
      return null;
    }
    Matcher m = LABEL.matcher(lines.get(index).text());
    Matcher r = REPORT_TO.matcher(lines.get(index).text());
    StringBuilder sb = new StringBuilder(m.matches() ? m.group(2).strip() : r.matches() ? r.group(1).strip() : "");
    boolean inline = !sb.isEmpty();
    for (int j = index + 1; j < lines.size() && j <= index + maxLines; j++) {
      String next = lines.get(j).text();
      if (label(next).isPresent() || SECTION.matcher(next).matches()) {
        break;
      }
      if (inline && !continues(sb.toString(), next)) {
        break;
      }
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(next);
      inline = true;
    }
    // A trailing colon is the layout's, not the value's: "Corporate quarter 3 performance report 2014/15:".
    String v = sb.toString().strip().replaceFirst("\\s*:$", "");
    return v.isEmpty() ? null : v;
  }

  /**
   * Whether a line continues a value already begun: a wrapped title goes on with a lower-case
   * word or a bracket ({@code after (CLA)}), or after a value that ends in a joining word.
   */
  static boolean continues(String value, String next) {
    char c = next.charAt(0);
    if (Character.isLowerCase(c) || c == '(' || c == '&') {
      return true;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    return lower.matches(".*\\b(and|of|for|the|to|in|on|with|a|an|&|-|–)$");
  }

  static Optional<Label> label(String text) {
    if (REPORT_TO.matcher(text).matches()) {
      return Optional.of(Label.MEETING);
    }
    Matcher m = LABEL.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    return Optional.of(switch (name) {
      case "meeting date", "date of meeting", "date" -> Label.DATE;
      case "meeting", "committee", "report to", "to" -> Label.MEETING;
      case "title of report", "report title", "title", "subject", "re" -> Label.TITLE;
      default -> Label.AUTHOR;
    });
  }
}
