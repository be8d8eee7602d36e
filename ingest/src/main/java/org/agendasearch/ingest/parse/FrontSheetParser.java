package org.agendasearch.ingest.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pack's front sheet: the committee, {@code Date:}, {@code Time:}, {@code Place:} and the
 * numbered agenda. The front sheet is the text before the first minutes or cover sheet, and only
 * counts as one when it says "Agenda".
 */
final class FrontSheetParser {

  /** What the front sheet says; any field may be null. */
  record FrontSheet(String committee, LocalDate date, LocalTime time, String venue, List<ListedItem> items) {}

  /** An agenda item as listed on the front sheet, with the page it is listed on. */
  record ListedItem(String number, String title, String description, int page) {}

  /** {@code Agenda for the meeting of the Children and Young People Scrutiny Committee}. */
  private static final Pattern AGENDA_FOR = Pattern.compile("(?i)^agenda\\s+for\\s+the\\s+meeting\\s+of\\s+(?:the\\s+)?(.+)$");
  /** {@code AGENDA} or {@code Agenda} alone, the title of the front sheet. */
  private static final Pattern AGENDA = Pattern.compile("(?i)^(?:supplementary\\s+)?agenda$");
  private static final Pattern FIELD = Pattern.compile("(?i)^(date|time|place|venue|location)\\s*:\\s*(.*)$");
  /** Any {@code Label:} line ends a wrapped venue. */
  private static final Pattern ANY_LABEL = Pattern.compile("^[A-Za-z][A-Za-z ]{1,25}:.*$");
  private static final Pattern VENUE_END = Pattern.compile("(?i)^(notes?|for any further|please|membership|contact).*");
  /** A numbered agenda line: {@code 4. MINUTES}, {@code 4 MINUTES}, or {@code 4.} alone. */
  private static final Pattern ITEM = Pattern.compile("^(\\d{1,2}[a-z]?)[.)]?(?:\\s+(\\S.*))?$");
  /** Printed page ranges and their stand-ins, which sit anywhere around a title. */
  static final Pattern RANGE = Pattern.compile(
      "(?i)\\b(?!(?:19|20)\\d\\d\\b)\\d{1,4}\\s*[-–]\\s*(?!(?:19|20)\\d\\d\\b)\\d{1,4}\\b|\\bto follow\\b|^pages$");
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)^(the public'?s rights|public transport|recording of|fire and emergency|the seven principles|how to submit|herefordshire council$).*");
  private static final int DESCRIPTION_LINES = 8;
  private static final Pattern DESCRIPTION_TAIL = Pattern.compile("(?i)(?:^|\\s)(?:\\d{1,4}\\s*[-–]|to\\s+follow)$");
  private static final Pattern SPLIT_RANGE_START = Pattern.compile("\\s+\\d{1,4}(?:\\s*[-–])?$");

  private FrontSheetParser() {}

  /** The front sheet in {@code lines[0, end)}, if those lines are one. */
  static Optional<FrontSheet> parse(List<Line> lines, int end) {
    int limit = Math.min(end, lines.size());
    int agendaLine = -1;
    String committee = null;
    for (int i = 0; i < limit && i < 60; i++) {
      String t = lines.get(i).text();
      Matcher f = AGENDA_FOR.matcher(t);
      if (f.matches()) {
        committee = f.group(1).strip();
        if (i + 1 < limit && Character.isLowerCase(lines.get(i + 1).text().charAt(0))
            && lines.get(i + 1).text().split(" ").length <= 3) {
          committee = committee + " " + lines.get(i + 1).text(); // "... scrutiny" / "committee"
        }
        if (agendaLine < 0) {
          agendaLine = i;
        }
        break;
      }
      if (agendaLine < 0 && AGENDA.matcher(t).matches()) {
        agendaLine = i;
        if (i + 1 < limit && !FIELD.matcher(lines.get(i + 1).text()).matches()) {
          committee = lines.get(i + 1).text();
        }
      }
    }
    if (agendaLine < 0) {
      return Optional.empty();
    }
    LocalDate date = null;
    LocalTime time = null;
    String venue = null;
    for (int i = 0; i < limit && i < 80; i++) {
      Matcher m = FIELD.matcher(lines.get(i).text());
      if (!m.matches()) {
        continue;
      }
      String label = m.group(1).toLowerCase(java.util.Locale.ROOT);
      String value = m.group(2).strip();
      String withNext = i + 1 < limit ? value + " " + lines.get(i + 1).text() : value;
      switch (label) {
        case "date" -> date = date != null ? date : Dates.find(value).or(() -> Dates.find(withNext)).orElse(null);
        case "time" -> time = time != null ? time : Times.find(value.isEmpty() ? withNext : value).orElse(null);
        default -> venue = venue != null ? venue : venue(lines, i, value, limit);
      }
    }
    return Optional.of(new FrontSheet(committee, date, time, venue, items(lines, agendaLine, limit)));
  }

  private static String venue(List<Line> lines, int i, String first, int limit) {
    StringBuilder sb = new StringBuilder(first);
    for (int j = i + 1; j < limit && j <= i + 3; j++) {
      String t = lines.get(j).text();
      if (ANY_LABEL.matcher(t).matches() || VENUE_END.matcher(t).matches()) {
        break;
      }
      sb.append(sb.isEmpty() ? "" : " ").append(t);
    }
    String v = sb.toString().strip();
    return v.isEmpty() ? null : v;
  }

  /**
   * The numbered agenda: items numbered 1, 2, 3 ... in order, each a title (capitals, possibly
   * wrapped, page range stripped) and a description. A number that breaks the sequence (a key
   * decision table's "5", a numbered principle) is not an item.
   */
  static List<ListedItem> items(List<Line> lines, int from, int limit) {
    List<ListedItem> items = new ArrayList<>();
    int expected = 1;
    int i = from;
    while (i < limit) {
      Matcher m = ITEM.matcher(lines.get(i).text());
      if (!m.matches() || number(m.group(1)) != expected) {
        i++;
        continue;
      }
      int page = lines.get(i).page();
      String title = m.group(2);
      int j = i + 1;
      if (title == null) {
        if (j >= limit) {
          break;
        }
        title = lines.get(j).text();
        j++;
      }
      title = stripRange(title);
      if (title.isEmpty() || !Character.isLetter(title.codePointAt(0))) {
        i++;
        continue;
      }
      // A wrapped title: the next lines in capitals, page ranges in between skipped.
      while (j < limit && Lines.upperShare(title) >= 0.75) {
        String t = lines.get(j).text();
        if (isRange(t)) {
          j++;
          continue;
        }
        if (Lines.upperShare(t) >= 0.9 && !ITEM.matcher(t).matches() && !BOILERPLATE.matcher(t).matches()
            && t.chars().filter(Character::isLetter).count() > 2) {
          // A number ending a line that the title goes on from is the start of a range split by
          // the wrap ("... FOR CHILDREN, 11" / "YOUNG PEOPLE AND FAMILIES" / "88").
          title = SPLIT_RANGE_START.matcher(title).replaceFirst("") + " " + stripRange(t);
          j++;
          continue;
        }
        break;
      }
      StringBuilder description = new StringBuilder();
      int read = 0;
      while (j < limit && read < DESCRIPTION_LINES) {
        String t = lines.get(j).text();
        Matcher next = ITEM.matcher(t);
        if (next.matches() && number(next.group(1)) == expected + 1) {
          break;
        }
        if (BOILERPLATE.matcher(t).matches() || (Lines.upperShare(t) >= 0.9 && t.length() > 8)) {
          break;
        }
        if (!isRange(t)) {
          description.append(description.isEmpty() ? "" : " ").append(t);
          read++;
        }
        j++;
      }
      String d = tidyDescription(description.toString());
      items.add(new ListedItem(m.group(1), title.strip(), d, page));
      expected++;
      i = j;
    }
    return items;
  }

  /**
   * A description without the page-range pieces the layout left at its end: the start of a range
   * split over lines ({@code ... provide assurance. 89 -}) or a "To Follow" split in two.
   */
  static String tidyDescription(String description) {
    String d = description.strip();
    String before;
    do {
      before = d;
      d = DESCRIPTION_TAIL.matcher(d).replaceFirst("").strip();
    } while (!d.equals(before));
    return d.isEmpty() ? null : d;
  }

  /** {@code 11 - 88}, {@code To Follow} or {@code Pages} alone on a line. */
  static boolean isRange(String line) {
    return line.matches("\\d{1,4}") || RANGE.matcher(line).replaceAll("").replaceAll("[\\s.,]", "").isEmpty();
  }

  /** A title with printed page ranges removed: {@code PROCUREMENT EXERCISE IN 109 - 114 RESPECT OF}. */
  static String stripRange(String title) {
    return RANGE.matcher(title).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }

  private static int number(String n) {
    return Integer.parseInt(n.replaceAll("[a-z]", ""));
  }
}
