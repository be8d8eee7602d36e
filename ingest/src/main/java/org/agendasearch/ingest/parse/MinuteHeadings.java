package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The headings of a set of minutes other than its run of numbered ones: headings in capitals
 * with no number ({@code CALL TO ORDER AND ROLL CALL}), lists numbered from 1 again under a section
 * heading, lettered and dotted parts, and the numbered lines that are parts of a decision rather
 * than minutes. Headings run in with their text ({@code Police Matters : ...}) are {@link RunInHeadings}'.
 */
final class MinuteHeadings {

  private static final int FIRST_PAGE_TOP = 15;

  private MinuteHeadings() {}

  /** A line that stops on a joining word is part of a sentence: {@code HELD AT THE}. */
  private static final Pattern JOINING_END = Pattern.compile("(?i).*(?:\\b(?:at|of|the|and|to|in|on|for|by|with)|\\s&)$");

  /** One-word headings of the business every meeting has: {@code ADJOURNMENT}, {@code CORRESPONDENCE}. */
  private static final Pattern PROCEDURAL = Pattern.compile(
      "(?i)(?:adjournment|apologies|minutes|correspondence|communications|reports|finance|planning|announcements|declarations"
      + "|petitions|questions|presentations|delegations|deputations|consent|closure|welcome|prayer|invocation)");

  /** Lines in capitals that are not a minute's heading: attendance, votes, signatures. */
  private static final Pattern NOT_A_MINUTE = Pattern.compile(
      "(?i)^(?:present|absent|roll\\s+call|staff\\s+present|also\\s+present|officers\\s+present|in\\s+attendance"
      + "|attendance|motion|result|ayes|nays|yeas|noes|carried|lost|part\\s+[iv\\d]+\\b|exempt|none|nil|n/a|signed|attest"
      + "|chair(?:man|person)?|mayor|gallery|continued|contd|page)\\b"
      // "ELECTED OFFICIALS PRESENT", "MEMBERS ABSENT": a list's label
      + "|(?i)^(?:\\p{L}+\\s+){1,3}(?:present|absent):?$");

  /** A motion's result on its own line: {@code CARRIED}, {@code DEFEATED.}, {@code Motion Carried}, {@code Adopted Unanimously}. */
  static final Pattern RESULT_LINE = Pattern.compile("(?i)^(?:motion\\s+)?(?:carried|defeated|lost|passed|failed|adopted)(?:\\s+unanimously)?\\.?$");

