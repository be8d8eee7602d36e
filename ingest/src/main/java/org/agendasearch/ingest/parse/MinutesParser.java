package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Resolution;

/**
 * Finds each meeting's minutes and segments them: where a set of minutes starts (a
 * {@link LineLabel#MINUTES_TITLE minutes title}, or an attendance list after a line with a date,
 * as in minutes appended to an agenda), the meeting its opening lines name
 * ({@link MeetingHeader}), its numbered minutes ({@link ItemSequence}) and their decisions
 * ({@link ResolutionParser}). Decisions before the first numbered minute (a decision notice, an
 * unnumbered "Adoption of Procedure:") belong to an unnumbered minute under the heading above
 * them. The minutes end at the signature ("The meeting ended at 3.33 pm"), the next cover sheet
 * or the next minutes.
 */
final class MinutesParser {

  /** Stamps such as {@code Agenda Item 4} sit in the text flow but are not part of a minute. */
  static final Pattern STAMP = Pattern.compile("(?i)^agenda\\s+item(?:\\s+no\\.?)?\\s*\\d+[a-z]?$");
  private static final Pattern ENDED = Pattern.compile(
      "(?i)^the meeting (ended|closed|finished|concluded|terminated|was (?:closed|adjourned)) at\\b.*|^meeting closed at\\b.*");
  /** Section labels of decision notices that are not the subject's title. */
  private static final Pattern GENERIC_HEADING = Pattern.compile(
      "(?i)^(?:issue|reasons?|purpose|background|alternatives?|options?|decision|details|minutes|items|no\\.?\\s+item|part\\s+[iv1-9]+"
      + "|proposed|seconded|moved|carried|and\\s+agreed|present|apologies\\s+(?:were|from))\\b.*");
  /** Two sentences on one line: {@code Sustainable Community Strategy. A reference from ...}. */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{2}\\.\\s+\\p{Lu}");
  /** A {@code Label: value} line (a colon inside, text after it) is no heading. */
  private static final Pattern LABEL_VALUE = Pattern.compile("^[^:]{2,40}:\\s*\\S.*$");
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

  /** A title that opens with its word: {@code MINUTES OF THE REGULAR MEETING}, not an item's {@code CITY COUNCIL MEETING MINUTES}. */
  private static final Pattern TITLE_FIRST = Pattern.compile("(?i)^(?:(?:draft|unconfirmed|approved|confirmed)\\s+)?minutes\\b");

  /** Among the first few lines of its page: where minutes attached to an agenda begin. */
  private static boolean nearPageTop(List<Line> lines, int i) {
    int page = lines.get(i).page();
    return i < ATTACHED_TOP || lines.get(i - ATTACHED_TOP).page() != page;
  }

  private static final int ATTACHED_TOP = 5;

  private static boolean attendanceFollows(LineLabel[] labels, int i) {
    for (int j = i + 1; j < labels.length && j <= i + HEADER_REACH; j++) {
      if (labels[j] == LineLabel.ATTENDANCE) {
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
    boolean clear = i - top <= FIRST_PAGE_TOP;
    for (int j = top; j < i && clear; j++) {
      clear = labels[j] != LineLabel.NUMBERED && labels[j] != LineLabel.DECISION && labels[j] != LineLabel.AGENDA_TITLE;
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
      LineLabel[] bodyLabels = java.util.Arrays.copyOfRange(labels, start, end);
      MarginLabels.Split margin = MarginLabels.split(body);
      if (margin.lines() != body) {
        body = margin.lines(); // "CALL TO ORDER | Mayor Wilks called the meeting to order ...": the labels on lines of their own
        bodyLabels = LineLabel.label(body);
      }
      List<String> warnings = new ArrayList<>();
      Segmented segmented = segment(body, bodyLabels, margin.headings(), warnings);
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
          if (!item.title().matches("(?i).*\\b(?:apolog|attendance|present|roll\\s+call|call\\s+to\\s+order|sederunt|welcome|opening).*") || ++seen > 1) {
            return i;
          }
        }
      }
    }
    return Math.min(body.size(), 40);
  }

