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
import org.agendasearch.ingest.parse.CoverLabels.Label;

/**
 * Finds report cover sheets: a cluster of the labels {@code Meeting:} ({@code Committee:},
 * {@code Report to:}), {@code Meeting date:} ({@code Date:}), {@code Title of report:}
 * ({@code Subject:}) and {@code Report by:} ({@code Prepared by:}, {@code Author:}), in any case
 * and any order ({@link CoverLabels}), each value on the label's line or on the lines after it, a
 * title possibly wrapped; also {@code Report to Council of 16 August 2007} with no label:
 *
 * <pre>
 * Meeting: Children and young people scrutiny committee
 * Meeting date: Tuesday 1 December 2020
 * Title of report: Update on reducing the number of children looked
 * after (CLA)
 * Report by: Assistant director safeguarding and family support
 * </pre>
 *
 * A report whose title is a numbered heading above its labels ({@code 10.1 Governance Issues}
 * then {@code Author: ...}) takes it from there, and its meeting and date from a running header
 * above ({@code Ordinary Council Meeting Agenda 2 September 2020}). A document with no labels may
 * be one report under a heading ({@link ReportHeading}). A work programme's
 * {@code Meeting date: 4 December 2017} rows have no title near them and are not cover sheets.
 */
final class CoverSheetParser {

  /** A cover sheet found in the text; {@code line} is the index of its first label. */
  record CoverSheet(int line, int page, String title, String meeting, LocalDate meetingDate, String reportBy) {}

  /** Headings that follow a cover sheet's labels and end a wrapped value. */
  private static final Pattern SECTION = Pattern.compile(
      "(?i)^(?:[ivx]+\\.\\s+|\\d{1,2}\\.\\s+)?(classification|decision type|key decision|wards? affected|purpose.*|recommend.*|summary"
      + "|executive summary|background|introduction|discussion|alternative options|report (?:by|author)|meeting.*:|title of report.*"
      + "|notes?|agenda item.*|request for decision|staff report)\\s*:?$");
  /** A front sheet's {@code Title: Agenda}: the labels of a meeting's papers, not of a report. */
  private static final Pattern NOT_A_REPORT = Pattern.compile("(?i)(?:supplementary\\s+)?(?:agenda|minutes|agenda and minutes|decisions?)");
  /** {@code Council 24 June 2024 Item 8.1}: a running header naming the meeting before its date. */
  private static final Pattern HEADER = Pattern.compile("^(\\p{Lu}[\\p{L} ]{2,60}?)\\s+(?:agenda\\s+|Agenda\\s+)?(?=\\d|\\p{L}+day\\b)");
  /** Labels further apart than this belong to different clusters. */
  private static final int MAX_GAP = 6;
  /** How far above its labels a cover's numbered title or running header may be. */
  private static final int ABOVE = 5;

  private CoverSheetParser() {}

  static List<CoverSheet> parse(List<Line> lines) {
    return parse(lines, false);
  }