  /**
   * Headings in capitals on a line of their own, with no number, that open a minute
   * ({@code CALL TO ORDER AND ROLL CALL}, {@code WELCOME TO COUNTRY}): after the opening lines and
   * before the first numbered minute, and everywhere when the numbered items are not themselves
   * headings in capitals (minutes whose sections restart their numbering). A line in capitals
   * just above a numbered item heads a group of items, not a minute of its own; one inside a
   * block of capitals is an address or a name.
   */
  static List<Integer> capitalHeadings(List<Line> body, LineLabel[] labels, List<ItemSequence.Candidate> chosen,
      int first, List<Integer> groups) {
    long capitalItems = chosen.stream().filter(c -> Lines.upperShare(c.number().rest()) >= 0.75).count();
    boolean numberedAreHeadings = chosen.size() >= 3 && capitalItems * 2 >= chosen.size();
    int opening = Math.max(openingEnd(body, labels), titleEnd(labels));
    List<Integer> out = new ArrayList<>();
    boolean attendance = false;
    for (int i = opening; i < body.size(); i++) {
      if (i >= first && numberedAreHeadings) {
        break;
      }
      String t = body.get(i).text();
      if (labels[i] == LineLabel.ATTENDANCE && ROLL_CALL.matcher(t).matches() && i + 1 < body.size()
          && (narrative(body.get(i + 1).text()) || labels[i + 1] == LineLabel.ATTENDANCE)) {
        // "ROLL CALL" / "Mayor Ken Mundy called the meeting to order ... called the roll. Those", or / "Present Were:": a heading
        out.add(i);
        attendance = true;
        continue;
      }
      if (labels[i] == LineLabel.ATTENDANCE) {
        attendance = true; // "Present:-" then "BAILIES", "COUNCILLORS": parts of the list
      } else if (labels[i] != LineLabel.TEXT || t.endsWith(".") && t.split("\\s+").length >= 6
          || attendance && t.split("\\s+").length >= 3 && capitalHeading(t) && i + 1 < body.size()
              && (sentence(body.get(i + 1).text()) || clause(body.get(i + 1).text()))) {
        attendance = false; // "Dianne Harnett, Deputy Clerk" / "MEETING CALLED TO ORDER" / "The meeting was called to order at ..."
      }
      // "CONSENT AGENDA" among the minutes is a section of business, not the title of an agenda.
      boolean heading = labels[i] == LineLabel.TEXT
          || (labels[i] == LineLabel.MINUTES_TITLE || labels[i] == LineLabel.AGENDA_TITLE) && i > opening;
      if (attendance || !heading || !capitalHeading(t) || i > first && t.split("\\s+").length < 2 && !PROCEDURAL.matcher(t).matches()
          || RunInHeading.isLabel(t.replaceFirst("\\s*:$", "")) || RESULT_LINE.matcher(t.replaceAll("[\"“”]", "")).matches()
          || BRACKETED_PART.matcher(t).lookingAt()) {
        continue; // one word in capitals among numbered minutes is a table's cell ("TOTAL"), not a heading; nor is "GUESTS",
        // nor a motion's result ('"CARRIED"'), nor a minute's lettered part ("(a) NYCC" under "C134 Reports on Matters ...")
      }
      int p = previous(labels, i);
      int n = next(labels, i);
      // a motion's result above ("CARRIED" / "DEPUTATION - Nil") ends a decision, not a block of capitals; headings
      // that say nothing came under them ("BUSINESS ARISING FROM THE PREVIOUS MINUTES - Nil") are each one
      boolean inBlock = p >= 0 && Lines.upperShare(body.get(p).text()) >= 0.75 && labels[p] != LineLabel.DECISION
          && !RESULT_LINE.matcher(body.get(p).text()).matches() && !HeadingText.NOTHING_UNDER.matcher(body.get(p).text()).find()
          || n < body.size() && Lines.upperShare(body.get(n).text()) >= 0.75 && labels[n] == LineLabel.TEXT
          && !HeadingText.NOTHING_UNDER.matcher(body.get(n).text()).find();
      boolean groupsItems = n < body.size() && labels[n] == LineLabel.NUMBERED;
      if (HeadingText.NOTHING_UNDER.matcher(t).find() || !inBlock && !groupsItems) {
        out.add(i);
      } else if (groupsItems) {
        groups.add(i);
      }
    }
    return out;
  }

  private static final int PARAGRAPH_HEAD_WORDS = 8;
  /** A person named with a title, a vote's row, not a heading: {@code Trustee Dave DeLuka}. */
  private static final Pattern NAMED_PERSON = Pattern.compile(
      "^(?:Trustee|Councill?or|Cllr|Cr|Commissioner|Alderman|Mayor|Supervisor|Director|Member|Mr|Mrs|Ms|Dr)\\.?\\s");

