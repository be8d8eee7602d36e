package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;

/**
 * Finds each meeting's minutes: where a set of minutes starts (a
 * {@link LineLabel#MINUTES_TITLE minutes title}, or an attendance list after a line with a date,
 * as in minutes appended to an agenda), the meeting its opening lines name
 * ({@link MeetingHeader}), who attended ({@link AttendanceParser}) and its minutes, read by
 * {@link MinuteSegmenter}. The minutes end at the signature ("The meeting ended at 3.33 pm"), the
 * next cover sheet or the next minutes.
 */
final class MinutesParser {

  private static final Pattern ENDED = Pattern.compile(
      "(?i)^the meeting (ended|closed|finished|concluded|terminated|was (?:closed|adjourned)) at\\b.*|^meeting closed at\\b.*");
  /** Lines after a minutes title that still belong to its opening block. */
  private static final int HEADER_REACH = 10;
  private static final int FIRST_PAGE_TOP = 15;

  /** Minutes found, the line where their heading starts and the line where they end (exclusive). */
  record Found(Minutes minutes, MeetingHeader heading, int start, int end, List<String> warnings) {}

  private MinutesParser() {}

  /** Where each set of minutes starts: its first line. */
  static List<Integer> starts(List<Line> lines, LineLabel[] labels) {
    return starts(lines, labels, java.util.Collections.emptyNavigableSet());
  }

  /** As {@link #starts(List, LineLabel[])}; minutes open below a report's cover ({@code barriers}), never above it. */
  static List<Integer> starts(List<Line> lines, LineLabel[] labels, NavigableSet<Integer> barriers) {
    List<Integer> starts = new ArrayList<>();
    int lastTitle = -HEADER_REACH - 1;
    boolean inAgenda = false;
    for (int i = 0; i < lines.size(); i++) {
      if (labels[i] == LineLabel.AGENDA_TITLE) {
        inAgenda = true;
      }
      if (inAgenda && labels[i] == LineLabel.ATTENDANCE && AGENDA_ROLL_CALL.matcher(lines.get(i).text()).matches()) {
        continue; // "ROLL CALL Theresa Devoy, CMC": an agenda's standing item, with who calls it
      }
      if (labels[i] == LineLabel.ATTENDANCE && WHO_CALLS_IT.matcher(lines.get(i).text()).matches()) {
        continue; // "ROLL CALL (Mayor)": an agenda's item with who takes it in brackets, though no title says "Agenda"
      }
      if (labels[i] == LineLabel.MINUTES_TITLE && inAgenda && !nearPageTop(lines, i)
          && (!TITLE_FIRST.matcher(lines.get(i).text()).lookingAt() || !attendanceFollows(labels, i))) {
        // "b) REPORT" / "CITY COUNCIL MEETING MINUTES" / "Recommendation: ...": an agenda's item, not minutes;
        // "(i) To approve the minutes of ..." / "Minutes of February Monthly Meeting of WMCC 25th February 2019": the
        // title of the papers an item approves, with nobody listed as present under it
        continue;
      }
      if (labels[i] == LineLabel.MINUTES_TITLE) {
        inAgenda = false;
        // A second set of minutes has a full opening: the title, then who was there. A heading
        // "CONSIDERATION OF MINUTES" or a running "CONFIRMED MINUTES – ..." inside minutes has not.
        if (i - lastTitle > HEADER_REACH && (starts.isEmpty() || attendanceFollows(labels, i))) {
          starts.add(openingOf(lines, labels, i, barriers));
        }
        lastTitle = i;
      } else if (labels[i] == LineLabel.ATTENDANCE && i - lastTitle > HEADER_REACH) {
        int start = openingOf(lines, labels, i, barriers);
        if (start < i && (starts.isEmpty() || start > starts.get(starts.size() - 1))) {
          starts.add(start);
          lastTitle = i;
        }
      }
    }
    return starts.stream().distinct().sorted().toList();
  }

  /** An agenda's roll call, a heading with at most the name of who calls it: {@code ROLL CALL Theresa Devoy, CMC}. */
  private static final Pattern AGENDA_ROLL_CALL = Pattern.compile("^ROLL\\s+CALL(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:,\\s*[A-Z]{2,4})?$");

  /** An agenda's roll call with who takes it in brackets: {@code ROLL CALL (Mayor)}, {@code Roll Call (Clerk)}. */
  private static final Pattern WHO_CALLS_IT = Pattern.compile("(?i)^(?:\\d{1,2}\\.?\\s+)?roll\\s+call\\s*\\([\\p{L} .]{2,30}\\)$");

  /** A title that opens with its word: {@code MINUTES OF THE REGULAR MEETING}, not an item's {@code CITY COUNCIL MEETING MINUTES}. */
  private static final Pattern TITLE_FIRST = Pattern.compile("(?i)^(?:(?:draft|unconfirmed|approved|confirmed)\\s+)?minutes\\b");

