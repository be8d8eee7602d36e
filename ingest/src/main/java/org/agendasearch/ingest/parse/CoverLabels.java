package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of a report's cover sheet, and the cells of a line that holds several:
 *
 * <pre>
 * Report to: Cabinet                                  meeting
 * Report to/Rapport au: Corporate Services Committee  meeting (a bilingual label)
 * Meeting date: 12 March 2024 / On agenda: 12/17/2018 date
 * Subject: ... / SUBJECT Parking for Members          title (a label in capitals needs no colon)
 * Report by: ... / REPORT OF Lord Mayor ...           author
 * File created: 11/30/2018 In control: Council        two cells: "File created: ...", "In control: Council"
 * </pre>
 */
final class CoverLabels {

  /** What a label gives. */
  enum Label { MEETING, DATE, TITLE, AUTHOR }

  /** {@code Title of report: Children's Safeguarding Update} and its variants; a French twin after a slash. */
  static final Pattern LABEL = Pattern.compile(
      "(?i)^(meeting date|date of meeting|on agenda|date|meeting|committee|report to|in control|to|title of report|report title"
      + "|title|subject|re|report by|report of|report author|author|lead officer|prepared by|submitted by|responsible officer|from)"
      + "(?:\\s*/\\s*[\\p{L} ']{2,30})?\\s*:\\s*(.*)$");
  /** {@code SUBJECT Parking for Committee Members}: a label in capitals in a table, with no colon. */
  private static final Pattern CAPITALS = Pattern.compile(
      "^(SUBJECT|REPORT OF|REPORT BY|REPORT TO|REPORT AUTHOR|TITLE OF REPORT|REPORT TITLE|MEETING DATE|DATE OF MEETING)\\s+(\\p{Lu}.*)$");
  /** {@code Report to Council of 16 August 2007}: the meeting and its date in one unlabelled line. */
  static final Pattern REPORT_TO = Pattern.compile("(?i)^report\\s+to\\s+(?:the\\s+)?(.+?)\\s+(?:of|on|meeting\\s+of)\\s+(.*\\d{4})\\.?$");
  /** A short capitalised label opening a line, such as a record header's {@code File created:}. */
  private static final Pattern ANY_LABEL = Pattern.compile("^\\p{Lu}[\\p{L} #/]{1,24}:\\s");
  /** A second label later on the line: {@code ... In control: Council}. */
  private static final Pattern MORE = Pattern.compile(
      "\\s((?:In control|On agenda|Final action|Status|Version|Name|Type|Title|Meeting date|Date|Subject|Author|Authoriser)\\s*:\\s)");

  private CoverLabels() {}

  /** The label a cell starts with, if any. */
  static Optional<Label> of(String text) {
    if (REPORT_TO.matcher(text).matches()) {
      return Optional.of(Label.MEETING);
    }
    Matcher m = match(text);
    if (m == null) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    return Optional.of(switch (name) {
      case "meeting date", "date of meeting", "date", "on agenda" -> Label.DATE;
      case "meeting", "committee", "report to", "to", "in control" -> Label.MEETING;
      case "title of report", "report title", "title", "subject", "re" -> Label.TITLE;
      default -> Label.AUTHOR;
    });
  }

  /** The label's own words in lower case ({@code "meeting date"}, {@code "from"}), or empty. */
  static String name(String text) {
    Matcher m = match(text);
    return m == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
  }

  /** The value on a label's own line, or empty. */
  static String inlineValue(String text) {
    Matcher m = match(text);
    if (m != null) {
      return m.group(2).strip();
    }
    Matcher r = REPORT_TO.matcher(text);
    return r.matches() ? r.group(1).strip() : "";
  }

  /** Whether a line opens with a short capitalised label, known or not ({@code File Number: A11777976}). */
  static boolean anyLabel(String text) {
    return text.indexOf(':') > 0 && ANY_LABEL.matcher(text).lookingAt();
  }

  /**
   * A label with a colon is looked for only on a line with a colon, one in capitals only on a line
   * opening with a capital one of them starts with: this runs on every line of a pack.
   */
  private static Matcher match(String text) {
    if (text.indexOf(':') >= 0) {
      Matcher m = LABEL.matcher(text);
      if (m.matches()) {
        return m;
      }
    }
    if (text.isEmpty() || "SRTMD".indexOf(text.charAt(0)) < 0) {
      return null;
    }
    Matcher c = CAPITALS.matcher(text);
    return c.matches() ? c : null;
  }

  /**
   * The lines with a line of several labels split into its cells; {@code origin[k]} is the index
   * in {@code lines} of cell {@code k}.
   */
  static List<Line> cells(List<Line> lines, List<Integer> origin) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String t = l.text();
      if (t.indexOf(':') > 0 && ANY_LABEL.matcher(t).lookingAt()) { // the colon first: most lines have none
        Matcher m = MORE.matcher(t);
        int from = 0;
        // Later labels only, after the first label's value has begun: not the "Date" of "Meeting Date:".
        m.region(Math.min(t.length(), t.indexOf(':') + 2), t.length());
        while (m.find()) {
          out.add(new Line(l.page(), t.substring(from, m.start()).strip()));
          origin.add(i);
          from = m.start(1);
        }
        t = t.substring(from);
      }
      out.add(new Line(l.page(), t));
      origin.add(i);
    }
    return out;
  }
}