  /** A meeting's minutes, and the line of the first (before that: the opening lines). */
  record Segmented(List<MinuteItem> items, int firstLine) {}

  /**
   * A minute's text without its resolutions: the discussion. Each resolution is a record of its
   * own, so its words are not repeated in the minute's text (no passage shows twice in results).
   */
  static String discussion(List<Line> text, List<ResolutionParser.Found> resolutions) {
    List<Line> rest = new ArrayList<>();
    int r = 0;
    for (int i = 0; i < text.size(); i++) {
      while (r < resolutions.size() && resolutions.get(r).to() <= i) {
        r++;
      }
      if (r < resolutions.size() && i >= resolutions.get(r).from() && i < resolutions.get(r).to()) {
        continue;
      }
      rest.add(text.get(i));
    }
    return Lines.join(rest);
  }

  /** The numbered minutes in the lines of one meeting's minutes. */
  static List<MinuteItem> items(List<Line> body, List<String> warnings) {
    return segment(body, LineLabel.label(body), warnings).items();
  }

  static Segmented segment(List<Line> body, LineLabel[] labels, List<String> warnings) {
    return segment(body, labels, java.util.Set.of(), warnings);
  }

  /** As {@link #segment(List, LineLabel[], List)}, with headings already known on the lines {@code known} (margin labels). */
  static Segmented segment(List<Line> body, LineLabel[] labels, java.util.Set<Integer> known, List<String> warnings) {
    List<ItemSequence.Candidate> candidates = new ArrayList<>();
    java.util.Map<Integer, MinuteItemHeading> headings = new java.util.HashMap<>();
    java.util.Set<Integer> parts = MinuteHeadings.decisionParts(body, labels);
    for (int i = 0; i < body.size(); i++) {
      if (labels[i] != LineLabel.NUMBERED || parts.contains(i)) {
        continue;
      }
      String next = i + 1 < body.size() ? body.get(i + 1).text() : null;
      Optional<MinuteItemHeading> h = MinuteItemHeading.parse(body.get(i).text(), next);
      if (h.isPresent()) {
        candidates.add(new ItemSequence.Candidate(i, h.get().number(), h.get().strength()));
        headings.put(i, h.get());
      }
    }
    ItemSequence.Result chosen = ItemSequence.choose(candidates, MinuteHeadings.sectionStarts(body, labels, candidates), "minute");
    warnings.addAll(chosen.warnings());
    int first = chosen.items().isEmpty() ? body.size() : chosen.items().get(0).line();
    List<Integer> groups = new ArrayList<>();
    List<Integer> unnumbered = MinuteHeadings.capitalHeadings(body, labels, chosen.items(), first, groups);
    Optional<Integer> lettered = MinuteHeadings.letteredUnder(chosen.items(), groups, unnumbered);
    if (lettered.isPresent()) {
      // "INVOCATION" / ... / "CONSENT AGENDA" / "A. Approval of the Minutes ..." / "B. ...": the letters are the parts
      // of an unnumbered heading's minute, as its other headings are
      TreeSet<Integer> all = new TreeSet<>(unnumbered);
      all.add(lettered.get());
      unnumbered = new ArrayList<>(all);
      groups.remove(lettered.get());
      chosen = new ItemSequence.Result(List.of(), chosen.warnings());
    }
    java.util.Map<Integer, String> wrapped = MinuteHeadings.wrappedHeadings(body, unnumbered);
    if (!wrapped.isEmpty()) {
      unnumbered = new ArrayList<>(unnumbered);
      unnumbered.removeIf(i -> wrapped.containsKey(i - 1));
    }
    if (!known.isEmpty()) {
      TreeSet<Integer> all = new TreeSet<>(unnumbered);
      all.addAll(known);
      unnumbered = new ArrayList<>(all);
    }
    TreeMap<Integer, TitleSplit> runIn = MinuteHeadings.runInHeadings(body, labels, chosen.items());
    if (!runIn.isEmpty()) {
      // Minutes headed "Police Matters : ..." whose numbered lines are lists inside those minutes
      chosen = new ItemSequence.Result(List.of(), chosen.warnings());
      unnumbered = new ArrayList<>(unnumbered);
      unnumbered.removeIf(runIn::containsKey);
    }
    TreeMap<Integer, MinuteItemHeading> numbered = new TreeMap<>();
    chosen.items().forEach(c -> numbered.put(c.line(), headings.get(c.line())));
    groups.addAll(numbered.keySet());
    for (ItemSequence.Candidate c : MinuteHeadings.subRuns(body, labels, candidates, groups, numbered.keySet())) {
      numbered.put(c.line(), headings.get(c.line()));
    }
    for (ItemSequence.Candidate c : MinuteHeadings.dottedParts(candidates, numbered)) {
      numbered.put(c.line(), headings.get(c.line()));
    }
    numbered.putAll(MinuteHeadings.letteredParts(body, numbered));
    TreeSet<Integer> boundaries = new TreeSet<>(numbered.keySet());
    boundaries.addAll(unnumbered);
    boundaries.addAll(runIn.keySet());
    int firstBoundary = boundaries.isEmpty() ? body.size() : boundaries.first();
    List<MinuteItem> before = unnumbered(body, labels, 0, firstBoundary, warnings);
    List<MinuteItem> items = new ArrayList<>(before);
    for (int from : boundaries) {
      Integer next = boundaries.higher(from);
      int to = next == null ? body.size() : next;
      MinuteItemHeading h = numbered.get(from);
      TitleSplit r = runIn.get(from);
      items.add(h != null ? item(body, labels, h, from, to)
          : r != null ? plainItem(body, labels, from, to, r.title(), r.rest())
          : plainItem(body, labels, from + (wrapped.containsKey(from) ? 1 : 0), to,
              wrapped.getOrDefault(from, body.get(from).text()), ""));
    }
    int firstLine = firstBoundary;
    if (!before.isEmpty()) {
      for (int i = 0; i < firstBoundary; i++) {
        if (body.get(i).page() == before.get(0).page() && body.get(i).text().startsWith(before.get(0).title())) {
          firstLine = i;
          break;
        }
      }
    }
    return new Segmented(ConsentCalendar.regroup(items), Math.max(firstLine, 1));
  }