  /** Among the first few lines of its page: where minutes attached to an agenda begin. */
  private static boolean nearPageTop(List<Line> lines, int i) {
    int page = lines.get(i).page();
    return i < ATTACHED_TOP || lines.get(i - ATTACHED_TOP).page() != page;
  }

  private static final int ATTACHED_TOP = 5;
  /** A ModernGov meeting page's words that its minutes are on it ({@link LineLabel#AGENDA_AND_MINUTES}). */
  private static final Pattern AGENDA_AND_MINUTES = Pattern.compile("(?i)" + LineLabel.AGENDA_AND_MINUTES);
  /** A numbered minute that approves the minutes before: {@code 14 MINUTES}, {@code 3. Minutes of the last meeting}. */
  private static final Pattern MINUTES_ITEM = Pattern.compile("(?i)^\\S{1,8}\\s+(?:(?:approval|confirmation)\\s+of\\s+(?:the\\s+)?)?minutes\\b.{0,40}$");

  /** Lines below a minutes title within which the item approving those minutes gives its decision. */
  private static final int DECIDED_BELOW = 3;

  /** Whether a decision follows within a few lines: the minutes' own item that approves the minutes named at {@code i}. */
  private static boolean decidedBelow(LineLabel[] labels, int i) {
    return follows(labels, i, LineLabel.DECISION, DECIDED_BELOW);
  }

  private static boolean attendanceFollows(LineLabel[] labels, int i) {
    return follows(labels, i, LineLabel.ATTENDANCE, HEADER_REACH);
  }

