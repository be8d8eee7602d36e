package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A front sheet's numbered agenda: each item a number, a title and the description under it,
 * printed page ranges around the title dropped ({@link PageRanges}):
 *
 * <pre>
 * 1. APOLOGIES FOR ABSENCE                              an item
 * 5. CHILDREN'S SOCIAL CARE IMPROVEMENT PLAN 11 - 88    its title, the page range dropped
 * To consider the plan for 2015-2018.                   its description
 * 4.A City Council Minutes – November 14, 2022          a lettered part under item 4
 * 1.1 Call to Order and Land Acknowledgement            a dotted part under item 1
 * </pre>
 *
 * The items are the run of numbers that follow each other ({@link ItemSequence}); the other
 * ways an agenda lists its items are {@link AgendaTable}, {@link AgendaBullets} and
 * {@link AgendaHeadings}.
 */
final class NumberedAgenda {

  /** A notice printed among the items ({@code The public's rights ...}, {@code Recording of meetings ...}): no title, no description. */
  static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)^(the public'?s rights|public transport|recording of|fire and emergency|the seven principles|how to submit|herefordshire council$).*");
  private static final int DESCRIPTION_LINES = 8;
  /** A title that is only a reference, the title itself on the next line: {@code File No. B2026-2}. */
  private static final Pattern REFERENCE_ONLY = Pattern.compile(
      "(?i)^(?:file|ref(?:erence)?|case|item|agenda\\s+item|report)\\s*(?:no\\.?|#|:)?\\s*[\\w/.-]*\\d[\\w/.-]*$");
  private static final Pattern SPLIT_RANGE_START = Pattern.compile("\\s+\\d{1,4}(?:\\s*[-–])?$");
  /**
   * A short note in capitals under a title, a sentence of its own: {@code 18. DATE OF NEXT MEETING} / {@code TBC.}
   * (not the title's next line).
   */
  private static final Pattern NOTE_UNDER = Pattern.compile("^\\S+(?:\\s+\\S+){0,2}\\.$");

  /** A bullet or a part's letter opening a line: {@code • SWEARING IN CEREMONY}, {@code a. DISCUSSION AND CONSIDERATION}. */
  /** A title's end that its next line goes on from: a comma, or a joining word. */
  private static final Pattern OPEN_END = Pattern.compile("(?i)(?:,(?:\\s*\\d{1,4}\\s*[-–]?)?|\\b(?:of|and|for|the|to|in|on|&))\\s*$");
  private static final Pattern LIST_MARK = Pattern.compile("^(?:[•▪◦●■\\-–]\\s*|\\(?[a-z][.)]\\s)");

  /** A title that opens with a year: {@code 3. 2023 CITY COUNCIL COMMITTEE ASSIGNMENTS}. */
  private static final Pattern YEAR_FIRST = Pattern.compile("^(?:19|20)\\d\\d\\s+\\p{L}");

  /** Two lower-case words in a row: the cell holds a sentence, not a title. */
  private static final Pattern SENTENCE_WORDS = Pattern.compile("\\b\\p{Ll}+\\s+\\p{Ll}+\\b");

  /** A reference number wrapped at its hyphen: {@code ... ORDINANCE NO. 298-} / {@code 22 - Waive second reading ...}. */
  private static final Pattern WRAPPED_NUMBER = Pattern.compile("^(\\d{1,4})\\s+[-–—]\\s+(\\p{Lu}.*)$");

  /** A lettered part of an item, its number first: {@code 4.A Demand List}, {@code 6a Proposed resolution}. */
  private static final Pattern LETTERED_PART = Pattern.compile("^((\\d{1,3})\\.?([A-Za-z]))[.)]?\\s+(\\p{L}.*)$");

  private NumberedAgenda() {}

  /**
   * The numbered agenda: the run of item numbers that follow each other ({@link ItemSequence}),
   * each a title (capitals possibly wrapped, or a sentence to its full stop, page ranges
   * stripped) and a description. A number that breaks the run (a key decision table's "5", a
   * numbered list inside an item) is not an item.
   */
  /**
   * A label that heads what staff recommend under an item: {@code Recommendation:}, {@code Recommended Action:}, {@code
   * Recommendation(s): 1. Approve the schematic design ...} (its list's first entry on the label's line).
   */
  private static final Pattern RECOMMENDATION = Pattern.compile(
      "(?i)^(?:staff\\s+)?(?:recommendations?|recommendation\\(s\\)|recommended\\s+actions?|recommended\\s+motion)\\s*:?(\\s+1[.)]\\s+\\S.*)?$");

  /**
   * A way to watch or reach the meeting, not an item: {@code 2) https://www.sanjoseca.gov/news-stories/watch-a-meeting, or},
   * {@code 2) By email to city.clerk@sanjoseca.gov by 10:00 a.m.}, {@code 1) By Phone: (888) 475 4499}, {@code 2) Online at:
   * https://...} (a notice's lists before the agenda).
   */
  private static final Pattern CONTACT = Pattern.compile(
      "^(?:https?://|www\\.)|[\\w.-]+@[\\w-]+\\.[\\w.]+|^(?i:by\\s+(?:phone|telephone|e-?mail|mail|post)|online\\s+at|e-?mail\\s+(?:during|to|us))\\b");

  /**
   * An entry of a sentence's enumeration, the next entry on the next line: {@code 1) Cable Channel 26,} / {@code 2)
   * https://...watch-a-meeting, or}.
   */
  private static final Pattern ENUMERATED = Pattern.compile(",(?:\\s+(?:or|and))?$");

  /** Whether the number alone on line {@code i} is its page's own number: at the page's first or last line, equal to it. */
  private static boolean pageNumber(List<Line> lines, int i) {
    int page = lines.get(i).page();
    boolean edge = i == 0 || lines.get(i - 1).page() != page || i + 1 == lines.size() || lines.get(i + 1).page() != page;
    return edge && lines.get(i).text().strip().equals(Integer.toString(page));
  }

  static List<FrontSheetParser.ListedItem> items(List<Line> lines, int from, int limit) {
    List<ItemSequence.Candidate> candidates = new ArrayList<>();
    int recommended = 0; // the next number of a recommendation's own list, 0 outside one
    for (int i = from; i < limit; i++) {
      Matcher recommendation = RECOMMENDATION.matcher(lines.get(i).text());
      if (recommendation.matches()) {
        recommended = recommendation.group(1) == null ? 1 : 2; // "Recommendation(s): 1. Approve the schematic design ..."
        continue;
      }
      Optional<ItemNumber> n = ItemNumber.parse(lines.get(i).text());
      if (n.isEmpty() || i > from && wrappedAddress(lines.get(i - 1).text(), n.get()) || CONTACT.matcher(n.get().rest()).find()
          || ENUMERATED.matcher(n.get().rest()).find() && i + 1 < limit && ItemNumber.parse(lines.get(i + 1).text()).isPresent()) {
        continue;
      }
      // the list's first entry must read as a sentence; the next ones need only go on with its numbers, not in capitals
      if (recommended > 0 && n.get().scheme() == ItemNumber.Scheme.PLAIN && n.get().ordinal() == recommended
          && (HeadingText.of(n.get().rest()) != HeadingText.Strength.STRONG
              || recommended > 1 && Lines.upperShare(n.get().rest()) < 0.75)) {
        recommended++; // "Recommendation:" / "1. Ratify City position and accept ...;" / "2. Authorize City Manager to ...": its parts
        continue;
      }
      recommended = 0;
      String title = afterPageColumn(lines.get(i), n.get().rest());
      if (title.isEmpty() && pageNumber(lines, i)) {
        continue; // "1" at the top of page 1 (a footer drawn first), then "Council Meeting 6th October 2020 7pm"
      }
      if (title.isEmpty() && i + 1 < limit) {
        title = lines.get(i + 1).text();
        if (ItemNumber.parse(title).isPresent()) {
          continue; // a page's number above the next item ("6" / "M. Closed Session"), or numbers printed apart from their titles
        }
      }
      title = PageRanges.stripRange(title);
      if (!title.isEmpty() && (Character.isLetter(title.codePointAt(0)) || YEAR_FIRST.matcher(title).lookingAt()
          || ADDRESS_FIRST.matcher(title).lookingAt())) {
        HeadingText.Strength strength = HeadingText.of(title);
        if (strength == HeadingText.Strength.NONE && title.matches("^(?:That|THAT)\\b.*")) {
          continue;
        }
        candidates.add(new ItemSequence.Candidate(i, n.get(),
            strength == HeadingText.Strength.NONE ? HeadingText.Strength.SENTENCE : strength));
      }
    }
    List<ItemSequence.Candidate> chosen = topLevel(candidates, ItemSequence.choose(candidates, "agenda").items());
    java.util.TreeSet<Integer> headings = new java.util.TreeSet<>();
    List<ItemSequence.Candidate> legistar = LegistarRows.of(lines, from, limit);
    if (legistar.size() > chosen.size()) {
      chosen = LegistarRows.withSections(legistar, chosen, candidates);
    } else {
      // fewer rows are parts under the agenda's own run ("XI. CONSENT CALENDAR" / "a) 23-0028 MINUTES: ...")
      chosen = ownNumbering(lines, from, limit, candidates, chosen, headings);
    }
    if (!chosen.isEmpty() && chosen.get(0).number().scheme() != ItemNumber.Scheme.DOTTED) {
      headings.addAll(AgendaSections.standing(lines, from, limit, chosen));
      headings.addAll(AgendaSections.between(lines, chosen));
    }
    java.util.TreeSet<Integer> boundaries = new java.util.TreeSet<>(headings);
    chosen.forEach(c -> boundaries.add(c.line()));
    List<FrontSheetParser.ListedItem> items = new ArrayList<>();
    int k = -1;
    for (int line : boundaries) {
      Integer after = boundaries.higher(line);
      if (headings.contains(line)) {
        items.add(new FrontSheetParser.ListedItem(null, AgendaSections.title(lines.get(line).text()), null, lines.get(line).page(), -1, line));
        continue;
      }
      k++;
      ItemSequence.Candidate c = chosen.get(k);
      int i = c.line();
      int next = after == null ? limit : after;
      int page = lines.get(i).page();
      String title = afterPageColumn(lines.get(i), c.number().rest());
      int j = i + 1;
      if ((title.isEmpty() || REFERENCE_ONLY.matcher(title).matches()) && j < next) {
        title = lines.get(j).text(); // "1. File No. B2026-2" / "Council to discuss the Recommended ..."
        j++;
      }
      Optional<TitleSplit> cells = j == i + 1 && !LegistarRows.FAMILY.equals(c.number().family())
          ? cellSplit(lines.get(i), title) : Optional.empty(); // a Legistar row's title is cut from its cells already
      TitleSplit split = cells.isPresent() ? cells.get() : TitleSplit.of(PageRanges.stripRange(title));
      title = split.title();
      String rest = split.rest();
      if (Lines.upperShare(title) >= 0.75 && rest.isEmpty()) {
        // A wrapped title: the next lines in capitals, page ranges in between skipped.
        while (j < next) {
          String t = lines.get(j).text();
          if (PageRanges.isRange(t)) {
            j++;
            continue;
          }
          if (LIST_MARK.matcher(t).lookingAt()) {
            break; // "3. PRESENTATIONS" / "• SWEARING IN CEREMONY ...": a list under the title
          }
          if (ItemNumber.parse(t).filter(n -> n.scheme() == ItemNumber.Scheme.LETTER).isPresent() || lines.get(j).page() != lines.get(i).page()
              && !OPEN_END.matcher(PageRanges.stripRange(title)).find()) {
            // "5. CEREMONIAL ITEMS" / "A. PRESENTATION TO ...": its first part; "3. ROLL CALL" / (a page's foot) "CITY
            // COUNCIL"; a title goes on over the page only after a comma or a joining word ("... FOR CHILDREN, 11 -")
            break;
          }
          if (Lines.upperShare(t) >= 0.9 && !BOILERPLATE.matcher(t).matches()
              && t.chars().filter(Character::isLetter).count() > 2 && !NOTE_UNDER.matcher(t).matches()) {
            // A number ending a line that the title goes on from is the start of a range split by
            // the wrap ("... FOR CHILDREN, 11" / "YOUNG PEOPLE AND FAMILIES" / "88").
            title = SPLIT_RANGE_START.matcher(title).replaceFirst("") + " " + PageRanges.stripRange(t);
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
        TitleSplit runOn = TitleSplit.runOn(PageRanges.stripRange(wrapped.toString()));
        title = runOn.title();
        rest = runOn.rest();
        j = at[0];
      }
      StringBuilder description = new StringBuilder(rest);
      int read = 0;
      while (j < next && read < DESCRIPTION_LINES) {
        String t = lines.get(j).text();
        if (BOILERPLATE.matcher(t).matches() || (Lines.upperShare(t) >= 0.9 && t.length() > 8)) {
          break;
        }
        if (!PageRanges.isRange(t)) {
          description.append(description.isEmpty() ? "" : " ").append(t);
          read++;
        }
        j++;
      }
      String d = PageRanges.tidyDescription(description.toString());
      items.add(new FrontSheetParser.ListedItem(c.number().number(), title.strip().replaceFirst("\\s+[-–—]$", ""), d, page,
          PageRanges.printedStart(lines, i, next), i));
    }
    return withPageColumn(items);
  }

  /**
   * The items as the agenda numbers them, from the run {@code chosen}: its sections, lists under its items, lettered and
   * dotted parts, an outline; the sections' bare headings are added to {@code headings}.
   */
  private static List<ItemSequence.Candidate> ownNumbering(List<Line> lines, int from, int limit,
      List<ItemSequence.Candidate> candidates, List<ItemSequence.Candidate> chosen, java.util.Set<Integer> headings) {
    java.util.TreeSet<Integer> sectionHeadings = new java.util.TreeSet<>();
    List<ItemSequence.Candidate> sectioned = AgendaSections.numbered(lines, from, limit, candidates, sectionHeadings);
    // Sections that number their own items ("SECOND READING" / "A. RESOLUTION ..."), unless the
    // agenda's own numbers run on longer over them ("10. Approval of Resolutions" / "A." ... / "11.")
    if (!sectioned.isEmpty() && sectioned.size() >= chosen.size()) {
      chosen = sectioned;
      headings.addAll(sectionHeadings);
    } else {
      chosen = NestedLists.of(chosen, candidates);
    }
    chosen = withLetteredParts(lines, chosen, limit);
    chosen = sectionsOverParts(chosen, candidates);
    chosen = AgendaOutline.of(chosen, candidates, limit);
    // "18.1   To receive an update on the listing.": a part that says what the meeting is to do reads as a title
    List<ItemSequence.Candidate> worded = candidates.stream().map(c -> c.strength() == HeadingText.Strength.SENTENCE
        && AGENDA_VERB.matcher(c.number().rest()).lookingAt() ? new ItemSequence.Candidate(c.line(), c.number(), HeadingText.Strength.SHORT) : c)
        .toList();
    List<ItemSequence.Candidate> parts = ItemSequence.dottedParts(chosen, worded, HeadingText.Strength.SHORT);
    if (parts.isEmpty()) {
      return chosen;
    }
    // "1. Call to Order and Related Business" / "1.1 Call to Order and Land Acknowledgement" / "1.2 Roll Call"
    List<ItemSequence.Candidate> all = new ArrayList<>(chosen);
    all.addAll(parts);
    all.sort(java.util.Comparator.comparingInt(ItemSequence.Candidate::line));
    return all;
  }

  /**
   * The agenda's own numbers over a run of parts under them that outnumbers them: {@code 1. CEREMONIAL ITEMS},
   * {@code 2. CONSENT CALENDAR} above {@code 2.1 Approval of City Council Minutes.}, {@code 2.2 ...}, {@code 2.3 ...}
   * (three parts of item 2 over two items on the first pages), or {@code 1. Call to Order} ... {@code 8. Appointments},
   * its parts {@code A. Budget Committee} to {@code K. Southern Windsor County ...}, then {@code 9. Approve Warrant}
   * (eleven letters inside a run of ten numbers): the numbers are the items, their parts added under them afterwards.
   */
  private static List<ItemSequence.Candidate> topLevel(List<ItemSequence.Candidate> candidates, List<ItemSequence.Candidate> chosen) {
    if (chosen.isEmpty() || chosen.stream().anyMatch(c -> c.number().scheme() == ItemNumber.Scheme.PLAIN)) {
      return chosen;
    }
    List<ItemSequence.Candidate> plain = candidates.stream().filter(c -> c.number().scheme() == ItemNumber.Scheme.PLAIN).toList();
    List<ItemSequence.Candidate> numbers = ItemSequence.choose(plain, "agenda").items();
    int first = chosen.get(0).line();
    if (numbers.size() < 2 || numbers.get(0).line() > first || numbers.stream().noneMatch(c -> c.strength() != HeadingText.Strength.NONE)) {
      return chosen;
    }
    if (chosen.stream().allMatch(c -> c.number().scheme() == ItemNumber.Scheme.DOTTED && ItemNumber.sectionOf(c.number().number()) != null)) {
      // one section's parts, their section among the numbers above them
      String parent = ItemNumber.sectionOf(chosen.get(0).number().number());
      boolean above = chosen.stream().allMatch(c -> parent.equals(ItemNumber.sectionOf(c.number().number())))
          && numbers.stream().anyMatch(c -> parent.equals(c.number().number()) && c.line() < first && c.strength() != HeadingText.Strength.NONE);
      return above ? numbers : chosen;
    }
    // parts lettered under one of the numbers, the numbers going on after them
    boolean inside = chosen.stream().allMatch(c -> c.number().scheme() == ItemNumber.Scheme.LETTER) && numbers.size() >= MIN_NUMBERS_AROUND_PARTS
        && numbers.get(numbers.size() - 1).line() > first;
    return inside ? numbers : chosen;
  }

  /** Numbers an agenda has at the fewest for lettered parts inside their run to be read as theirs. */
  private static final int MIN_NUMBERS_AROUND_PARTS = 3;

  /** What an agenda's item asks the meeting to do: {@code To receive an update ...}, {@code To note the notes from ...}. */
  private static final Pattern AGENDA_VERB = Pattern.compile(
      "^To\\s+(?:receive|note|consider|approve|discuss|agree|resolve|adopt|accept|review|confirm|decide|elect|appoint|sign|ratify|authorise|authorize)\\b");

  /** A title's last word when it is the table's page column: {@code Apologies 5}, {@code General Business Nil}. */
  private static final Pattern PAGE_CELL = Pattern.compile("^(.*\\S)\\s+(\\d{1,4}|Nil|NIL|nil)$");
  private static final int PAGE_COLUMN_ITEMS = 3;

  /**
   * The items of an agenda whose table has a page column ({@code Business | Page No.}, then {@code 1. 1 Apologies 5}):
   * when most titles end with a page number or "Nil", that word is the column's, not the title's; a number is the
   * printed page the item's papers start on.
   */
  static List<FrontSheetParser.ListedItem> withPageColumn(List<FrontSheetParser.ListedItem> items) {
    long numbered = items.stream().filter(it -> it.number() != null).count();
    long ending = items.stream().filter(it -> it.number() != null && PAGE_CELL.matcher(it.title()).matches()).count();
    if (numbered < PAGE_COLUMN_ITEMS || ending * 4 < numbered * 3) {
      return items;
    }
    List<FrontSheetParser.ListedItem> out = new ArrayList<>();
    for (FrontSheetParser.ListedItem it : items) {
      Matcher m = it.number() == null ? null : PAGE_CELL.matcher(it.title());
      if (m == null || !m.matches()) {
        out.add(it);
        continue;
      }
      int printed = it.printedPage() < 0 && Character.isDigit(m.group(2).charAt(0)) ? Integer.parseInt(m.group(2)) : it.printedPage();
      out.add(new FrontSheetParser.ListedItem(it.number(), m.group(1), it.description(), it.page(), printed, it.line()));
    }
    return out;
  }

  /**
   * A short cell after the title in an agenda's table, about the item's papers, presenter or time, not its title:
   * {@code BD(2017)03.01}, {@code Paper: LH}, {@code Attached}, {@code Minutes attached}, {@code Verbal},
   * {@code 14 November 2017}, {@code 4.50 pm 5 mins}.
   */
  private static boolean papersCell(String cell) {
    String[] words = cell.split("\\s+");
    return words.length <= PAPERS_CELL_WORDS && (PAPERS_CELL.matcher(cell).find() || Dates.find(cell).isPresent()
        || Times.find(cell).isPresent() || cell.chars().filter(Character::isDigit).count() * 3 >= cell.replace(" ", "").length());
  }

  /** A page number in a column of its own between the item's number and its title: {@code 6 | 1 | Confirmation of Minutes}. */
  private static final Pattern PAGE_COLUMN = Pattern.compile("^\\d{1,3}\\s+(?=\\p{Lu})");

  /** An item's title with the page number before it in a column of its own left out ({@link #PAGE_COLUMN}). */
  private static String afterPageColumn(Line line, String rest) {
    Matcher page = PAGE_COLUMN.matcher(rest);
    return page.lookingAt() && line.cells().contains(line.text().length() - rest.length() + page.end())
        ? rest.substring(page.end()) : rest;
  }

  private static final Pattern PAPERS_CELL = Pattern.compile(
      "(?i)\\b(?:attached|enclosed|to\\s+follow|verbal|paper|report|presentation|tabled|circulated|mins?|minutes)\\b|^\\p{Lu}{1,4}\\(\\d{4}\\)");
  private static final int PAPERS_CELL_WORDS = 4;
  /** A contents page's page column after the title, a note's column after it or none: {@code 2}, {@code 2 Attachment 1, pages 10-20}. */
  private static final Pattern PAGE_THEN_NOTE = Pattern.compile("^\\d{1,4}(?:\\s+\\S.*)?$");

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
    boolean pageColumn = PAGE_THEN_NOTE.matcher(after).matches(); // "6 | Confirmation of Minutes | 2 | Attachment 1, pages 10-20"
    if (title.isEmpty() || !SENTENCE_WORDS.matcher(after).find() && !papersCell(after) && !pageColumn
        || HeadingText.of(title) == HeadingText.Strength.NONE) {
      return Optional.empty();
    }
    return Optional.of(new TitleSplit(PageRanges.stripRange(title), after));
  }

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
    return Optional.of(new TitleSplit(title + " " + PageRanges.stripRange(split.title()), split.rest()));
  }

  /**
   * A US agenda's sections ({@code A. PUBLIC HEARINGS}, {@code B. UNFINISHED BUSINESS}) over the
   * items numbered within them ({@code A-1}, {@code C-1} to {@code C-8}), or numbered items over their
   * parts ({@code 1. Meeting Conduct} over {@code 1. 1 Apologies} to {@code 1. 5 Public Participation},
   * then {@code 2. General Business}): when the longest run is one section's parts, the sections are the
   * items, and their parts are added under them.
   */
  private static List<ItemSequence.Candidate> sectionsOverParts(List<ItemSequence.Candidate> chosen,
      List<ItemSequence.Candidate> candidates) {
    boolean sectionParts = !chosen.isEmpty() && chosen.stream()
        .allMatch(c -> c.number().scheme() == ItemNumber.Scheme.LETTERED && c.number().number().matches("[A-Z]-\\d{1,2}"));
    boolean dottedParts = !chosen.isEmpty() && chosen.stream().allMatch(c -> c.number().scheme() == ItemNumber.Scheme.DOTTED
        && c.number().family().equals(chosen.get(0).number().family()) && c.number().family().matches("\\d{1,2}"));
    if (!sectionParts && !dottedParts) {
      return chosen;
    }
    ItemNumber.Scheme over = sectionParts ? ItemNumber.Scheme.LETTER : ItemNumber.Scheme.PLAIN;
    List<ItemSequence.Candidate> sections = ItemSequence.choose(
        candidates.stream().filter(c -> c.number().scheme() == over).toList(), "agenda").items();
    boolean holdsParts = sectionParts || sections.stream().anyMatch(c -> c.number().number().equals(chosen.get(0).number().family())
        && c.line() < chosen.get(0).line());
    return sections.size() >= 3 && holdsParts ? sections : chosen;
  }

  /** A title that is a property's address in capitals: {@code 3. 9665 WILSHIRE BOULEVARD Conditional Use Permit}, {@code 14.1. 6 GUN LANE}. */
  private static final Pattern ADDRESS_FIRST = Pattern.compile("^\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?\\p{Lu}{2,}\\b");

  private static final Pattern HOUSE_NUMBER_END = Pattern.compile(".*\\p{L}.*\\s\\d{1,6}$");

  /**
   * A street's direction after a house number wrapped at the line's end, not item E: {@code ... the Library
   * located at 15920} / {@code E. Central during normal business hours.}
   */
  private static boolean wrappedAddress(String above, ItemNumber n) {
    return n.scheme() == ItemNumber.Scheme.LETTER && "NSEW".contains(n.number()) && HOUSE_NUMBER_END.matcher(above).matches();
  }

  /**
   * The items with the lettered parts listed under them: {@code 4. CONSENT CALENDAR} then
   * {@code 4.A City Council Minutes – November 14, 2022} and {@code 4.B Demand List}. A part's
   * number repeats its item's, so a file name such as {@code 4A - 12-12-22.pdf} is none. Wider
   * than a minute's parts ({@link MinuteHeadings#letteredParts}): the letter may be a capital
   * ({@code 4.A}) and the title need not read as a heading ({@code 6a to receive the report}).
   */
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
}