  /**
   * The headings of minutes whose numbers are their paragraphs': each numbered line chosen is a long sentence, and at least
   * two of them (half or more) sit right under a short heading in title case of its own ({@code Election of Convener} / {@code 1.    This item
   * was chaired by David Cameron ...}, {@code Minutes of Last Meeting – approval} / {@code 3.    The minutes of the last
   * meeting ... were approved}: a Scottish national park authority's). Empty when the numbers are the minutes' own.
   */
  static List<Integer> headingsOverParagraphs(List<Line> body, LineLabel[] labels, List<ItemSequence.Candidate> chosen) {
    if (chosen.size() < 2 || chosen.stream().anyMatch(c -> c.strength() != HeadingText.Strength.SENTENCE
        || c.number().rest().split("\\s+").length < PARAGRAPH_HEAD_WORDS)) {
      return List.of();
    }
    List<Integer> heads = new ArrayList<>();
    for (ItemSequence.Candidate c : chosen) {
      int above = c.line() - 1;
      String t = above >= 0 ? body.get(above).text().strip() : "";
      if (above >= 0 && (labels[above] == LineLabel.TEXT || labels[above] == LineLabel.MINUTES_TITLE) && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith(":")
          && t.split("\\s+").length <= PARAGRAPH_HEAD_WORDS && HeadingText.of(t) == HeadingText.Strength.STRONG
          && Character.isUpperCase(t.codePointAt(0)) && Lines.upperShare(t) < 0.75 && Dates.find(t).isEmpty()
          && !NAMED_PERSON.matcher(t).lookingAt()) {
        heads.add(above);
      }
    }
    return heads.size() >= 2 && heads.size() * 2 >= chosen.size() ? heads : List.of();
  }

  /** The headings with those wrapped onto the next line ({@link #wrappedHeadings}) made one. */
  static TreeMap<Integer, TitleSplit> joinWrapped(List<Line> body, TreeMap<Integer, TitleSplit> headings) {
    wrappedHeadings(body, new ArrayList<>(headings.keySet())).forEach((line, title) -> {
      TitleSplit second = headings.remove(line + 1);
      headings.put(line, new TitleSplit(title, second == null ? "" : second.rest()));
    });
    // "APPROVE BILLS &" / "FINANCIALS" in the margin, then "APPROVE BILLS and FINANCIALS" beside it: one heading, the body's
    headings.entrySet().removeIf(e -> {
      java.util.Map.Entry<Integer, TitleSplit> next = headings.higherEntry(e.getKey());
      return next != null && next.getKey() - e.getKey() <= 2 && e.getValue().rest().isEmpty()
          && sameTitle(e.getValue().title(), next.getValue().title());
    });
    return headings;
  }

  private static boolean sameTitle(String a, String b) {
    return a.replace("&", "and").replaceAll("\\s+", " ").equalsIgnoreCase(b.replace("&", "and").replaceAll("\\s+", " "));
  }

  /**
   * Headings in capitals wrapped onto the next line, by the line where each starts, with their whole title: {@code VOTES
   * OF} / {@code SYMPATHY:} is {@code VOTES OF SYMPATHY} (a heading column too narrow for it).
   */
  static java.util.Map<Integer, String> wrappedHeadings(List<Line> body, List<Integer> headings) {
    java.util.Map<Integer, String> out = new java.util.HashMap<>();
    java.util.Set<Integer> at = new java.util.HashSet<>(headings);
    for (int i : headings) {
      String t = body.get(i).text().strip();
      if (at.contains(i + 1) && !out.containsKey(i - 1) && JOINING_END.matcher(t).matches() && Lines.upperShare(t) >= CAPITALS) {
        out.put(i, (t + " " + body.get(i + 1).text().strip()).replaceFirst("\\s*:$", ""));
      }
    }
    return out;
  }

  /**
   * The heading in capitals on the line above a numbered paragraph, which the number's minute is under: {@code CHAIRMAN’S
   * WELCOME} / {@code 18/099   The Chairman welcomed ...}, {@code ITEM 2 MATTERS ARISING} / {@code 18/101   Item 18/094 ...}
   * (a Manx board's minute book: the agenda's item, then the minute's number), the agenda's "ITEM 2" left out.
   */
  static Optional<String> capitalsAbove(List<Line> body, LineLabel[] labels, int numbered) {
    int above = numbered - 1;
    if (above < 0 || labels[above] != LineLabel.TEXT && labels[above] != LineLabel.MINUTES_TITLE && labels[above] != LineLabel.NUMBERED) {
      return Optional.empty();
    }
    String t = AGENDA_ITEM.matcher(body.get(above).text().strip()).replaceFirst("");
    String[] words = t.split("\\s+");
    return !t.isEmpty() && words.length <= CAPITALS_ABOVE_WORDS && Lines.upperShare(t) >= 0.9 && t.chars().filter(Character::isLetter).count() >= 3
        && !t.endsWith(".") && !t.endsWith(",") ? Optional.of(t) : Optional.empty();
  }