  /** Whether a line labelled {@code label} follows line {@code i} within {@code reach} lines. */
  private static boolean follows(LineLabel[] labels, int i, LineLabel label, int reach) {
    for (int j = i + 1; j < labels.length && j <= i + reach; j++) {
      if (labels[j] == label) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first line of the minutes whose title or attendance list is at {@code i}: the top of the
   * page when only the page's opening lines stand above it, else the nearest line above with a
   * date, else the line itself.
   */
  private static int openingOf(List<Line> lines, LineLabel[] labels, int i, NavigableSet<Integer> barriers) {
    int page = lines.get(i).page();
    int top = i;
    while (top > 0 && lines.get(top - 1).page() == page && !barriers.contains(top - 1)) {
      top--;
    }
    if (i > 0 && labels[i] == LineLabel.MINUTES_TITLE && labels[i - 1] == LineLabel.NUMBERED
        && MINUTES_ITEM.matcher(lines.get(i - 1).text()).matches() && top == 0 && decidedBelow(labels, i)) {
      // "14 MINUTES" / "Minutes of the Meeting held on Wednesday, 9th September, 2009" / "RESOLVED THAT: ...": the minutes
      // an item approves, under a heading of the document's own numbered minutes; these open at the document's top
      return top;
    }
    boolean clear = i - top <= FIRST_PAGE_TOP;
    // "Agenda for Overview and Scrutiny Committee on Wednesday, 5th April, 2017, 2.00 pm" / "Agenda and minutes": a ModernGov
    // meeting page's title, the meeting and its date above the words that say its minutes are on it
    boolean meetingPage = AGENDA_AND_MINUTES.matcher(lines.get(i).text()).matches();
    for (int j = top; j < i && clear; j++) {
      clear = labels[j] != LineLabel.NUMBERED && labels[j] != LineLabel.DECISION && (labels[j] != LineLabel.AGENDA_TITLE || meetingPage);
    }
    if (clear) {
      return top;
    }
    for (int j = i - 1; j >= Math.max(top, i - 3); j--) {
      String t = lines.get(j).text();
      if (Dates.find(t).isPresent() && !t.endsWith(".") && t.split("\\s+").length <= 10) {
        return j; // "Milburn Parish Council - 3rd September 2019" above "Present"
      }
    }
    return labels[i] == LineLabel.MINUTES_TITLE ? i : i + 1;
  }

  static List<Found> parse(List<Line> lines, LineLabel[] labels, List<Integer> starts, NavigableSet<Integer> barriers,
      boolean monthFirst) {
    return parse(lines, labels, starts, barriers, monthFirst, true);
  }

  /**
   * A document with no title, agenda or cover sheet that holds numbered minutes with decisions is
   * minutes from its first line, even when no date can be read (it was cut from a longer page).
   * One that says who presided ({@code held}) is minutes with or without a decision, when it says
   * when the meeting was.
   */
  static Optional<Found> wholeDocument(List<Line> lines, LineLabel[] labels, boolean monthFirst, boolean held) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return parse(lines, labels, List.of(0), new TreeSet<>(), monthFirst, false).stream()
        .filter(f -> f.heading().date() != null || f.minutes().items().size() >= 3)
        .filter(f -> held && f.heading().date() != null
            || f.minutes().items().stream().anyMatch(i -> !i.resolutions().isEmpty()))
        .findFirst();
  }

  private static List<Found> parse(List<Line> lines, LineLabel[] labels, List<Integer> starts,
      NavigableSet<Integer> barriers, boolean monthFirst, boolean requireDate) {
    TreeSet<Integer> stops = new TreeSet<>(barriers);
    stops.addAll(starts);
    List<Found> found = new ArrayList<>();
    for (int start : starts) {
      Integer next = stops.higher(start);
      int end = next == null ? lines.size() : next;
      for (int i = start + 1; i < end; i++) {
        if (ENDED.matcher(lines.get(i).text()).matches()) {
          end = i + 1;
          break;
        }
      }
      List<Line> body = lines.subList(start, end);
      List<Line> asPrinted = body;
      LineLabel[] bodyLabels = java.util.Arrays.copyOfRange(labels, start, end);
      MarginLabels.Split margin = MarginLabels.split(body);
      if (margin.lines() != body) {
        body = margin.lines(); // "CALL TO ORDER | Mayor Wilks called the meeting to order ...": the labels on lines of their own
        bodyLabels = LineLabel.label(body);
      }
      List<String> warnings = new ArrayList<>();
      MinuteSegmenter.Segmented segmented = MinuteSegmenter.segment(body, bodyLabels, margin.headings(), warnings);
      List<MinuteItem> items = segmented.items();
      int headerEnd = segmented.firstLine();
      MeetingHeader h = MeetingHeader.read(body, 0, Math.max(headerEnd, 1), monthFirst);
      if (h.time() == null) {
        h = h.withTime(MinutesOpening.openedAt(body));
      }
      if (h.time() == null) {
        h = h.withTime(MinutesOpening.labelledTimeBelow(body));
      }
      if (h.date() == null || h.committee() == null) {
        h = h.orLabelled(body, monthFirst);
      }
      if (h.date() == null) {
        h = h.withDate(MinutesOpening.openedOn(body, monthFirst));
      }
      if (h.date() == null && body != asPrinted) {
        // "COUNCIL MEETING | Wednesday, April 25, 2012" / "| 7:00 p.m.": the title block is the margin's first labels, the
        // meeting's day beside them (a Utah city's minutes); read it as printed
        MeetingHeader printed = MeetingHeader.read(asPrinted, 0, Math.min(asPrinted.size(), HEADER_REACH), monthFirst);
        if (printed.date() != null) {
          h = new MeetingHeader(h.committee() != null ? h.committee() : printed.committee(), printed.date(),
              h.time() != null ? h.time() : printed.time(), h.venue() != null ? h.venue() : printed.venue());
        }
      }
      if (h.date() == null && requireDate) {
        continue; // a list headed "Attendance" in a report, not minutes: minutes say when they met
      }
      if (requireDate && agendaRollCall(labels, start, items)) { // (a whole document is read as minutes for its decisions or who presided)
        continue;
      }
      int listsEnd = Math.max(headerEnd, firstItemLine(body, items));
      Minutes minutes = new Minutes(h.committee(), h.date(), lines.get(start).page(), items,
          AttendanceParser.parse(body, bodyLabels, listsEnd), DeclarationParser.parse(body), DeclarationParser.noneDeclared(body));
      found.add(new Found(minutes, h, start, end, warnings));
    }
    return found;
  }

  /**
   * An agenda's roll call opens no minutes: below an agenda title, a list such as {@code ROLL
   * CALL: Councilmembers McSweeney, Honig, ...} with no minutes title near it and no decision
   * anywhere after it is the agenda's next item, not the minutes of the meeting. (Minutes
   * appended to an agenda record decisions.)
   */
  static boolean agendaRollCall(LineLabel[] labels, int start, List<MinuteItem> items) {
    // the agenda's title above the roll call, or just under it ("ROLL CALL" / "PLEDGE OF ALLEGIANCE" / "AGENDA")
    boolean agendaAbove = false;
    for (int i = 0; i < labels.length && i <= start + HEADER_REACH && !agendaAbove; i++) {
      agendaAbove = labels[i] == LineLabel.AGENDA_TITLE;
    }
    for (int i = start; i < labels.length && i <= start + HEADER_REACH; i++) {
      if (labels[i] == LineLabel.MINUTES_TITLE) {
        return false;
      }
    }
    return agendaAbove && items.stream().allMatch(item -> item.resolutions().isEmpty());
  }

  /**
   * The line after which attendance lists are no longer read: the first minute's heading, or
   * the second when the first is the attendance or apologies itself.
   */
  private static int firstItemLine(List<Line> body, List<MinuteItem> items) {
    int seen = 0;
    for (int i = 0; i < body.size(); i++) {
      for (MinuteItem item : items) {
        if (item.title() == null) {
          continue; // "1." then "Moved by:": a minute with no heading to look for
        }
        String start = item.title().length() > 25 ? item.title().substring(0, 25) : item.title();
        if (body.get(i).text().contains(start) && body.get(i).page() == item.page()) {
          if (!item.title().matches("(?i).*\\b(?:apolog|attendance|present|roll\\s+call|call(?:ed)?\\s+(?:\\w+\\s+){0,2}to\\s+order|sederunt|welcome|opening).*") || ++seen > 1) {
            return i;
          }
        }
      }
    }
    return Math.min(body.size(), 40);
  }
}
