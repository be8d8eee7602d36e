package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Resolution;

/**
 * Segments one meeting's minutes into its minutes: the numbered headings that run as a sequence
 * ({@link ItemSequence}), the unnumbered headings in capitals, run-in and wrapped headings, lettered
 * and dotted parts ({@link MinuteHeadings}), and each minute's decisions ({@link ResolutionParser}).
 * Decisions before the first heading belong to an unnumbered minute under the heading above them.
 * {@link MinutesParser} finds where each meeting's minutes are; this reads what is inside them.
 */
final class MinuteSegmenter {

  /** Stamps such as {@code Agenda Item 4} sit in the text flow but are not part of a minute. */
  static final Pattern STAMP = Pattern.compile("(?i)^agenda\\s+item(?:\\s+no\\.?)?\\s*\\d+[a-z]?$");
  /** Section labels of decision notices that are not the subject's title. */
  private static final Pattern GENERIC_HEADING = Pattern.compile(
      "(?i)^(?:issue|reasons?|purpose|background|alternatives?|options?|decision|details|minutes|items|no\\.?\\s+item|part\\s+[iv1-9]+"
      + "|proposed|seconded|moved|carried|and\\s+agreed|present|apologies\\s+(?:were|from))\\b.*");
  /** Two sentences on one line: {@code Sustainable Community Strategy. A reference from ...}. */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{2}\\.\\s+\\p{Lu}");
  /** A line cut before its sentence goes on: {@code Industrial Equipment Company for rental of a Wayne Street Sweeper for a}. */
  private static final Pattern JOINING_END = Pattern.compile("(?i)\\s(?:a|an|the|of|for|and|or|to|by|with|between|in|on|at)$");
  /** A {@code Label: value} line (a colon inside, text after it) is no heading. */
  private static final Pattern LABEL_VALUE = Pattern.compile("^[^:]{2,40}:\\s*\\S.*$");
  /**
   * A person with a post after a comma, a line of a list of those present: {@code Carey Mills Storm, Clerk}, {@code Patrick J.
   * Small, Assistant County Administrator}. Above a decision it means the attendance list, not the decision's heading.
   */
  private static final Pattern PERSON_WITH_POST = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}\\p{Lu}[\\p{L}'’-]+,\\s+(?:[\\p{L}-]+\\s+){0,3}(?i:" + Posts.STAFF
      + "|chair(?:man|woman|person)?|mayor|reeve|councill?or|member)\\.?$");

  private static final Pattern BULLET = Pattern.compile("^[•·▪●◦]\\s*");
  /** A member alone on a line by title and name: {@code Councillor Craig}, {@code Cllr J Smith}. */
  private static final Pattern TITLED_PERSON = Pattern.compile(
      "^(?:Councillor|Councilor|Cllr|Cr|Alderman|Mayor)\\.?\\s+(?:\\p{Lu}\\.?\\s+){0,2}\\p{Lu}[\\p{L}'’-]+$");

  private MinuteSegmenter() {}

  /**
   * A heading in capitals after a bullet, without it: {@code • TO ELECT A CHAIRMAN / MAYOR FOR THE ENSUING YEAR}; a bullet
   * before words in ordinary case is a list's entry ({@code • Article 25 – French’s Park attendant}) and stays.
   */
  private static String unbulleted(String line) {
    Matcher b = BULLET.matcher(line);
    return b.lookingAt() && Lines.upperShare(line.substring(b.end())) >= MinuteHeadings.CAPITALS ? line.substring(b.end()) : line;
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

  /**
   * Whether a numbered heading is in bold and numbered as a minute is ({@code 1 Apologies}, {@code Item No. 1. Election of
   * Mayor}, {@code ITEM 1}), so that the bold face marks numbered headings; not an address's figures ({@code 60 Bicester
   * Road}) or a part under a bold heading ({@code 6.1 Gidgee Healing}).
   */
  private static boolean numberedInBold(List<Line> body, ItemSequence.Candidate c) {
    Line line = body.get(c.line());
    return line.bold() && c.number().scheme() != ItemNumber.Scheme.DOTTED
        && (c.number().ordinal() == 1 || BoldHeadings.MARKED_NUMBER.matcher(line.text()).lookingAt());
  }

  /** Numbered headings in a run this long are the minutes' headings, whatever a bold face says. */
  private static final int BOLD_OVER_NUMBERS = 3;

  /**
   * Whether two numbered headings or more head the minutes, most of them strong or in bold themselves ({@code 1. To
   * receive and accept apologies for absence} in bold): then the numbers, not the bold face, mark the minutes.
   */
  private static boolean numberedHeadings(List<Line> body, List<ItemSequence.Candidate> chosen) {
    long strong = chosen.stream().filter(c -> c.strength() == HeadingText.Strength.STRONG).count();
    long bold = chosen.stream().filter(c -> body.get(c.line()).bold()).count();
    return chosen.size() >= 2 && (strong * 2 > chosen.size() || bold * 2 >= chosen.size());
  }

  /** The numbered minutes in the lines of one meeting's minutes. */
  static List<MinuteItem> items(List<Line> body, List<String> warnings) {
    return segment(body, LineLabel.label(body), warnings).items();
  }

  static Segmented segment(List<Line> body, LineLabel[] labels, List<String> warnings) {
    return segment(body, labels, Set.of(), warnings);
  }

  /** As {@link #segment(List, LineLabel[], List)}, with headings already known on the lines {@code known} (margin labels). */
  static Segmented segment(List<Line> body, LineLabel[] labels, Set<Integer> known, List<String> warnings) {
    List<ItemSequence.Candidate> candidates = new ArrayList<>();
    Map<Integer, MinuteItemHeading> headings = new HashMap<>();
    Set<Integer> parts = MinuteHeadings.decisionParts(body, labels);
    for (int i = 0; i < body.size(); i++) {
      if (labels[i] != LineLabel.NUMBERED || parts.contains(i)) {
        continue;
      }
      String next = i + 1 < body.size() ? body.get(i + 1).text() : null;
      Optional<MinuteItemHeading> h = MinuteItemHeading.parse(body.get(i), next);
      if (h.isPresent()) {
        candidates.add(new ItemSequence.Candidate(i, h.get().number(), h.get().strength()));
        headings.put(i, h.get());
      }
    }
    java.util.SortedMap<Integer, MinuteItemHeading> numberedDecisions = MinuteHeadings.numberedDecisions(body, labels);
    if (numberedDecisions.size() > candidates.size()) {
      // "1. RESOLVED that the minutes ... be adopted as received.": the decisions are the minutes
      numberedDecisions.forEach((line, h) -> {
        candidates.add(new ItemSequence.Candidate(line, h.number(), h.strength()));
        headings.put(line, h);
      });
    }
    ItemSequence.Result chosen = ItemSequence.chooseMinutes(candidates, MinuteHeadings.sectionStarts(body, labels, candidates), "minute");
    warnings.addAll(chosen.warnings());
    List<Integer> paragraphHeads = MinuteHeadings.headingsOverParagraphs(body, labels, chosen.items());
    if (!paragraphHeads.isEmpty()) {
      // " Election of Convener" / "1.    This item was chaired by ...": numbered paragraphs under headings in title case
      chosen = new ItemSequence.Result(List.of(), chosen.warnings());
    }
    int first = chosen.items().isEmpty() ? body.size() : chosen.items().get(0).line();
    List<Integer> groups = new ArrayList<>();
    List<Integer> unnumbered = MinuteHeadings.capitalHeadings(body, labels, chosen.items(), first, groups);
    if (!paragraphHeads.isEmpty()) {
      TreeSet<Integer> all = new TreeSet<>(unnumbered);
      all.addAll(paragraphHeads);
      unnumbered = new ArrayList<>(all);
    }
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
    Map<Integer, String> wrapped = MinuteHeadings.wrappedHeadings(body, unnumbered);
    if (!wrapped.isEmpty()) {
      unnumbered = new ArrayList<>(unnumbered);
      unnumbered.removeIf(i -> wrapped.containsKey(i - 1));
    }
    if (!known.isEmpty()) {
      TreeSet<Integer> all = new TreeSet<>(unnumbered);
      all.addAll(known);
      unnumbered = new ArrayList<>(all);
    }
    TreeMap<Integer, TitleSplit> runIn = RunInHeadings.runInHeadings(body, labels, chosen.items());
    int titleEnd = MinuteHeadings.titleEnd(labels);
    runIn.headMap(titleEnd).clear(); // "CORPORATION OF THE TOWNSHIP OF MELANCTHON" above the title
    TreeMap<Integer, TitleSplit> bold = numberedHeadings(body, chosen.items()) ? new TreeMap<>()
        : BoldHeadings.find(body, labels, MinuteHeadings.openingEnd(body, labels), body.size());
    bold.headMap(titleEnd - 1).clear(); // a bold name above the minutes' title is the title block's
    // run-in headings that are some of the bold ones ("Announcements" / "None.") are read with the rest in bold
    boolean someBold = !runIn.isEmpty() && bold.keySet().containsAll(runIn.keySet()) && bold.size() >= 2 * runIn.size();
    if ((runIn.isEmpty() || someBold) && bold.size() > unnumbered.size() && chosen.items().size() < BOLD_OVER_NUMBERS
        && chosen.items().stream().noneMatch(c -> numberedInBold(body, c))) {
      // "Declarations of Interest" / "Minutes" / "Unit 7 Oxford Technology Park ..." in bold over plain paragraphs: the
      // bold face marks the headings (with those in capitals), and the numbers, if any, are lists inside them
      runIn = bold;
      runIn.keySet().removeAll(unnumbered);
      chosen = new ItemSequence.Result(List.of(), chosen.warnings());
    }
    if (!runIn.isEmpty()) {
      if (RunInHeadings.partsUnderRunIn(chosen.items(), runIn)) {
        // "ROLL CALL:" / "MINUTES:" / "REGULAR AGENDA:" / "(4-A) Election of Chair ...": the parts are minutes of their
        // own among the run-in headings, and the heading just above them groups them
        int firstPart = chosen.items().get(0).line();
        Integer group = runIn.floorKey(firstPart);
        if (group != null && firstPart - group <= 2 && runIn.get(group).rest().isEmpty()) {
          runIn = new TreeMap<>(runIn);
          runIn.remove(group);
        }
      } else {
        // Minutes headed "Police Matters : ..." whose numbered lines are lists inside those minutes
        chosen = new ItemSequence.Result(List.of(), chosen.warnings());
      }
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
    for (ItemSequence.Candidate c : MinuteHeadings.dottedParents(candidates, numbered)) {
      numbered.put(c.line(), headings.get(c.line()));
    }
    for (ItemSequence.Candidate c : MinuteHeadings.partsOfNextItems(candidates, numbered)) {
      numbered.put(c.line(), headings.get(c.line()));
    }
    TreeSet<Integer> boundaries = new TreeSet<>(numbered.keySet());
    boundaries.addAll(unnumbered);
    boundaries.addAll(runIn.keySet());
    // a running head in bold ("ORDINARY COUNCIL MEETING MINUTES   5 FEBRUARY 2019" atop each page) heads no minute
    boundaries.removeIf(i -> labels[i] == LineLabel.RUNNING && !numbered.containsKey(i));
    int firstBoundary = boundaries.isEmpty() ? body.size() : boundaries.first();
    // a minute book's layout: every numbered paragraph under its heading in capitals ("CHAIRMAN’S WELCOME" / "18/099 The ...")
    Map<Integer, String> headsAbove = headingsAbove(body, labels, chosen.items(), headings);
    int[] firstDecision = {firstBoundary};
    List<MinuteItem> before = unnumbered(body, labels, 0, firstBoundary, warnings, firstDecision);
    List<MinuteItem> items = new ArrayList<>(before);
    Map<Integer, String> references = new HashMap<>();
    for (int from : boundaries) {
      Integer next = boundaries.higher(from);
      int to = next == null ? body.size() : next;
      MinuteItemHeading h = numbered.get(from);
      if (h != null && headsAbove.get(from) == null) {
        int below = from + (h.titleOnNextLine() ? 2 : 1);
        int index = items.size();
        MinuteReferences.beside(h.title(), h.rest(), below < to ? body.get(below).text() : null)
            .ifPresent(reference -> references.put(index, reference));
      }
      TitleSplit r = runIn.get(from);
      items.add(h != null ? item(body, labels, h, from, to, Optional.ofNullable(headsAbove.get(from)))
          : r != null ? plainItem(body, labels, from, to, r.title(), r.rest())
          : plainItem(body, labels, from + (wrapped.containsKey(from) ? 1 : 0), to,
              wrapped.getOrDefault(from, body.get(from).text()), ""));
    }
    items = MinuteReferences.renumbered(items, references, numbered.size());
    int firstLine = before.isEmpty() || before.get(0).title() != null ? firstBoundary : firstDecision[0];
    if (!before.isEmpty() && before.get(0).title() != null) {
      for (int i = 0; i < firstBoundary; i++) {
        if (body.get(i).page() == before.get(0).page() && body.get(i).text().startsWith(before.get(0).title())) {
          firstLine = i;
          break;
        }
      }
    }
    return new Segmented(ConsentCalendar.regroup(items), Math.max(firstLine, 1));
  }

  /** A heading naming the minutes with a comma after it, its sentence going on below: {@code MINUTES OF THE LAST MEETING,}. */
  private static final Pattern MINUTES_TITLE_GOES_ON = Pattern.compile("(?i)^(?:the\\s+)?minutes\\s+of\\b.{3,80},$");

  /**
   * The headings in capitals above the numbered paragraphs, by the paragraph's line, when every one of two or more has one (a
   * minute book's layout); empty otherwise.
   */
  private static Map<Integer, String> headingsAbove(List<Line> body, LineLabel[] labels, List<ItemSequence.Candidate> chosen,
      Map<Integer, MinuteItemHeading> headings) {
    Map<Integer, String> above = new HashMap<>();
    for (ItemSequence.Candidate c : chosen) {
      if (paragraph(headings.get(c.line()))) {
        Optional<String> t = MinuteHeadings.capitalsAbove(body, labels, c.line());
        if (t.isEmpty()) {
          return Map.of();
        }
        above.put(c.line(), t.get());
      }
    }
    return above.size() >= 2 ? above : Map.of();
  }

  /** A numbered line that opens a paragraph rather than titling it: {@code 18/100 The Chairman requested confirmation of the}. */
  private static boolean paragraph(MinuteItemHeading h) {
    return h != null && h.strength() != HeadingText.Strength.STRONG && !h.titleOnNextLine()
        && h.number().rest().split("\\s+").length >= PARAGRAPH_WORDS && NARRATIVE_OPENING.matcher(h.number().rest()).lookingAt();
  }

  /** A sentence of narrative opening: {@code The Chairman ...}, {@code It was ...}, {@code Members ...}, {@code Cllr Smith ...}. */
  private static final Pattern NARRATIVE_OPENING = Pattern.compile(
      "^(?:The|A|An|It|This|These|There|Members|Councillors?|Cllrs?\\.?|Mr|Mrs|Ms|Dr)\\s");

  private static final int PARAGRAPH_WORDS = 6;

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

  private static MinuteItem item(List<Line> body, LineLabel[] labels, MinuteItemHeading h, int from, int to, Optional<String> over) {
    StringBuilder title = new StringBuilder(h.title());
    int bodyStart = from + (h.titleOnNextLine() ? 2 : 1);
    String rest = h.rest();
    if (over.isPresent()) {
      // "CHAIRMAN’S WELCOME" / "18/099  The Chairman welcomed the Board ...": the heading is the line in capitals above the
      // number, and the numbered line is the minute's first
      title.setLength(0);
      title.append(over.get());
    } else if (rest.isEmpty() && !h.closed()) {
      int[] at = {bodyStart};
      rest = TitleLines.extend(title, body, at, to, h.strength());
      bodyStart = at[0];
      Optional<TitleSplit> said = TitleSplit.dashThenSentence(title.toString());
      if (said.isPresent()) {
        // "1. Nomination of Chairman ... Office’ – The current Chairman of the" / "Council – Councillor Howell took ..."
        title.setLength(0);
        title.append(said.get().title());
        rest = rest.isEmpty() ? said.get().rest() : said.get().rest() + " " + rest;
      }
    }
    rest = MinuteReferences.withoutOpening(rest);
    List<Line> text = new ArrayList<>();
    if (over.isPresent() || h.strength() == HeadingText.Strength.SENTENCE && !h.titleOnNextLine()) {
      // "5. The council voted in favour of agreement to the Minutes of the previous ...": a numbered paragraph, whose
      // "title" is its first words, is read whole for its decisions
      String whole = h.number().rest();
      int said = h.rest().isEmpty() ? -1 : whole.lastIndexOf(h.rest());
      if (said > 0) {
        // "18619 Ratification of the minutes of the meeting held on 30th October 2018. The minutes of the meeting of the":
        // the sentence after the heading's is read as a line of its own
        text.add(new Line(body.get(from).page(), whole.substring(0, said).strip()));
        text.add(new Line(body.get(from).page(), h.rest()));
      } else {
        text.add(new Line(body.get(from).page(), whole));
      }
      text.addAll(content(body, labels, from + 1, Math.max(from + 1, to)));
    } else {
      if (!rest.isEmpty()) {
        text.add(new Line(body.get(from).page(), rest));
      }
      text.addAll(content(body, labels, bodyStart, Math.max(bodyStart, to)));
      if (!text.isEmpty() && MINUTES_TITLE_GOES_ON.matcher(title).matches()) {
        // "921. MINUTES OF THE LAST MEETING, a copy of which had been circulated to each Member, were approved.": the
        // heading is the sentence's subject, read with it for the decision
        text.set(0, new Line(text.get(0).page(), title + " " + text.get(0).text()));
        title.setLength(title.length() - 1);
      }
    }
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

  /** The time business was taken, a heading's number in a parish's minutes: {@code 7.15        Christmas}. */
  private static final String CLOCK = "^(?:[1-9]|1[0-2])[.:][0-5][05]\\s+";
  private static final Pattern CLOCK_HEADING = Pattern.compile(CLOCK + "(\\p{Lu}.{2,80})$");
  private static final Pattern CLOCK_TIME = Pattern.compile(CLOCK + "(?=\\p{Lu})");

  /** Lines at the top where a title block may be, its date line the last. */
  private static final int TITLE_BLOCK_LINES = 6;
  /** Words of a title block's line at the most: a longer line is a sentence. */
  private static final int TITLE_BLOCK_WORDS = 10;

  /**
   * The end of the minutes' title block, its date the last line of it ({@code LYONS TOWNSHIP REGULAR MEETING} / {@code
   * November 4, 2019}), or 0: short lines only, before any sentence.
   */
  private static int titleBlockEnd(List<Line> body) {
    for (int i = 0; i < body.size() && i < TITLE_BLOCK_LINES; i++) {
      String t = body.get(i).text();
      if (t.split("\\s+").length > TITLE_BLOCK_WORDS) {
        return 0;
      }
      if (Dates.find(t).isPresent()) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Decisions before the first numbered minute, each under the nearest heading above it; those with no heading above
   * them (minutes that print none: {@code Moved by Kaufmann seconded by Gaul to approve the agenda.}) are kept in one
   * minute with neither number nor title, said in {@code warnings}; {@code firstDecision} gets the first one's line.
   */
  private static List<MinuteItem> unnumbered(List<Line> body, LineLabel[] labels, int from, int to, List<String> warnings,
      int[] firstDecision) {
    List<Line> region = new ArrayList<>(body.subList(from, to));
    List<ResolutionParser.Found> found = ResolutionParser.find(region);
    if (!found.isEmpty()) {
      firstDecision[0] = from + found.get(0).from();
    }
    List<MinuteItem> items = new ArrayList<>();
    int lastHeading = -2;
    // the title block ("LYONS TOWNSHIP REGULAR MEETING" / "November 4, 2019") names the meeting, not a decision's business
    int opening = from == 0 ? titleBlockEnd(body) : 0;
    for (ResolutionParser.Found f : found) {
      int heading = itemSentenceAbove(region, labels, from, f.from());
      for (int i = f.from() - 1; i >= 0 && heading < 0 && from + i >= opening; i--) {
        String t = unbulleted(region.get(i).text());
        if (TITLED_PERSON.matcher(t).matches()) {
          continue; // "Councillor Craig" / "For Councillors: – Clarke, Cook, ...": a nominee over a recorded vote, no heading
        }
        LineLabel l = labels[from + i];
        if (l == LineLabel.MINUTES_TITLE || l == LineLabel.AGENDA_TITLE || l == LineLabel.ATTENDANCE || PERSON_WITH_POST.matcher(t).matches()) {
          break; // the title block above the minutes' title or who attended names the body, not the decision's business
        }
        Matcher clock = l == LineLabel.NUMBERED ? CLOCK_HEADING.matcher(t) : null;
        if (clock != null && clock.matches() && HeadingText.of(clock.group(1)) == HeadingText.Strength.STRONG) {
          heading = i; // "7.15        Christmas": the business taken at that time
          break;
        }
        if ((l == LineLabel.TEXT || l == LineLabel.DECISION && t.endsWith(":")) && !GENERIC_HEADING.matcher(t).matches()
            && !RunInHeading.moverPair(t)
            && !SENTENCE_INSIDE.matcher(t).find()
            && !LABEL_VALUE.matcher(t).matches() && Dates.find(t).isEmpty()
            && HeadingText.of(t) == HeadingText.Strength.STRONG && t.split("\\s+").length <= 12 && !JOINING_END.matcher(t).find()) {
          heading = i;
          break;
        }
      }
      String title = heading < 0 ? null : CLOCK_TIME.matcher(unbulleted(region.get(heading).text()))
          .replaceFirst("").replaceFirst("\\s*[:\\-–]$", "").strip();
      if (heading == lastHeading && !items.isEmpty()) {
        MinuteItem last = items.remove(items.size() - 1);
        List<Resolution> rs = new ArrayList<>(last.resolutions());
        rs.add(f.resolution());
        items.add(new MinuteItem(last.number(), last.title(), last.page(), last.text(), rs));
      } else if (title != null) {
        items.add(new MinuteItem(null, title, region.get(heading).page(), "", List.of(f.resolution())));
      } else {
        // "Moved by Kaufmann seconded by Gaul to approve the agenda.": minutes with no headings keep their decisions
        items.add(new MinuteItem(null, null, f.resolution().page(), "", List.of(f.resolution())));
        warnings.add("decisions before any minute heading, kept under no heading (page " + f.resolution().page() + ")");
      }
      lastHeading = heading;
    }
    return items;
  }
}