  private static final int CAPITALS_ABOVE_WORDS = 8;
  private static final Pattern AGENDA_ITEM = Pattern.compile("^ITEM\\s+\\d{1,3}[.:]?\\s+");

  /**
   * The heading in capitals above a run of lettered minutes that are its parts, when the minutes' other headings are
   * unnumbered too: {@code CONSENT AGENDA} / {@code A. Approval of the Minutes ...} / {@code B. ...} among {@code
   * INVOCATION}, {@code PLEDGE OF ALLEGIANCE}. Empty when the letters are the minutes' own numbering.
   */
  static Optional<Integer> letteredUnder(List<ItemSequence.Candidate> chosen, List<Integer> groups, List<Integer> unnumbered) {
    if (chosen.isEmpty() || unnumbered.size() < LETTERED_UNDER_HEADINGS
        || chosen.stream().anyMatch(c -> c.number().scheme() != ItemNumber.Scheme.LETTER)) {
      return Optional.empty();
    }
    int first = chosen.get(0).line();
    return groups.stream().filter(g -> g < first && first - g <= 2).findFirst();
  }

  /** Unnumbered headings a set of minutes has besides the one over its lettered parts, at the fewest. */
  private static final int LETTERED_UNDER_HEADINGS = 2;

  /**
   * Lists numbered from 1 again under a heading ({@code NEW BUSINESS} then {@code 1. Type IV
   * Hearing ...}, or {@code 4. APPROVAL OF CONSENT CALENDAR} then {@code 1. June 10, 2019 minutes}):
   * minutes whose sections number their own items.
   */
  static List<ItemSequence.Candidate> subRuns(List<Line> body, LineLabel[] labels,
      List<ItemSequence.Candidate> candidates, List<Integer> groups, java.util.Set<Integer> taken) {
    List<ItemSequence.Candidate> out = new ArrayList<>();
    TreeMap<Integer, ItemSequence.Candidate> byLine = new TreeMap<>();
    candidates.forEach(c -> byLine.put(c.line(), c));
    TreeSet<Integer> stops = new TreeSet<>(groups);
    for (int g : groups) {
      int n = next(labels, g);
      while (n < body.size() && labels[n] == LineLabel.TEXT && taken.contains(g) && Lines.upperShare(body.get(n).text()) >= 0.75) {
        n = next(labels, n); // the rest of a numbered heading wrapped in capitals
      }
      ItemSequence.Candidate c = byLine.get(n);
      ItemSequence.Candidate head = byLine.get(g);
      if (c == null || c.number().ordinal() != 1 || taken.contains(n)
          || head != null && head.number().scheme() != c.number().scheme()) {
        continue; // "81/21 Minutes" then "1. To approve the following minutes": the item's own text
      }
      Integer stop = stops.higher(g);
      int end = stop == null ? body.size() : stop;
      ItemSequence.Candidate last = c;
      out.add(c);
      for (ItemSequence.Candidate d : byLine.subMap(n, false, end, false).values()) {
        if (!taken.contains(d.line()) && last.number().isFollowedBy(d.number(), 1)) {
          out.add(d);
          last = d;
        }
      }
    }
    return out;
  }

  /** A lettered part of a minute, its number first: {@code 5.a Commendation Letter Presentation to ...}. */
  private static final java.util.regex.Pattern LETTERED_PART =
      java.util.regex.Pattern.compile("^((\\d{1,3})\\.?([a-z]))[.)]?\\s+(\\p{Lu}.*)$");