  static List<CoverSheet> parse(List<Line> original, boolean monthFirst) {
    List<Integer> origin = new ArrayList<>();
    List<Line> lines = CoverLabels.cells(original, origin);
    List<CoverSheet> sheets = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (CoverLabels.of(lines.get(i).text()).isEmpty()) {
        i++;
        continue;
      }
      // Gather a cluster of labels, each no further than MAX_GAP lines from the previous one.
      Map<Label, Integer> at = new EnumMap<>(Label.class);
      int last = i;
      for (int j = i; j < lines.size() && j - last <= MAX_GAP; j++) {
        Optional<Label> l = CoverLabels.of(lines.get(j).text());
        if (l.isPresent()) {
          if (at.containsKey(l.get())) {
            break;
          }
          at.put(l.get(), j);
          last = j;
        }
      }
      int end = last;
      Optional<CoverSheet> sheet = sheet(lines, at, i, monthFirst).filter(c -> !movedAfter(lines, end));
      if (sheet.isPresent()) {
        CoverSheet s = sheet.get();
        sheets.add(new CoverSheet(origin.get(s.line()), s.page(), s.title(), s.meeting(), s.meetingDate(), s.reportBy()));
        i = last + 1;
      } else {
        i++;
      }
    }
    if (sheets.isEmpty()) {
      ReportHeading.find(original, monthFirst).ifPresent(sheets::add);
    }
    return merged(sheets);
  }

  private static Optional<CoverSheet> sheet(List<Line> lines, Map<Label, Integer> at, int start, boolean monthFirst) {
    String title = value(lines, at.get(Label.TITLE), 3);
    int first = start;
    if (title == null && at.containsKey(Label.AUTHOR)) {
      int heading = numberedHeading(lines, start);
      if (heading >= 0) {
        StringBuilder t = new StringBuilder(ItemNumber.parse(lines.get(heading).text()).orElseThrow().rest());
        for (int j = heading + 1; j < start && !CoverLabels.anyLabel(lines.get(j).text()); j++) {
          t.append(' ').append(lines.get(j).text());
        }
        title = t.toString().strip();
        first = heading;
      }
    }
    boolean known = at.containsKey(Label.MEETING) || at.containsKey(Label.DATE) || at.containsKey(Label.AUTHOR);
    if (title == null || !known || NOT_A_REPORT.matcher(title).matches()) {
      return Optional.empty();
    }
    String meeting = value(lines, at.get(Label.MEETING), 2);
    String dateText = memo(lines, at) ? null : value(lines, at.get(Label.DATE), 2);
    Matcher reportTo = at.containsKey(Label.MEETING) ? CoverLabels.REPORT_TO.matcher(lines.get(at.get(Label.MEETING)).text()) : null;
    if (reportTo != null && reportTo.matches()) {
      meeting = reportTo.group(1);
      dateText = dateText == null ? reportTo.group(2) : dateText;
    }
    if (dateText == null && meeting != null && Dates.find(meeting).isPresent()) {
      // "To: Cabinet, 7 March 2024": the meeting and its date on one label
      dateText = meeting;
      meeting = MeetingHeader.tidy(meeting.replaceFirst("(?i)[,\\s–-]*(?:on\\s+)?(?:\\w+day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\w+,?\\s+\\d{4}.*$", ""));
    }
    if (dateText == null) {
      // "Council 24 June 2024 Item 8.1" above the labels: the meeting's running header
      for (int j = first - 1; j >= 0 && j >= first - ABOVE && lines.get(j).page() == lines.get(first).page(); j--) {
        String t = lines.get(j).text();
        Matcher h = HEADER.matcher(t);
        if (Dates.find(t, monthFirst).isPresent() && h.lookingAt()) {
          dateText = t;
          meeting = meeting == null ? h.group(1).strip() : meeting;
          break;
        }
      }
    }
    String author = value(lines, at.get(Label.AUTHOR), 2);
    LocalDate date = Dates.find(dateText, monthFirst).orElse(null);
    return Optional.of(new CoverSheet(first, lines.get(first).page(), title, meeting, date, author));
  }

  /** How many lines after a cover's labels a motion moved makes them a minute's summary of its item. */
  private static final int MOTION_AFTER = 12;

  /**
   * A motion moved just after the labels: they summarise an item of minutes, not a report's cover, as Legistar prints
   * them ({@code 4.1 Subject: Honoring Gay Plair Cobb} / {@code From: Councilmember Gallo} / {@code Recommendation: ...},
   * then {@code A motion was made by Noel Gallo, seconded by Lynette McElhaney, that this matter be Adopted.}).
   */
  private static boolean movedAfter(List<Line> lines, int last) {
    for (int j = last + 1; j < lines.size() && j <= last + MOTION_AFTER; j++) {
      Optional<DecisionStart> d = DecisionStart.at(lines.get(j).text());
      if (d.isPresent() && (d.get().kind() == DecisionStart.Kind.MOTION || d.get().kind() == DecisionStart.Kind.MOVED)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A memo's labels ({@code DATE:}, {@code TO:}, {@code FROM:}, {@code SUBJECT:}): its date is the
   * day it was written, not the meeting's, which can be days later.
   */
  private static boolean memo(List<Line> lines, Map<Label, Integer> at) {
    return at.containsKey(Label.DATE) && at.containsKey(Label.MEETING) && at.containsKey(Label.AUTHOR)
        && CoverLabels.name(lines.get(at.get(Label.DATE)).text()).equals("date")
        && CoverLabels.name(lines.get(at.get(Label.MEETING)).text()).equals("to")
        && CoverLabels.name(lines.get(at.get(Label.AUTHOR)).text()).equals("from");
  }

  /**
   * The line where a numbered heading above a cover's labels starts ({@code 10.1 Governance Issues
   * : Council Appointed Review and Observer} / {@code Team} / {@code File Number: ...}), or -1.
   */
  private static int numberedHeading(List<Line> lines, int start) {
    for (int j = start - 1; j >= 0 && j >= start - 3 && lines.get(j).page() == lines.get(start).page(); j--) {
      Optional<ItemNumber> n = ItemNumber.parse(lines.get(j).text());
      if (n.isPresent() && !n.get().rest().isEmpty() && HeadingText.of(n.get().rest()).compareTo(HeadingText.Strength.SHORT) >= 0) {
        return j;
      }
    }
    return -1;
  }

  /** Covers one after another with the same title are one report's (a record header, then the report's own labels). */
  private static List<CoverSheet> merged(List<CoverSheet> sheets) {
    List<CoverSheet> out = new ArrayList<>();
    for (CoverSheet s : sheets) {
      CoverSheet p = out.isEmpty() ? null : out.get(out.size() - 1);
      if (p != null && p.page() == s.page() && p.title() != null && TitleMatch.score(p.title(), s.title()) >= 0.9) {
        out.set(out.size() - 1, new CoverSheet(p.line(), p.page(), p.title(), p.meeting() != null ? p.meeting() : s.meeting(),
            p.meetingDate() != null ? p.meetingDate() : s.meetingDate(), p.reportBy() != null ? p.reportBy() : s.reportBy()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** The value after a label: on its own line, or on up to {@code maxLines} lines after it. */
  static String value(List<Line> lines, Integer index, int maxLines) {
    if (index == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(CoverLabels.inlineValue(lines.get(index).text()));
    boolean inline = !sb.isEmpty();
    for (int j = index + 1; j < lines.size() && j <= index + maxLines; j++) {
      String next = lines.get(j).text();
      if (CoverLabels.of(next).isPresent() || SECTION.matcher(next).matches()) {
        break;
      }
      String after = j + 1 < lines.size() ? lines.get(j + 1).text() : null;
      if (inline && !continues(sb.toString(), next, after, maxLines > 2)) {
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
   * word or a bracket ({@code after (CLA)}), or after a value that ends in a joining word; a
   * title with no full stop also goes on with a few words in title case ({@code Veteran's
   * Memorial Amphitheatre Hanger Door} / {@code Stage Change Order}) unless {@code after}, the
   * line after {@code next}, shows it is a label split over two lines ({@code Officer:}).
   */
  private static boolean continues(String value, String next, String after, boolean title) {
    char c = next.charAt(0);
    if (Character.isLowerCase(c) || c == '(' || c == '&') {
      return true;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.matches(".*\\b(and|of|for|the|to|in|on|with|a|an|&|-|–)$")) {
      return true;
    }
    return title && !value.matches(".*[.:;!?]$") && !next.contains(":") && !(after != null && after.matches("\\p{Lu}\\p{L}+:"))&& next.split("\\s+").length <= 6 && ItemNumber.parse(next).isEmpty()
        && HeadingText.of(next) == HeadingText.Strength.STRONG && Lines.upperShare(next) < 0.75;
  }
}
