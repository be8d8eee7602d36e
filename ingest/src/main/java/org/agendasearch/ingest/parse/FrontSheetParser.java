package org.agendasearch.ingest.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pack's front sheet: the committee, {@code Date:}, {@code Time:}, {@code Place:} and the
 * numbered agenda. The front sheet is the text before the first minutes or cover sheet, and only
 * counts as one when it says "Agenda". Its items are read as a {@link NumberedAgenda}, or else as
 * an {@link AgendaTable}, {@link AgendaBullets} or {@link AgendaHeadings}.
 */
final class FrontSheetParser {

  /** What the front sheet says; any field may be null. */
  record FrontSheet(String committee, LocalDate date, LocalTime time, String venue, List<ListedItem> items) {}

  /**
   * An agenda item as listed on the front sheet, with the page it is listed on and the first
   * printed page of its papers ({@code 273 - 276} gives 273), or -1 when no range is printed.
   */
  record ListedItem(String number, String title, String description, int page, int printedPage, int line) {
    ListedItem(String number, String title, String description, int page) {
      this(number, title, description, page, -1, -1);
    }
  }

  /** {@code Agenda for the meeting of the Children and Young People Scrutiny Committee}. */
  private static final Pattern AGENDA_FOR = Pattern.compile("(?i)^agenda\\s+for\\s+the\\s+meeting\\s+of\\s+(?:the\\s+)?(.+)$");
  /** {@code AGENDA} or {@code Agenda} alone, the title of the front sheet (others: {@link LineLabel#AGENDA_TITLE}). */
  private static final Pattern AGENDA = Pattern.compile("(?i)^(?:supplementary\\s+)?agenda$");
  static final Pattern FIELD = Pattern.compile(
      "(?i)^(?:meeting\\s+|start\\s+)?(date\\s*(?:/|&|and)\\s*time|date|time|place|venue|location|where)"
      + "(?:\\s+of\\s+meeting|\\s*/\\s*address)?\\s*:\\s*(.*)$");
  /** A word that names a council body. */
  private static final Pattern BODY = Pattern.compile(
      "(?i)\\b(?:council|committee|cabinet|board|commission|authority|panel|forum|assembly|sub-committee|district|trust|partnership)\\b");
  /** Any {@code Label:} line ends a wrapped venue. */
  private static final Pattern ANY_LABEL = Pattern.compile("^[A-Za-z][A-Za-z ]{1,25}:.*$");
  /**
   * Lines that end a venue wrapped over lines: notes and contacts, an agenda table's headings
   * ({@code Item}, {@code no.}, {@code Agenda Item Details Status}), a numbered item ({@code 1.}
   * or {@code 1)}, where an address's {@code 10 High Street} has no stop).
   */
  private static final Pattern VENUE_END = Pattern.compile(
      "(?i)^(?:(?:notes?|for any further|please|membership|contact|agenda\\b).*|[\\w ]{0,30}\\bagenda|items?|no\\.?|item\\s+no\\.?|business|\\(?\\d{1,3}[.)]\\s.*)$");
  /** Pages a front sheet may run to. */
  private static final int FRONT_SHEET_PAGES = 4;

  /** Lines above an agenda's title that are its title block. */
  private static final int TITLE_BLOCK = 8;

  private FrontSheetParser() {}

  /** The front sheet in {@code lines[0, end)}, if those lines are one (they say "Agenda"). */
  static Optional<FrontSheet> parse(List<Line> lines, int end) {
    return parse(lines, end, false, false);
  }