  /**
   * The lettered parts under each plain-numbered minute ({@code 5. Honors, Awards, and Presentations}
   * then {@code 5.a Commendation Letter Presentation ...}), in letter order from a.
   */
  static java.util.Map<Integer, MinuteItemHeading> letteredParts(List<Line> body, TreeMap<Integer, MinuteItemHeading> numbered) {
    java.util.Map<Integer, MinuteItemHeading> out = new java.util.HashMap<>();
    for (var e : numbered.entrySet()) {
      ItemNumber n = e.getValue().number();
      if (n.scheme() != ItemNumber.Scheme.PLAIN) {
        continue;
      }
      Integer after = numbered.higherKey(e.getKey());
      int end = after == null ? body.size() : after;
      char expected = 'a';
      for (int i = e.getKey() + 1; i < end; i++) {
        java.util.regex.Matcher m = LETTERED_PART.matcher(body.get(i).text());
        if (m.matches() && m.group(2).equals(n.number()) && m.group(3).charAt(0) == expected) {
          HeadingText.Strength strength = HeadingText.of(m.group(4));
          if (strength == HeadingText.Strength.NONE) {
            continue;
          }
          ItemNumber part = new ItemNumber(m.group(1), m.group(4), ItemNumber.Scheme.LETTER, n.number(), expected - 'a' + 1);
          out.put(i, new MinuteItemHeading(part, m.group(4).strip(), "", strength, false, false));
          expected++;
        }
      }
    }
    return out;
  }

  private static boolean firstPartUnder(ItemSequence.Candidate c, TreeMap<Integer, MinuteItemHeading> numbered) {
    MinuteItemHeading parent = numbered.get(c.line() - 1);
    return parent != null && c.number().scheme() == ItemNumber.Scheme.DOTTED && parent.rest().isEmpty()
        && c.number().number().equals(parent.number().number().replaceFirst("\\.0$", "") + ".1")
        && !DECIDING.matcher(c.number().rest()).lookingAt() && !c.number().rest().strip().endsWith(".");
  }

  /**
   * A numbered paragraph that tells a decision, the item's text: {@code 2.1 It was} / {@code proposed by Councillor ...}; a
   * finished sentence is one too ({@code 2.1 The Committee considered the report of the Treasurer on the year's spending.}).
   */
  private static final Pattern DECIDING = Pattern.compile("(?i)^(?:it\\s+(?:was|is)\\b|moved|proposed|seconded|resolved|agreed|that\\b)");

  /**
   * Headings numbered under a chosen minute's number, in title case: {@code 1. Meeting Called To
   * Order} then {@code 1.2 Disclosures of Conflict of Interest}. Numbered paragraphs in sentences
   * ({@code 84.1 The Committee considered ...}) are the minute's text, not minutes.
   */
  static List<ItemSequence.Candidate> dottedParts(List<ItemSequence.Candidate> found, TreeMap<Integer, MinuteItemHeading> numbered) {
    // "5.1 Accounts Payable.": a title in title case with a full stop after it is as strong as one without
    List<ItemSequence.Candidate> candidates = found.stream().map(c -> c.strength() != HeadingText.Strength.STRONG
        && c.number().rest().endsWith(".") && HeadingText.of(c.number().rest().substring(0, c.number().rest().length() - 1))
            == HeadingText.Strength.STRONG ? new ItemSequence.Candidate(c.line(), c.number(), HeadingText.Strength.STRONG) : c).toList();
    // "4. MINUTES OF PREVIOUS MEETING" / "4.1 July 11, 2006", "2. Approval of Agenda" / "2.1 The following Items were added to
    // the agenda:": a first part right under its item's heading is a part however it reads
    candidates = candidates.stream().map(c -> c.strength() != HeadingText.Strength.STRONG && firstPartUnder(c, numbered)
        ? new ItemSequence.Candidate(c.line(), c.number(), HeadingText.Strength.STRONG) : c).toList();
    List<ItemSequence.Candidate> heads = numbered.entrySet().stream()
        .map(e -> new ItemSequence.Candidate(e.getKey(), e.getValue().number(), HeadingText.Strength.STRONG)).toList();
    List<ItemSequence.Candidate> parts = ItemSequence.dottedParts(heads, candidates, HeadingText.Strength.STRONG);
    // "3.0 PROCEDURAL" / "3.1 CONFIRMATION OF MINUTES" / "3.1.1 COUNCIL MEETING - 28 SEPTEMBER 2015": parts of parts
    List<ItemSequence.Candidate> all = new ArrayList<>(parts);
    all.addAll(ItemSequence.dottedParts(parts, candidates, HeadingText.Strength.STRONG));
    return all;
  }

