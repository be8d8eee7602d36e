package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agenda in sections: headings in capitals ({@code CONSENT AGENDA}, {@code OLD BUSINESS}), the
 * items under each numbered from 1 again, and headings with no items under them that are items
 * themselves ({@code CALL TO ORDER / ROLL CALL}, {@code EXECUTIVE SESSION}). Two sections or more
 * make an agenda sectioned; with fewer, the numbering runs through and {@link ItemSequence} reads it.
 */
final class AgendaSections {

  private AgendaSections() {}

  /** The numbered items of a sectioned agenda, and its heading items added to {@code headings}; none when not sectioned. */
  static List<ItemSequence.Candidate> numbered(List<Line> lines, int from, int limit, List<ItemSequence.Candidate> candidates,
      java.util.Set<Integer> headings) {
    java.util.TreeMap<Integer, ItemSequence.Candidate> byLine = new java.util.TreeMap<>();
    candidates.forEach(c -> byLine.put(c.line(), c));
    List<Integer> groups = new ArrayList<>();
    List<Integer> plain = new ArrayList<>();
    for (int i = from; i < limit; i++) {
      String t = lines.get(i).text();
      if (!capitals(t)) {
        continue;
      }
      if (headsFirst(lines, i, byLine, limit)) {
        groups.add(i);
      } else if (i > from && !wrapped(lines.get(i - 1).text(), t)) {
        plain.add(i);
      }
    }
    if (groups.size() < 2) {
      return List.of();
    }
    if (groups.stream().allMatch(g -> lines.get(g).text().strip().endsWith(":"))) {
      // "CONSENT CALENDAR:" / "REGULAR BUSINESS:": the agenda's headings are labels, and a line in capitals
      // without its colon is something else ("FRED HESSE COMMUNITY PARK, MCTAGGART HALL", "NEXT ORDINANCE NO. 671")
      plain.removeIf(p -> !LABEL.matcher(lines.get(p).text().strip()).matches()); // "ROLL CALL: Councilmembers ..." is one
    }
    // The agenda starts at a run of headings: a lone one above it names the body or a notice.
    int firstItem = Math.min(groups.get(0), byLine.isEmpty() ? Integer.MAX_VALUE : byLine.firstKey());
    int dated = from;
    while (dated < firstItem && Dates.find(lines.get(dated).text()).isEmpty()) {
      dated++;
    }
    if (dated < firstItem) {
      int when = dated;
      plain.removeIf(p -> p < when); // the title block: "CITY OF WESTLAKE VILLAGE" above the meeting's date
    }
    while (!plain.isEmpty() && plain.get(0) < firstItem) {
      int at = plain.get(0);
      int nextStop = plain.size() > 1 ? Math.min(plain.get(1), firstItem) : firstItem;
      if (nextStop - at <= RUN_GAP) {
        break;
      }
      plain.remove(0);
    }
    java.util.TreeSet<Integer> stops = new java.util.TreeSet<>(groups);
    stops.addAll(plain);
    List<ItemSequence.Candidate> out = new ArrayList<>();
    for (int g : groups) {
      Integer stop = stops.higher(g);
      ItemSequence.Candidate last = null;
      for (ItemSequence.Candidate c : byLine.subMap(g, false, stop == null ? limit : stop, false).values()) {
        if (last == null ? c.number().ordinal() == 1 : last.number().isFollowedBy(c.number(), 1)) {
          out.add(c);
          last = c;
        }
      }
    }
    headings.addAll(plain);
    return out;
  }

  /**
   * Whether the heading at {@code i} heads a section whose items number from 1 again: the next numbered line
   * below it is a first, right under it, or under a label's paragraph ({@code CONSENT CALENDAR:} / a paragraph
   * on how the consent calendar is taken / {@code A. Motion to Waive Full Reading}) with no other heading in capitals.
   */
  private static boolean headsFirst(List<Line> lines, int i, java.util.NavigableMap<Integer, ItemSequence.Candidate> byLine,
      int limit) {
    java.util.Map.Entry<Integer, ItemSequence.Candidate> next = byLine.higherEntry(i);
    if (next == null || next.getValue().number().ordinal() != 1) {
      return false;
    }
    if (next.getKey() > i + 1 && !lines.get(i).text().strip().endsWith(":")) {
      return false; // only a label ("CONSENT CALENDAR:") has a paragraph under it before its items
    }
    for (int j = i + 1; j < next.getKey() && j < limit; j++) {
      if (capitals(lines.get(j).text()) && !wrapped(lines.get(j - 1).text(), lines.get(j).text())) {
        return false;
      }
    }
    return true;
  }