  /**
   * The front sheet in {@code lines[0, end)}: when those lines say "Agenda" (or summon members),
   * or, with {@code numberedIsEnough}, when they hold a numbered list of items at all (a document
   * with no minutes whose numbered list is its agenda).
   */
  static Optional<FrontSheet> parse(List<Line> lines, int end, boolean monthFirst, boolean numberedIsEnough) {
    int limit = Math.min(end, lines.size());
    int agendaLine = -1;
    int tableHead = -1;
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
      if (agendaLine < 0 && AGENDA.matcher(t).matches() && !noteUnderList(lines, i, limit)) {
        agendaLine = i;
        if (i + 1 < limit && !FIELD.matcher(lines.get(i + 1).text()).matches()
            && ItemNumber.parse(lines.get(i + 1).text()).isEmpty()) {
          committee = lines.get(i + 1).text();
          if (MEETING_KIND.matcher(committee).matches() && i + 2 < limit && BODY.matcher(lines.get(i + 2).text()).find()
              && MeetingHeader.nameLike(lines.get(i + 2).text())) {
            committee = lines.get(i + 2).text();
          }
        }
        // "Rivergrove City Council Meeting" / "Agenda" / "River Grove Elementary School Library":
        // the name of a body is above the title when the line below names none.
        String above = i > 0 ? lines.get(i - 1).text() : "";
        if ((committee == null || !BODY.matcher(committee).find()) && BODY.matcher(above).find()
            && MeetingHeader.nameLike(above) && HeadingText.of(above) == HeadingText.Strength.STRONG) {
          committee = MeetingHeader.tidy(above.replaceFirst("(?i)\\s+meeting$", ""));
        }
        // "MORRO BAY CITY COUNCIL" / "REGULAR MEETING -JANUARY 28, 1985" / ... / "AGENDA" / "INVOCATION -LANCE ...":
        // the body named on the sheet's first line, when the line under the title names none
        String first = lines.get(0).text();
        if (committee != null && !BODY.matcher(committee).find() && i > 0 && i <= TITLE_BLOCK && BODY.matcher(first).find()
            && MeetingHeader.nameLike(first) && HeadingText.of(first) == HeadingText.Strength.STRONG) {
          committee = MeetingHeader.tidy(first);
        }
      } else if (agendaLine < 0 && (LineLabel.of(t, java.util.Set.of()) == LineLabel.AGENDA_TITLE
          || agendaColumnHead(lines.get(i))) && !noteUnderList(lines, i, limit)) {
        agendaLine = i;
        committee = bodyUnderTitle(lines, i, limit);
      } else if (agendaLine < 0 && tableHead < 0 && AgendaTable.isHead(t)) {
        tableHead = i;
      }
    }
    if (agendaLine < 0 && tableHead >= 0) {
      agendaLine = tableHead; // "No. Item": a meeting page's agenda table, its title left behind
    }
    if (agendaLine < 0 && !numberedIsEnough) {
      return Optional.empty();
    }
    int from = Math.max(agendaLine, 0);
    int lastPage = from < limit ? lines.get(from).page() + FRONT_SHEET_PAGES - 1 : 0;
    // A front sheet is a few pages: a numbered list in a report further on is not the agenda,
    // unless the agenda's own numbers run on over the next page (a long agenda on its own).
    // A page of one item's long description (a consent calendar) may come between two of the agenda's items.
    List<ListedItem> items = NumberedAgenda.items(lines, from, pageEnd(lines, from, limit, lastPage));
    for (int ahead = 1; items.isEmpty() && agendaLine >= 0 && ahead <= 1 + PAGES_BETWEEN_ITEMS; ahead++) {
      // a notice of how to watch and take part fills the first pages: "1. CEREMONIAL ITEMS" starts on the fifth
      List<ListedItem> later = NumberedAgenda.items(lines, from, pageEnd(lines, from, limit, lastPage + ahead));
      if (later.size() >= 2) {
        items = later;
        lastPage += ahead;
      }
    }
    extending:
    while (!items.isEmpty() && lines.get(items.get(items.size() - 1).line()).page() >= lastPage - PAGES_BETWEEN_ITEMS
        && pageEnd(lines, from, limit, lastPage) < limit && lastPage < lines.get(from).page() + MAX_AGENDA_PAGES) {
      for (int ahead = 1; ahead <= 1 + PAGES_BETWEEN_ITEMS; ahead++) {
        List<ListedItem> longer = NumberedAgenda.items(lines, from, pageEnd(lines, from, limit, lastPage + ahead));
        if (longer.size() > items.size() && sameNumbers(longer, items)) {
          items = longer;
          lastPage += ahead;
          continue extending;
        }
      }
      break;
    }
    if (lettersOnly(items)) {
      // "4. CONSENT CALENDAR" / "A. READING OF ORDINANCES" ... "M. ...": on the first pages the consent calendar's
      // letters outnumber the agenda's numbers; over the agenda's pages the numbers that began before them run on
      int agendaEnd = pageEnd(lines, from, limit, lines.get(from).page() + MAX_AGENDA_PAGES - 1);
      List<ListedItem> numbered = NumberedAgenda.items(lines, from, agendaEnd);
      if (numbered.size() >= MIN_NUMBERED_OVER_LETTERS && numbered.get(0).line() < items.get(0).line()
          && numbered.stream().allMatch(i -> i.number() != null && i.number().matches("\\d{1,3}"))) {
        items = numbered;
        lastPage = lines.get(agendaEnd - 1).page();
      }
    }
    limit = pageEnd(lines, from, limit, lastPage);
    if (items.isEmpty() && tableHead >= 0 && agendaLine == tableHead) {
      items = AgendaTable.items(lines, tableHead, limit);
    }
    if (items.isEmpty() && agendaLine >= 0) {
      items = AgendaBullets.items(lines, agendaLine, limit);
    }
    if (items.isEmpty() && agendaLine >= 0) {
      items = AgendaHeadings.items(lines, limit);
    }
    if (agendaLine < 0 && (items.size() < 2 || items.get(0).number() != null && items.get(0).number().contains("."))) {
      return Optional.empty(); // numbered paragraphs ("3.3.1") of a plan are no agenda
    }
    int headerEnd = items.isEmpty() ? limit : Math.max(1, items.get(0).line());
    MeetingHeader header = MeetingHeader.read(lines, 0, headerEnd, monthFirst);
    if (header.date() == null && agendaLine > 0) {
      // a first page in columns, its title block after a sidebar's text: "AGENDA" / "November 8, 2022" / "7:00 PM"
      MeetingHeader below = MeetingHeader.read(lines, agendaLine, headerEnd, monthFirst);
      header = new MeetingHeader(header.committee() != null ? header.committee() : below.committee(), below.date(),
          below.date() != null ? below.time() : header.time(), header.venue() != null ? header.venue() : below.venue());
    }
    if (agendaLine < 0 && header.date() == null) {
      return Optional.empty(); // an agenda says when the meeting is
    }
    LocalDate date = null;
    LocalTime time = null;
    String venue = null;
    String dateWithoutYear = null;
    for (int i = 0; i < limit && i < 80; i++) {
      Matcher m = FIELD.matcher(lines.get(i).text());
      if (!m.matches()) {
        continue;
      }
      String label = m.group(1).toLowerCase(java.util.Locale.ROOT);
      String value = m.group(2).strip();
      String withNext = i + 1 < limit ? value + " " + lines.get(i + 1).text() : value;
      if (label.startsWith("date")) {
        date = date != null ? date : Dates.find(value, monthFirst).or(() -> Dates.find(withNext, monthFirst)).orElse(null);
        dateWithoutYear = dateWithoutYear != null ? dateWithoutYear : value;
      }
      if (label.endsWith("time")) {
        time = time != null ? time : Times.find(value.isEmpty() ? withNext : value).orElse(null);
      } else if (!label.startsWith("date")) {
        venue = venue != null ? venue : venue(lines, i, value, limit);
      }
    }
    if (date == null && dateWithoutYear != null) {
      // "Date/Time: June 6, 530pm": the year of the first full date on the sheet ("minutes from May 9, 2023")
      LocalDate reference = firstDate(lines, limit, monthFirst);
      date = reference == null ? null : Dates.withoutYear(dateWithoutYear, reference.withDayOfYear(1)).orElse(null);
    }
    if (committee == null || ItemNumber.parse(committee).isPresent() || Dates.find(committee).isPresent()) {
      committee = header.committee();
    }
    String first = lines.isEmpty() ? "" : lines.get(0).text().strip();
    if (committee == null && MeetingHeader.bodyAbove(first) && HeadingText.of(first) == HeadingText.Strength.STRONG) {
      committee = MeetingHeader.tidy(first); // "PARKS AND RECREATION BOARD" / "City Council Chambers" / ... / "NOVEMBER 10, 2022"
    }
    if (date == null && agendaLine >= 0 && Dates.find(lines.get(agendaLine).text(), monthFirst).isEmpty()) {
      // "Agenda for meeting of MSCC on We 26 Oct at 7:30pm" under a post dated 13 October 2011
      date = Dates.withoutYear(lines.get(agendaLine).text(), header.date()).orElse(null);
    }
    return Optional.of(new FrontSheet(committee, date != null ? date : header.date(),
        time != null ? time : header.time(), venue != null ? venue : header.venue(), items));
  }


  /** Numbered lines above a note that ends a list, enough to say the list came first. */
  private static final int LIST_ABOVE_NOTE = 3;

  /**
   * Whether a line that reads as an agenda's title is a note under the list it belongs to: {@code XII. Adjournment} /
   * {@code *Consent Agenda} (the key to the starred items, a park district's agenda with no title of its own). A title comes
   * before its items; this one has numbered lines above it and none below.
   */
  private static boolean noteUnderList(List<Line> lines, int i, int limit) {
    int above = 0;
    for (int k = 0; k < i && above < LIST_ABOVE_NOTE; k++) {
      above += ItemNumber.parse(lines.get(k).text()).isPresent() ? 1 : 0;
    }
    if (above < LIST_ABOVE_NOTE) {
      return false;
    }
    for (int k = i + 1; k < limit && lines.get(k).page() == lines.get(i).page(); k++) {
      if (ItemNumber.parse(lines.get(k).text()).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /** The word "AGENDA" alone in a table's first cell, a column's head beside it: {@code AGENDA | Page Nos.}. */
  private static boolean agendaColumnHead(Line line) {
    return !line.cells().isEmpty() && line.text().substring(0, line.cells().get(0)).strip().equalsIgnoreCase("agenda");
  }

  private static LocalDate firstDate(List<Line> lines, int limit, boolean monthFirst) {
    for (int i = 0; i < limit; i++) {
      Optional<LocalDate> d = Dates.find(lines.get(i).text(), monthFirst);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  private static String venue(List<Line> lines, int i, String first, int limit) {
    StringBuilder sb = new StringBuilder(first);
    for (int j = i + 1; j < limit && j <= i + 3; j++) {
      String t = lines.get(j).text();
      if (ANY_LABEL.matcher(t).matches() || VENUE_END.matcher(t).matches() || lines.get(j).cells().size() >= 2 || prose(t)) {
        break; // a label, the agenda beginning, a table's row, or a sentence ("Key topics include the Annual Plan ...")
      }
      sb.append(sb.isEmpty() ? "" : " ").append(t);
    }
    String v = sb.toString().strip();
    return v.isEmpty() ? null : v;
  }

  /**
   * A line of a sentence, not of an address: six words or more, two of them in lower case and not the small words an
   * address has ({@code Key topics include the Annual Plan ...}, not {@code in the Council Chamber at the Town Hall}).
   */
  private static boolean prose(String line) {
    String[] words = line.split("\\s+");
    return words.length >= PROSE_LINE_WORDS && java.util.Arrays.stream(words)
        .filter(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !ADDRESS_WORD.matcher(w).matches()).count() >= PROSE_WORDS;
  }

  private static final Pattern ADDRESS_WORD = Pattern.compile("(?:the|of|at|in|on|and|for|to|a|an|by|via|floor|first|second|ground)[,.]?");
  private static final int PROSE_LINE_WORDS = 6;
  private static final int PROSE_WORDS = 2;

  /** The end of the lines up to {@code lastPage}. */
  private static int pageEnd(List<Line> lines, int from, int limit, int lastPage) {
    int end = limit;
    while (end > from && lines.get(end - 1).page() > lastPage) {
      end--;
    }
    return end;
  }

  /** Numbered items an agenda has at the fewest for them to be read over its lettered parts. */
  private static final int MIN_NUMBERED_OVER_LETTERS = 5;

  /** Whether every item is numbered by a capital letter alone ({@code A}, {@code B}, ...). */
  private static boolean lettersOnly(List<ListedItem> items) {
    return !items.isEmpty() && items.stream().allMatch(i -> i.number() != null && i.number().matches("[A-Z]"));
  }

  /**
   * Whether the longer agenda begins with the same item numbers as the shorter, but for unnumbered items at the shorter's
   * end: a line alone at the foot of the last page read ({@code Presentation}, an attachment's name) may read as a
   * heading there and not once the next page follows it.
   */
  private static boolean sameNumbers(List<ListedItem> longer, List<ListedItem> shorter) {
    int compared = shorter.size();
    while (compared > 0 && shorter.get(compared - 1).number() == null) {
      compared--;
    }
    for (int k = 0; k < compared; k++) {
      if (!java.util.Objects.equals(longer.get(k).number(), shorter.get(k).number())) {
        return false;
      }
    }
    return true;
  }

  /** Lines under an agenda's title read for the body it names, the meeting's date and time among them. */
  private static final int UNDER_TITLE = 3;

  /**
   * The body named under an agenda's title, below its date: {@code REGULAR MEETING AGENDA} /
   * {@code Tuesday, January 25, 2022, at 10:00 A.M.} / {@code Board of Water and Power Commissioners}.
   */
  static String bodyUnderTitle(List<Line> lines, int title, int limit) {
    if (BODY.matcher(lines.get(title).text()).find()) {
      return null; // "Planning Commission Meeting Agenda" names its body itself
    }
    for (int j = title + 1; j < limit && j <= title + UNDER_TITLE; j++) {
      String t = lines.get(j).text();
      if ((Dates.find(t).isPresent() || Times.find(t).isPresent()) && t.split("\\s+").length <= DATE_LINE_WORDS) {
        continue;
      }
      return BODY.matcher(t).find() && Character.isUpperCase(t.charAt(0)) && MeetingHeader.nameLike(t)
          && !FIELD.matcher(t).matches() && !VENUE_WORD.matcher(t).find() ? MeetingHeader.tidy(t) : null;
    }
    return null;
  }

  /** Words of a line that gives the meeting's date and time and nothing else. */
  private static final int DATE_LINE_WORDS = 8;
  /** A room, not a body: {@code City Council Chambers}. */
  private static final Pattern VENUE_WORD = Pattern.compile("(?i)\\b(?:chambers?|room|hall|building|cent(?:re|er)|offices)\\b");

  /** A meeting's kind alone, the body on the next line: {@code REGULAR MEETING} / {@code LOMITA CITY COUNCIL}. */
  private static final Pattern MEETING_KIND = Pattern.compile(
      "(?i)^(?:(?:regular|special|adjourned|joint|annual|ordinary|extraordinary|emergency)\\s+)+meeting(?:\\s+of(?:\\s+the)?)?$");

  /** An agenda on its own runs to no more pages than this. */
  private static final int MAX_AGENDA_PAGES = 12;
  /** Pages of one item's papers or long description an agenda's next item may come after. */
  private static final int PAGES_BETWEEN_ITEMS = 1;
}