  /**
   * The heading a chosen run of dotted minutes is numbered under, where the minutes hold only that one ({@code 1. CALL TO
   * ORDER} then {@code 1.1 ACKNOWLEDGEMENT}, {@code 1.2 APPROVAL OF AGENDA}): a heading, not a sentence, right above
   * its first part.
   */
  static List<ItemSequence.Candidate> dottedParents(List<ItemSequence.Candidate> found, TreeMap<Integer, MinuteItemHeading> numbered) {
    List<ItemSequence.Candidate> out = new ArrayList<>();
    for (ItemSequence.Candidate c : found) {
      Integer next = numbered.higherKey(c.line());
      if (c.number().scheme() == ItemNumber.Scheme.PLAIN && c.strength() == HeadingText.Strength.STRONG
          && !numbered.containsKey(c.line()) && next != null) {
        ItemNumber part = numbered.get(next).number();
        if (part.scheme() == ItemNumber.Scheme.DOTTED && part.ordinal() == 1 && part.family().equals(c.number().number())) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * The items numbered 1 directly under a section heading in capitals, where a set of minutes
   * starts its numbers again ({@code CONSENT AGENDA} then {@code 1. Minutes from the November 14,
   * 2018 City Council Meeting}).
   */
  static java.util.Set<Integer> sectionStarts(List<Line> body, LineLabel[] labels, List<ItemSequence.Candidate> candidates) {
    java.util.Set<Integer> starts = new java.util.HashSet<>();
    int opening = openingEnd(body, labels);
    for (ItemSequence.Candidate c : candidates) {
      int p = previous(labels, c.line());
      if (c.number().ordinal() == 1 && p >= 0 && p >= opening
          && (labels[p] == LineLabel.TEXT || labels[p] == LineLabel.AGENDA_TITLE || labels[p] == LineLabel.MINUTES_TITLE)
          && capitalHeading(body.get(p).text())) {
        starts.add(c.line());
      }
    }
    return starts;
  }

  /**
   * Numbered lines that are parts of a decision, not minutes: {@code RESOLVED: That the Committee}
   * then {@code 1. Approved the establishment of a City Assembly.}, {@code 2. Noted ...}.
   */
  static java.util.Set<Integer> decisionParts(List<Line> body, LineLabel[] labels) {
    java.util.Set<Integer> parts = new java.util.HashSet<>();
    for (int i = 0; i < body.size(); i++) {
      if (labels[i] != LineLabel.DECISION) {
        continue;
      }
      String words = DecisionStart.at(body.get(i).text()).map(DecisionStart::text).orElse("");
      if (words.endsWith(".")) {
        continue;
      }
      int n = next(labels, i);
      Optional<ItemNumber> last = n < body.size() ? ItemNumber.parse(body.get(n).text()) : Optional.empty();
      if (last.isEmpty() || last.get().ordinal() != 1 || Lines.upperShare(last.get().rest()) >= 0.75) {
        continue;
      }
      parts.add(n);
      for (int j = n + 1; j < body.size() && j <= n + PART_GAP; j++) {
        Optional<ItemNumber> p = labels[j] == LineLabel.NUMBERED ? ItemNumber.parse(body.get(j).text()) : Optional.empty();
        if (p.isPresent() && last.get().isFollowedBy(p.get(), 1)) {
          parts.add(j);
          last = p;
          n = j;
        }
      }
    }
    return parts;
  }

  private static final int PART_GAP = 4;

  /** The line after the minutes' title near the top ({@code BARCOO SHIRE COUNCIL} above it is no minute), or 0. */
  static int titleEnd(LineLabel[] labels) {
    for (int i = 0; i < labels.length && i < FIRST_PAGE_TOP; i++) {
      if (labels[i] == LineLabel.MINUTES_TITLE) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The line after the date among a set of minutes' opening lines: where their business may start. When a
   * running title carries a date ({@code Ordinary Council Meeting Minutes 23 July 2020}) and the title block
   * goes on below it in plain lines ({@code MINUTES} / {@code COFFS HARBOUR CITY COUNCIL} / ... / {@code Thursday,
   * 23 July 2020 AT 5.00pm}), the block ends at its last date, before any attendance, number or decision.
   */
  static int openingEnd(List<Line> body, LineLabel[] labels) {
    int end = 0;
    for (int i = 0; i < body.size() && i < FIRST_PAGE_TOP; i++) {
      if (end > 0 && labels[i] != LineLabel.TEXT && labels[i] != LineLabel.MINUTES_TITLE && labels[i] != LineLabel.PAGE_NUMBER
          && labels[i] != LineLabel.RUNNING) {
        break;
      }
      if (Dates.find(body.get(i).text()).isPresent()) {
        end = i + 1;
      }
    }
    return end;
  }

  /** The end of a quotation that began on a line above: {@code CONSENT AGENDA"} (the sentence's, not a heading). */
  private static final Pattern CLOSING_QUOTE = Pattern.compile("^[^\"“”]*[\"”]\\.?$");

  /** A minute's part by its letter in brackets: {@code (a) NYCC}. */
  private static final Pattern BRACKETED_PART = Pattern.compile("^\\(?[a-z]\\)\\s");

  /** The roll call as a heading of its own, in capitals with nothing after it. */
  private static final Pattern ROLL_CALL = Pattern.compile("^ROLL\\s+CALL$");

  /** A line of a sentence going on: a capital, six words or more, mostly in lower case. */
  private static boolean narrative(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && Lines.upperShare(t) < 0.5 && t.split("\\s+").length >= 6;
  }

  /**
   * A short clause in lower-case words, no one's name: {@code All members were present} (under "APOLOGIES AND LEAVE OF
   * ABSENCE" after a list of those attending), not {@code Mr R MacCulloch (General Manager Service Delivery)}.
   */
  private static boolean clause(String t) {
    String[] words = t.replaceAll("\\([^)]*\\)?|\\[[^]]*\\]?", " ").strip().split("\\s+");
    return words.length >= 3 && Character.isUpperCase(t.charAt(0))
        && java.util.Arrays.stream(words).filter(w -> w.matches("\\p{Ll}{2,}[.,;]?")).count() * 2 >= words.length;
  }

  /** A sentence of narrative: {@code The meeting was called to order at 9:02 a.m. by Mayor David Mayberry.} */
  private static boolean sentence(String t) {
    return narrative(t) && (t.endsWith(".") || t.endsWith(","));
  }

  /**
   * A line in capitals, a few words, no sentence: a heading. What it says came under it and a note in brackets
   * are not counted: {@code DECLARATIONS OF PECUNIARY INTEREST AND/OR RECEIPT OF GIFT (over $200) - Nil}.
   */
  private static boolean capitalHeading(String line) {
    String t = HeadingText.NOTHING_UNDER.matcher(line).replaceFirst("").replaceAll("\\s*\\([^)]{1,30}\\)", "").strip();
    if (t.isEmpty()) {
      return false;
    }
    String[] words = t.split("\\s+");
    return Lines.upperShare(t) >= 0.9 && words.length <= 8 && t.chars().filter(Character::isLetter).count() >= 4
        && !t.endsWith(":") && !t.endsWith(",") && !CLOSING_QUOTE.matcher(t).matches() && Dates.find(t).isEmpty()
        && !NOT_A_MINUTE.matcher(t).lookingAt()
        && !(words.length <= 3 && t.chars().anyMatch(Character::isDigit)) && !JOINING_END.matcher(t).matches();
  }

  static int previous(LineLabel[] labels, int i) {
    int p = i - 1;
    while (p >= 0 && (labels[p] == LineLabel.RUNNING || labels[p] == LineLabel.PAGE_NUMBER)) {
      p--;
    }
    return p;
  }

  static int next(LineLabel[] labels, int i) {
    int n = i + 1;
    while (n < labels.length && (labels[n] == LineLabel.RUNNING || labels[n] == LineLabel.PAGE_NUMBER)) {
      n++;
    }
    return n;
  }

  /** Share of a heading's letters in capitals for it to be one among standing business. */
  static final double CAPITALS = 0.75;

  /**
   * Minutes whose only numbers are their decisions', each its own minute with no title: {@code 1. RESOLVED that the minutes
   * of the February 19th, 2013 regular meeting of Council be adopted as received.} (a Manitoba town's), where they outnumber
   * the other numbered lines ({@code 9. WHEREAS the SLWCD is ...} among them).
   */
  static java.util.SortedMap<Integer, MinuteItemHeading> numberedDecisions(List<Line> body, LineLabel[] labels) {
    java.util.SortedMap<Integer, MinuteItemHeading> out = new java.util.TreeMap<>();
    for (int i = 0; i < body.size(); i++) {
      if (labels[i] != LineLabel.DECISION && labels[i] != LineLabel.NUMBERED) {
        continue;
      }
      Optional<ItemNumber> n = ItemNumber.parse(body.get(i).text());
      if (n.isPresent() && n.get().scheme() == ItemNumber.Scheme.PLAIN && !n.get().rest().isEmpty()
          && (DecisionStart.at(n.get().rest()).filter(d -> !d.inProse() && d.kind() != DecisionStart.Kind.RESULT).isPresent()
              || WHEREAS.matcher(n.get().rest()).lookingAt())) {
        out.put(i, new MinuteItemHeading(n.get(), "", n.get().rest(), HeadingText.Strength.SHORT, false, true));
      }
    }
    return out.size() >= NUMBERED_DECISIONS ? out : new java.util.TreeMap<>();
  }

  /** A resolution's preamble, its decision below: {@code WHEREAS the SLWCD is a significant expense ...}. */
  private static final Pattern WHEREAS = Pattern.compile("(?:WHEREAS|Whereas)\\b");
  /** Numbered decisions a set of minutes has, at the fewest, to be read as its minutes. */
  private static final int NUMBERED_DECISIONS = 3;

  /**
   * Headings numbered as the parts of the items after the last one chosen, whose own headings the minutes leave out: {@code 6
   * Confirmation of Minutes} then {@code 7.1 Community Leadership Report for the Ardlussa Community Board} (a New Zealand
   * community board's minutes, with no "7 Reports" above it); each in title case, the parts in order.
   */
  static List<ItemSequence.Candidate> partsOfNextItems(List<ItemSequence.Candidate> found, TreeMap<Integer, MinuteItemHeading> numbered) {
    List<ItemSequence.Candidate> out = new ArrayList<>();
    if (numbered.isEmpty() || numbered.lastEntry().getValue().number().scheme() != ItemNumber.Scheme.PLAIN
        || !numbered.lastEntry().getValue().number().number().matches("\\d{1,3}")) {
      return out;
    }
    int family = Integer.parseInt(numbered.lastEntry().getValue().number().number());
    int ordinal = Integer.MAX_VALUE;
    for (ItemSequence.Candidate c : found) {
      ItemNumber n = c.number();
      if (c.line() <= numbered.lastKey() || n.scheme() != ItemNumber.Scheme.DOTTED || c.strength() != HeadingText.Strength.STRONG
          || !n.family().matches("\\d{1,3}")) {
        continue;
      }
      int f = Integer.parseInt(n.family());
      if (f == family && n.ordinal() == ordinal + 1 || f == family + 1 && n.ordinal() == 1) {
        out.add(c);
        family = f;
        ordinal = n.ordinal();
      }
    }
    return out;
  }
}