  /** Lines between the first headings of an agenda's run. */
  private static final int RUN_GAP = 4;
  /** The end of a line that a title goes on from: {@code ..., AND}, {@code ... NOTICE OF}. */
  private static final Pattern JOINING_END = Pattern.compile(
      "(?i).*(?:\\b(?:and|of|for|the|to|in|on|with|a|an|or|by|from|at|regarding)|[,;&/(\\-–])$");

  /**
   * A line in capitals that carries on the title above it: after a numbered title in capitals
   * ({@code 3. AWARD OF CONTRACT FOR ADVANCED STREET SIGN} / {@code REPLACEMENT PROJECT ...}),
   * after a line that ends mid-phrase, or ending mid-phrase itself.
   */
  static boolean wrapped(String previous, String line) {
    boolean numberedCapitals = ItemNumber.parse(previous).map(n -> Lines.upperShare(n.rest()) >= 0.75
        && TitleSplit.of(n.rest()).rest().isEmpty()).orElse(false);
    return numberedCapitals || JOINING_END.matcher(previous).matches() || JOINING_END.matcher(title(line)).matches();
  }

  /** A heading in capitals as a label, text after it: {@code PUBLIC COMMENTS: Members of the public may ...}. */
  private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[^:]{3,60}):(?:\\s+(.*))?$");

  /**
   * The heading's title: the line, or its label ({@code CALL TO ORDER: 6:30 p.m.},
   * {@code SPECIAL PRESENTATIONS/CEREMONIAL MATTERS: None}).
   */
  static String title(String t) {
    t = HeadingText.NOTHING_UNDER.matcher(t).replaceFirst("");
    Matcher m = LABEL.matcher(t);
    return m.matches() && capitals(m.group(1)) && !FrontSheetParser.FIELD.matcher(t).matches() ? m.group(1).strip() : t;
  }

  /**
   * Headings in capitals among the numbered items that say nothing comes under them, items themselves:
   * {@code REPORTS FROM PRIORITY AGENCIES - None}, {@code CONTINUED BUSINESS: None}. (A heading alone
   * may head items or other headings: {@code REGULAR ACTIONS OF THE BOARD} / {@code FIRST READING}.)
   */
  static java.util.Set<Integer> between(List<Line> lines, List<ItemSequence.Candidate> chosen) {
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    if (chosen.isEmpty()) {
      return out;
    }
    java.util.Set<Integer> itemLines = new java.util.HashSet<>();
    chosen.forEach(c -> itemLines.add(c.line()));
    int last = chosen.get(chosen.size() - 1).line();
    for (int i = chosen.get(0).line() + 1; i < last; i++) {
      String t = lines.get(i).text().strip();
      if (HeadingText.NOTHING_UNDER.matcher(t).find() && capitals(t)
          || STANDING.matcher(t).matches() && nextIsHeading(lines, i, last, itemLines)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Whether the next heading below the standing one at {@code i} comes before any item, so that nothing is listed
   * under it: {@code CALL TO ORDER} / {@code Call to Order via teleconference.} / {@code ROLL CALL} between a
   * special meeting's items and the regular meeting's (not {@code PRESENTATION} right above {@code C 21-0094 ...}).
   */
  private static boolean nextIsHeading(List<Line> lines, int i, int last, java.util.Set<Integer> itemLines) {
    for (int j = i + 1; j <= last; j++) {
      if (itemLines.contains(j)) {
        return false;
      }
      String t = lines.get(j).text().strip();
      if (STANDING.matcher(t).matches() || capitals(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitals(String line) {
    String t = title(line);
    return Lines.upperShare(t) >= 0.9 && t.split("\\s+").length <= 8 && t.chars().filter(Character::isLetter).count() >= 4
        && !t.endsWith(":") && !t.endsWith(",") && ItemNumber.parse(t).isEmpty() && !NumberedAgenda.BOILERPLATE.matcher(t).matches()
        && Dates.find(t).isEmpty() && !t.matches("(?i)^(?:agenda|a g e n d a|minutes)$");
  }

  /**
   * The business every US meeting opens and closes with, on its own line in any case ({@code Call to Order} in a Legistar
   * agenda): {@code CALL TO ORDER},
   * {@code ROLL CALL}, {@code PLEDGE OF ALLEGIANCE}, {@code ORAL COMMUNICATIONS}, {@code ADJOURNMENT}, {@code ADJOURNMENT TO
   * TUESDAY, JANUARY 17, 2023 AT 6:00 P.M.}.
   */
  private static final Pattern STANDING = Pattern.compile(
      "(?i)^(?:CALL\\s+(?:MEETING\\s+)?TO\\s+ORDER|ROLL\\s+CALL|FLAG\\s+SALUTE|PLEDGE\\s+(?:OF\\s+ALLEGIANCE|TO\\s+(?:THE\\s+)?FLAG)|INVOCATION"
      + "|(?:ORAL|PUBLIC|WRITTEN)\\s+(?:COMMUNICATIONS|COMMENTS?)(?:\\s+FROM\\s+(?:THE\\s+)?[A-Z]+)?|(?:PUBLIC|AUDIENCE)\\s+PARTICIPATION"
      + "|PRESENTATIONS?|CLOSED\\s+SESSION|RECESS\\s+TO\\s+CLOSED\\s+SESSION|ADJOURNMENT|ADJOURN|APPROVAL\\s+OF\\s+(?:THE\\s+)?AGENDA"
      // "ADJOURNMENT TO TUESDAY, JANUARY 17, 2023 AT 6:00 P.M.": to the next meeting
      + "|ADJOURN(?:MENT)?\\s+TO\\s+[A-Z][A-Z0-9 ,.:]{3,60})"
      + "\\s*:?$");
  /** Lines of text a run of standing headings may have between them (a roll call's names, a paragraph on public comment). */
  private static final int STANDING_GAP = 8;

  /**
   * A heading of an agenda's business in a run of them, a word in capitals first:
   * {@code DEPARTMENT DIRECTOR REPORT}, {@code PRESENTATIONS Haunted Adventure Volunteer Recognition},
   * {@code PARK BOARD COMMENTS (including reporting on Liaison Assignments*):}.
   */
  private static final Pattern RUN_HEADING = Pattern.compile("^\\p{Lu}{2,}[\\p{Lu}’'&/-]*(?:\\s+\\S+){0,9}$");

  private static boolean runHeading(String t) {
    return RUN_HEADING.matcher(t).matches() && t.split("\\s+").length <= 8 && !t.endsWith(".") && Dates.find(t).isEmpty()
        && ItemNumber.parse(t).isEmpty() && !NumberedAgenda.BOILERPLATE.matcher(t).matches()
        && !t.matches("(?i)^(?:agenda|minutes|none|nil|n/a)\\.?$");
  }

  /**
   * The standing business around an agenda's numbered items, each an item with no number: the run of two or
   * more just above the first item ({@code CALL TO ORDER} / {@code ROLL CALL} / {@code PLEDGE OF ALLEGIANCE} /
   * {@code ORAL COMMUNICATIONS} / {@code A. MINUTES OF ...}), and those after the last ({@code ORAL COMMENTS
   * FROM STAFF} / {@code ADJOURNMENT}). Other headings in capitals among them are business too, from the
   * first standing one down ({@code FLAG SALUTE} / {@code ROLL CALL} / {@code ANNOUNCEMENTS} / {@code DEPARTMENT
   * DIRECTOR REPORT}), all but one right above the first item that heads the numbered ones ({@code NEW BUSINESS}),
   * and up from a standing one after the last ({@code TABLED ITEMS} / {@code ADDITIONAL COMMENTS} / {@code ADJOURNMENT}).
   */
  static java.util.Set<Integer> standing(List<Line> lines, int from, int limit, List<ItemSequence.Candidate> chosen) {
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    if (chosen.isEmpty()) {
      return out;
    }
    int first = chosen.get(0).line();
    int gap = 0;
    List<Integer> run = new ArrayList<>(); // from the first item up
    int topStanding = -1;
    for (int i = first - 1; i > from && gap <= STANDING_GAP; i--) {
      String t = lines.get(i).text().strip();
      if (t.endsWith(":") && (STANDING.matcher(t).matches() || runHeading(t))) {
        // "PRESENTATIONS:" / "CERTIFICATES OF APPRECIATION" / "EMPLOYEE SERVICE AWARD PINS": what it lists is no business of its own
        run.removeIf(r -> !STANDING.matcher(lines.get(r).text().strip()).matches());
      }
      if (STANDING.matcher(t).matches()) {
        run.add(i);
        topStanding = i;
        gap = 0;
      } else if (runHeading(t)) {
        run.add(i);
        gap = 0;
      } else if (Lines.upperShare(t) >= 0.75) {
        break; // the title block or a heading of another kind
      } else {
        gap++;
      }
    }
    int top = topStanding;
    List<Integer> before = run.stream().filter(i -> top >= 0 && i >= top).toList();
    if (!before.isEmpty() && before.get(0) == first - 1 && !STANDING.matcher(lines.get(first - 1).text().strip()).matches()) {
      before = before.subList(1, before.size()); // "NEW BUSINESS" over "1. DeBell Golf Course ..."
    }
    if (before.size() >= 2) {
      out.addAll(before); // one alone ("ROLL CALL" / "1. City Clerk calls the roll.") heads the items under it
    }
    int last = chosen.get(chosen.size() - 1).line();
    for (int i = last + 1; i < limit; i++) {
      if (STANDING.matcher(lines.get(i).text().strip()).matches()) {
        out.add(i);
        for (int j = i - 1; j > last && runHeading(lines.get(j).text().strip()) && !out.contains(j); j--) {
          out.add(j);
        }
      }
    }
    return out;
  }
}
