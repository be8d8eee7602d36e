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
  /** Printed page ranges and their stand-ins, which sit anywhere around a title. */
  private static final Pattern RANGE_START = Pattern.compile(
      "\\b(?!(?:19|20)\\d\\d\\b)(\\d{1,4})\\s*[-–]\\s*(?:(?!(?:19|20)\\d\\d\\b)\\d{1,4}\\b|$)|(?i:\\(pages?\\s+(\\d{1,4}))");
  static final Pattern RANGE = Pattern.compile(
      "(?i)\\b(?!(?:19|20)\\d\\d\\b)\\d{1,4}\\s*[-–]\\s*(?!(?:19|20)\\d\\d\\b)\\d{1,4}\\b|\\bto follow\\b|^pages$");
  static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)^(the public'?s rights|public transport|recording of|fire and emergency|the seven principles|how to submit|herefordshire council$).*");
  private static final int DESCRIPTION_LINES = 8;
  /** A title that is only a reference, the title itself on the next line: {@code File No. B2026-2}. */
  private static final Pattern REFERENCE_ONLY = Pattern.compile(
      "(?i)^(?:file|ref(?:erence)?|case|item|agenda\\s+item|report)\\s*(?:no\\.?|#|:)?\\s*[\\w/.-]*\\d[\\w/.-]*$");
  /** Pages a front sheet may run to. */
  private static final int FRONT_SHEET_PAGES = 4;
  private static final Pattern DESCRIPTION_TAIL = Pattern.compile("(?i)(?:^|\\s)(?:\\d{1,4}\\s*[-–]|to\\s+follow)$");
  private static final Pattern SPLIT_RANGE_START = Pattern.compile("\\s+\\d{1,4}(?:\\s*[-–])?$");

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
      if (agendaLine < 0 && AGENDA.matcher(t).matches()) {
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
      } else if (agendaLine < 0 && LineLabel.of(t, java.util.Set.of()) == LineLabel.AGENDA_TITLE) {
        agendaLine = i;
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
    List<ListedItem> items = items(lines, from, pageEnd(lines, from, limit, lastPage));
    while (!items.isEmpty() && lines.get(items.get(items.size() - 1).line()).page() == lastPage
        && pageEnd(lines, from, limit, lastPage) < limit && lastPage < lines.get(from).page() + MAX_AGENDA_PAGES) {
      List<ListedItem> longer = items(lines, from, pageEnd(lines, from, limit, lastPage + 1));
      if (longer.size() <= items.size() || !sameNumbers(longer, items)) {
        break;
      }
      items = longer;
      lastPage++;
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
    if (agendaLine < 0 && (items.size() < 2 || items.get(0).number().contains("."))) {
      return Optional.empty(); // numbered paragraphs ("3.3.1") of a plan are no agenda
    }
    int headerEnd = items.isEmpty() ? limit : Math.max(1, items.get(0).line());
    MeetingHeader header = MeetingHeader.read(lines, 0, headerEnd, monthFirst);
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
    if (date == null && agendaLine >= 0 && Dates.find(lines.get(agendaLine).text(), monthFirst).isEmpty()) {
      // "Agenda for meeting of MSCC on We 26 Oct at 7:30pm" under a post dated 13 October 2011
      date = Dates.withoutYear(lines.get(agendaLine).text(), header.date()).orElse(null);
    }
    return Optional.of(new FrontSheet(committee, date != null ? date : header.date(),
        time != null ? time : header.time(), venue != null ? venue : header.venue(), items));
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
      if (ANY_LABEL.matcher(t).matches() || VENUE_END.matcher(t).matches() || lines.get(j).cells().size() >= 2) {
        break; // a label, the agenda beginning, or a table's row
      }
      sb.append(sb.isEmpty() ? "" : " ").append(t);
    }
    String v = sb.toString().strip();
    return v.isEmpty() ? null : v;
  }

  /** The end of the lines up to {@code lastPage}. */
  private static int pageEnd(List<Line> lines, int from, int limit, int lastPage) {
    int end = limit;
    while (end > from && lines.get(end - 1).page() > lastPage) {
      end--;
    }
    return end;
  }

  /** Whether the longer agenda begins with the same item numbers as the shorter. */
  private static boolean sameNumbers(List<ListedItem> longer, List<ListedItem> shorter) {
    for (int k = 0; k < shorter.size(); k++) {
      if (!java.util.Objects.equals(longer.get(k).number(), shorter.get(k).number())) {
        return false;
      }
    }
    return true;
  }

  /** A bullet or a part's letter opening a line: {@code • SWEARING IN CEREMONY}, {@code a. DISCUSSION AND CONSIDERATION}. */
  private static final Pattern LIST_MARK = Pattern.compile("^(?:[•▪◦●■\\-–]\\s*|\\(?[a-z][.)]\\s)");
  /** A meeting's kind alone, the body on the next line: {@code REGULAR MEETING} / {@code LOMITA CITY COUNCIL}. */
  private static final Pattern MEETING_KIND = Pattern.compile(
      "(?i)^(?:(?:regular|special|adjourned|joint|annual|ordinary|extraordinary|emergency)\\s+)+meeting(?:\\s+of(?:\\s+the)?)?$");

  /** A title that opens with a year: {@code 3. 2023 CITY COUNCIL COMMITTEE ASSIGNMENTS}. */
  private static final Pattern YEAR_FIRST = Pattern.compile("^(?:19|20)\\d\\d\\s+\\p{L}");

  /** An agenda on its own runs to no more pages than this. */
  private static final int MAX_AGENDA_PAGES = 12;

  /** Two lower-case words in a row: the cell holds a sentence, not a title. */
  private static final Pattern SENTENCE_WORDS = Pattern.compile("\\b\\p{Ll}+\\s+\\p{Ll}+\\b");

  /**
   * An item's title and, in the table's next column, its description, on one line:
   * {@code 02 Disclosable Pecuniary Interests | Members are reminded that they must not}.
   */
  static Optional<TitleSplit> cellSplit(Line line, String rest) {
    int from = line.text().length() - rest.length();
    int cell = line.cells().stream().filter(c -> c > from).findFirst().orElse(-1);
    if (cell < 0 || rest.isEmpty()) {
      return Optional.empty();
    }
    String title = line.text().substring(from, cell).strip();
    String after = line.text().substring(cell).strip();
    if (title.isEmpty() || !SENTENCE_WORDS.matcher(after).find() || HeadingText.of(title) == HeadingText.Strength.NONE) {
      return Optional.empty();
    }
    return Optional.of(new TitleSplit(stripRange(title), after));
  }

  /**
   * The numbered agenda: the run of item numbers that follow each other ({@link ItemSequence}),
   * each a title (capitals possibly wrapped, or a sentence to its full stop, page ranges
   * stripped) and a description. A number that breaks the run (a key decision table's "5", a
   * numbered list inside an item) is not an item.
   */
  static List<ListedItem> items(List<Line> lines, int from, int limit) {
    List<ItemSequence.Candidate> candidates = new ArrayList<>();
    for (int i = from; i < limit; i++) {
      Optional<ItemNumber> n = ItemNumber.parse(lines.get(i).text());
      if (n.isEmpty()) {
        continue;
      }
      String title = n.get().rest();
      if (title.isEmpty() && i + 1 < limit) {
        title = lines.get(i + 1).text();
      }
      title = stripRange(title);
      if (!title.isEmpty() && (Character.isLetter(title.codePointAt(0)) || YEAR_FIRST.matcher(title).lookingAt())) {
        HeadingText.Strength strength = HeadingText.of(title);
        if (strength == HeadingText.Strength.NONE && title.matches("^(?:That|THAT)\\b.*")) {
          continue;
        }
        candidates.add(new ItemSequence.Candidate(i, n.get(),
            strength == HeadingText.Strength.NONE ? HeadingText.Strength.SENTENCE : strength));
      }
    }
    List<ItemSequence.Candidate> chosen = ItemSequence.choose(candidates, "agenda").items();
    java.util.TreeSet<Integer> headings = new java.util.TreeSet<>();
    List<ItemSequence.Candidate> sectioned = AgendaSections.numbered(lines, from, limit, candidates, headings);
    if (!sectioned.isEmpty()) {
      chosen = sectioned;
    }
    chosen = withLetteredParts(lines, chosen, limit);
    chosen = sectionsOverParts(chosen, candidates);
    List<ItemSequence.Candidate> parts = ItemSequence.dottedParts(chosen, candidates, HeadingText.Strength.SHORT);
    if (!parts.isEmpty()) {
      // "1. Call to Order and Related Business" / "1.1 Call to Order and Land Acknowledgement" / "1.2 Roll Call"
      List<ItemSequence.Candidate> all = new ArrayList<>(chosen);
      all.addAll(parts);
      all.sort(java.util.Comparator.comparingInt(ItemSequence.Candidate::line));
      chosen = all;
    }
    java.util.TreeSet<Integer> boundaries = new java.util.TreeSet<>(headings);
    chosen.forEach(c -> boundaries.add(c.line()));
    List<ListedItem> items = new ArrayList<>();
    int k = -1;
    for (int line : boundaries) {
      Integer after = boundaries.higher(line);
      if (headings.contains(line)) {
        items.add(new ListedItem(null, AgendaSections.title(lines.get(line).text()), null, lines.get(line).page(), -1, line));
        continue;
      }
      k++;
      ItemSequence.Candidate c = chosen.get(k);
      int i = c.line();
      int next = after == null ? limit : after;
      int page = lines.get(i).page();
      String title = c.number().rest();
      int j = i + 1;
      if ((title.isEmpty() || REFERENCE_ONLY.matcher(title).matches()) && j < next) {
        title = lines.get(j).text(); // "1. File No. B2026-2" / "Council to discuss the Recommended ..."
        j++;
      }
      Optional<TitleSplit> cells = j == i + 1 ? cellSplit(lines.get(i), title) : Optional.empty();
      TitleSplit split = cells.isPresent() ? cells.get() : TitleSplit.of(stripRange(title));
      title = split.title();
      String rest = split.rest();
      if (Lines.upperShare(title) >= 0.75 && rest.isEmpty()) {
        // A wrapped title: the next lines in capitals, page ranges in between skipped.
        while (j < next) {
          String t = lines.get(j).text();
          if (isRange(t)) {
            j++;
            continue;
          }
          if (LIST_MARK.matcher(t).lookingAt()) {
            break; // "3. PRESENTATIONS" / "• SWEARING IN CEREMONY ...": a list under the title
          }
          if (Lines.upperShare(t) >= 0.9 && !BOILERPLATE.matcher(t).matches()
              && t.chars().filter(Character::isLetter).count() > 2) {
            // A number ending a line that the title goes on from is the start of a range split by
            // the wrap ("... FOR CHILDREN, 11" / "YOUNG PEOPLE AND FAMILIES" / "88").
            title = SPLIT_RANGE_START.matcher(title).replaceFirst("") + " " + stripRange(t);
            j++;
            continue;
          }
          Optional<TitleSplit> last = wrapEnd(title, t);
          if (last.isPresent()) {
            title = last.get().title();
            rest = last.get().rest();
            j++;
          }
          break;
        }
      } else if (split.rest().isEmpty()) {
        StringBuilder wrapped = new StringBuilder(title);
        int[] at = {j};
        TitleLines.extend(wrapped, lines, at, next, c.strength());
        title = stripRange(wrapped.toString());
        j = at[0];
      }
      StringBuilder description = new StringBuilder(rest);
      int read = 0;
      while (j < next && read < DESCRIPTION_LINES) {
        String t = lines.get(j).text();
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
      items.add(new ListedItem(c.number().number(), title.strip().replaceFirst("\\s+[-–—]$", ""), d, page, printedStart(lines, i, next), i));
    }
    return items;
  }

  /** A reference number wrapped at its hyphen: {@code ... ORDINANCE NO. 298-} / {@code 22 - Waive second reading ...}. */
  private static final Pattern WRAPPED_NUMBER = Pattern.compile("^(\\d{1,4})\\s+[-–—]\\s+(\\p{Lu}.*)$");

  /**
   * The last line of a title in capitals that goes on with its description after a dash:
   * {@code REQUIREMENTS FOR TELECONFERENCE MEETINGS - City Council make the following findings}
   * gives the title with {@code REQUIREMENTS FOR TELECONFERENCE MEETINGS} added and the rest as
   * the description's start.
   */
  static Optional<TitleSplit> wrapEnd(String title, String line) {
    Matcher n = WRAPPED_NUMBER.matcher(line);
    if (title.matches(".*\\d-$") && n.matches()) {
      return Optional.of(new TitleSplit(title + n.group(1), n.group(2)));
    }
    TitleSplit split = TitleSplit.of(line);
    if (split.rest().isEmpty() || Lines.upperShare(split.title()) < 0.9 || line.startsWith("(")
        || !line.substring(split.title().length()).matches("^\\s*[-–—].*")) {
      return Optional.empty();
    }
    return Optional.of(new TitleSplit(title + " " + stripRange(split.title()), split.rest()));
  }

  /** A lettered part of an item, its number first: {@code 4.A Demand List}, {@code 6a Proposed resolution}. */
  private static final Pattern LETTERED_PART = Pattern.compile("^((\\d{1,3})\\.?([A-Za-z]))[.)]?\\s+(\\p{L}.*)$");

  /**
   * The items with the lettered parts listed under them: {@code 4. CONSENT CALENDAR} then
   * {@code 4.A City Council Minutes – November 14, 2022} and {@code 4.B Demand List}. A part's
   * number repeats its item's, so a file name such as {@code 4A - 12-12-22.pdf} is none.
   */
  /**
   * A US agenda's sections ({@code A. PUBLIC HEARINGS}, {@code B. UNFINISHED BUSINESS}) over the
   * items numbered within them ({@code A-1}, {@code C-1} to {@code C-8}): when the longest run is
   * one section's items, the sections are the items, and their parts are added under them.
   */
  private static List<ItemSequence.Candidate> sectionsOverParts(List<ItemSequence.Candidate> chosen,
      List<ItemSequence.Candidate> candidates) {
    boolean sectionParts = !chosen.isEmpty() && chosen.stream()
        .allMatch(c -> c.number().scheme() == ItemNumber.Scheme.LETTERED && c.number().number().matches("[A-Z]-\\d{1,2}"));
    if (!sectionParts) {
      return chosen;
    }
    List<ItemSequence.Candidate> letters = ItemSequence.choose(
        candidates.stream().filter(c -> c.number().scheme() == ItemNumber.Scheme.LETTER).toList(), "agenda").items();
    return letters.size() >= 3 ? letters : chosen;
  }

  static List<ItemSequence.Candidate> withLetteredParts(List<Line> lines, List<ItemSequence.Candidate> chosen, int limit) {
    List<ItemSequence.Candidate> out = new ArrayList<>();
    for (int k = 0; k < chosen.size(); k++) {
      ItemSequence.Candidate c = chosen.get(k);
      out.add(c);
      if (c.number().scheme() != ItemNumber.Scheme.PLAIN) {
        continue;
      }
      int end = k + 1 < chosen.size() ? chosen.get(k + 1).line() : limit;
      char expected = 'a';
      for (int i = c.line() + 1; i < end; i++) {
        Matcher m = LETTERED_PART.matcher(lines.get(i).text());
        if (m.matches() && m.group(2).equals(c.number().number())
            && Character.toLowerCase(m.group(3).charAt(0)) == expected) {
          ItemNumber part = new ItemNumber(m.group(1), m.group(4), ItemNumber.Scheme.LETTER, c.number().number(), expected - 'a' + 1);
          out.add(new ItemSequence.Candidate(i, part, HeadingText.of(m.group(4))));
          expected++;
        }
      }
    }
    return out;
  }

  /** The first number of the first page range printed with an item, or -1. */
  private static int printedStart(List<Line> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      Matcher m = RANGE_START.matcher(lines.get(i).text());
      if (m.find()) {
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    return -1;
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
    return line.matches("\\d{1,4}") || withoutRanges(line, "").replaceAll("[\\s.,]", "").isEmpty();
  }

  /**
   * A title with printed page ranges removed: {@code PROCUREMENT EXERCISE IN 109 - 114 RESPECT OF}.
   * Pages run upwards, so a pair that runs down is a reference and stays: {@code ORDINANCE 297-22}.
   */
  static String stripRange(String title) {
    return withoutRanges(title, " ").replaceAll("\\s+", " ").strip();
  }

  private static String withoutRanges(String text, String replacement) {
    return RANGE.matcher(text).replaceAll(m -> {
      String[] ends = m.group().split("\\s*[-–]\\s*");
      boolean down = ends.length == 2 && ends[0].matches("\\d+") && ends[1].matches("\\d+")
          && Integer.parseInt(ends[1]) < Integer.parseInt(ends[0]);
      return down ? Matcher.quoteReplacement(m.group()) : replacement;
    });
  }

}