  /** A minute with no number: a heading in capitals, or one run in with its first words. */
  private static MinuteItem plainItem(List<Line> body, LineLabel[] labels, int from, int to, String title, String rest) {
    List<Line> text = new ArrayList<>();
    Matcher nil = HeadingText.NOTHING_UNDER.matcher(title);
    if (nil.find() && rest.isEmpty()) {
      rest = title.substring(nil.start()).replaceFirst("^\\s*[-–—:]\\s*", ""); // "DEPUTATION - Nil": the minute says "Nil"
      title = title.substring(0, nil.start()).strip();
    }
    if (!rest.isEmpty()) {
      text.add(new Line(body.get(from).page(), rest));
    }
    text.addAll(content(body, labels, from + 1, to));
    List<ResolutionParser.Found> resolutions = ResolutionParser.find(text);
    return new MinuteItem(null, title, body.get(from).page(), discussion(text, resolutions),
        resolutions.stream().map(ResolutionParser.Found::resolution).toList());
  }

  /** The lines of a minute's text: stamps, running headers, page numbers and item references left out. */
  private static List<Line> content(List<Line> body, LineLabel[] labels, int from, int to) {
    List<Line> text = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Line l = body.get(i);
      if (!STAMP.matcher(l.text()).matches() && labels[i] != LineLabel.RUNNING && labels[i] != LineLabel.PAGE_NUMBER
          && labels[i] != LineLabel.ITEM_REFERENCE) {
        text.add(l);
      }
    }
    return text;
  }

  private static MinuteItem item(List<Line> body, LineLabel[] labels, MinuteItemHeading h, int from, int to) {
    StringBuilder title = new StringBuilder(h.title());
    int bodyStart = from + (h.titleOnNextLine() ? 2 : 1);
    String rest = h.rest();
    if (rest.isEmpty() && !h.closed()) {
      int[] at = {bodyStart};
      rest = TitleLines.extend(title, body, at, to, h.strength());
      bodyStart = at[0];
    }
    List<Line> text = new ArrayList<>();
    if (!rest.isEmpty()) {
      text.add(new Line(body.get(from).page(), rest));
    }
    text.addAll(content(body, labels, bodyStart, Math.max(bodyStart, to)));
    List<ResolutionParser.Found> resolutions = ResolutionParser.find(text);
    List<Resolution> decided = new ArrayList<>(resolutions.stream().map(ResolutionParser.Found::resolution).toList());
    Optional<Resolution> moved = decided.isEmpty() ? Optional.empty() : Motions.moversHeading(title.toString(), decided.get(0));
    if (moved.isPresent()) {
      decided.set(0, moved.get()); // "1. W. Pacamaniuk – D. Klekta" / "RESOLVED THAT ...": the heading names who moved, no title
      title.setLength(0);
    }
    return new MinuteItem(h.number().number(), title.isEmpty() ? null : title.toString(), body.get(from).page(), discussion(text, resolutions),
        decided);
  }


  /** An item's wording in a sentence, where the minutes give no heading: {@code Consider approval of the minutes of the special meeting held on July 30, 2004.} */
  private static final Pattern ITEM_SENTENCE = Pattern.compile(
      "^(?:Consider|Discuss|Discussion|Consideration|Approval|Approve|Review|Receive|Authori[sz]e|Adopt|Award|Accept|Presentation)\\b.{5,200}[.:]$");

  /**
   * The line just above a decision's start that words its item as a sentence ({@link #ITEM_SENTENCE}),
   * for minutes that set no headings; -1 when there is none.
   */
  private static int itemSentenceAbove(List<Line> region, LineLabel[] labels, int from, int decision) {
    int i = decision - 1;
    if (i >= 0 && ITEM_SENTENCE.matcher(region.get(i).text()).matches() && labels[from + i] == LineLabel.TEXT) {
      return i;
    }
    return -1;
  }

  /**
   * Decisions before the first numbered minute, each under the nearest heading above it; one with
   * no heading above it is left out and said in {@code warnings}.
   */
  private static List<MinuteItem> unnumbered(List<Line> body, LineLabel[] labels, int from, int to, List<String> warnings) {
    List<Line> region = new ArrayList<>(body.subList(from, to));
    List<ResolutionParser.Found> found = ResolutionParser.find(region);
    List<MinuteItem> items = new ArrayList<>();
    int lastHeading = -2;
    for (ResolutionParser.Found f : found) {
      int heading = itemSentenceAbove(region, labels, from, f.from());
      for (int i = f.from() - 1; i >= 0 && heading < 0; i--) {
        String t = region.get(i).text();
        LineLabel l = labels[from + i];
        if ((l == LineLabel.TEXT || l == LineLabel.DECISION && t.endsWith(":")) && !GENERIC_HEADING.matcher(t).matches()
            && !SENTENCE_INSIDE.matcher(t).find()
            && !LABEL_VALUE.matcher(t).matches() && Dates.find(t).isEmpty()
            && HeadingText.of(t) == HeadingText.Strength.STRONG && t.split("\\s+").length <= 12) {
          heading = i;
          break;
        }
      }
      String title = heading < 0 ? null : region.get(heading).text().replaceFirst("\\s*[:\\-–]$", "").strip();
      if (heading == lastHeading && !items.isEmpty()) {
        MinuteItem last = items.remove(items.size() - 1);
        List<org.agendasearch.ingest.model.Resolution> rs = new ArrayList<>(last.resolutions());
        rs.add(f.resolution());
        items.add(new MinuteItem(last.number(), last.title(), last.page(), last.text(), rs));
      } else if (title != null) {
        items.add(new MinuteItem(null, title, region.get(heading).page(), "", List.of(f.resolution())));
      } else {
        String words = f.resolution().text().length() > 60 ? f.resolution().text().substring(0, 60) + "…" : f.resolution().text();
        warnings.add("a decision before any minute, with no heading above it, left out (page " + f.resolution().page() + "): " + words);
      }
      lastHeading = heading;
    }
    return items;
  }
}
