package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks, from every numbered line of a part of a document, the ones that are its items: the
 * longest run of numbers that follow each other in one scheme ({@code 54, 55, 56},
 * {@code 82/23, 83/23}, {@code C1850, C1851}, {@code I, II}), weighted by how much each line
 * looks like a heading. A numbered list inside an item ({@code 1. The core strategy ...} under
 * item 5) or a numbered decision ({@code 1. That ...}) does not continue the run and is left in
 * the item's text. A number skipped ({@code 56} then {@code 58}) or repeated ({@code 12} twice)
 * costs a little and is reported, and the run goes on: one misprint never drops the rest. A
 * {@code 1} under a section heading ({@code CONSENT AGENDA} then {@code 1. Minutes from ...})
 * may start the numbers again after any item before it: minutes whose sections number their own
 * items.
 */
final class ItemSequence {

  /** A numbered line that may be an item. */
  record Candidate(int line, ItemNumber number, HeadingText.Strength strength) {}

  /** The chosen items, in order, and what was odd about their numbering. */
  record Result(List<Candidate> items, List<String> warnings) {}

  private static final int SKIP_COST = 1;
  private static final int REPEAT_COST = 2;

  private ItemSequence() {}

  /** How deep a number is in its outline: {@code 2} 0, {@code 1.2} 1, {@code 1.1.2} 2. */
  private static int depth(ItemNumber n) {
    return n.scheme() == ItemNumber.Scheme.DOTTED ? (int) n.number().chars().filter(ch -> ch == '.').count() : 0;
  }

  static Result choose(List<Candidate> candidates, String what) {
    return choose(candidates, java.util.Set.of(), false, what);
  }

  /**
   * Minutes' items, each with its text below it: as {@link #choose(List, String)}, where the candidates on the lines
   * {@code restarts} may start again at 1, and a number on the line after the one before it counts a little less (a list
   * of future items under "6. Staff Communications" is no run to prefer to the minutes' own 1 to 6).
   */
  static Result chooseMinutes(List<Candidate> candidates, java.util.Set<Integer> restarts, String what) {
    return choose(candidates, restarts, true, what);
  }

  /**
   * A lone lettered heading only where it is A or B: a single {@code W. Douglas Caskey, County Administrator} (a person's
   * initial in a list of those attending) is no item W; {@code G. PUBLIC HEARING} / {@code H. ETHICS TRAINING} are items.
   */
  private static List<Candidate> lettersFromTheStart(List<Candidate> candidates) {
    List<Candidate> letters = candidates.stream().filter(c -> c.number().scheme() == ItemNumber.Scheme.LETTER).toList();
    if (letters.size() != 1 || letters.get(0).number().ordinal() <= 2) {
      return candidates;
    }
    return candidates.stream().filter(c -> c.number().scheme() != ItemNumber.Scheme.LETTER).toList();
  }

  private static Result choose(List<Candidate> candidates, java.util.Set<Integer> restarts, boolean listed, String what) {
    candidates = lettersFromTheStart(lettersNotNumerals(yearFirst(yearSuffixed(candidates))));
    int n = candidates.size();
    int[] score = new int[n];
    int[] length = new int[n];
    int[] previous = new int[n];
    Map<String, Integer> bestEnding = new HashMap<>();
    Map<Integer, Integer> lastOfSection = new HashMap<>();
    java.util.Set<Integer> printedSections = new java.util.HashSet<>();
    candidates.stream().filter(c -> c.number().scheme() == ItemNumber.Scheme.PLAIN).forEach(c -> printedSections.add(c.number().ordinal()));
    int best = -1;
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      int own = weight(c.strength());
      if (c.number().scheme() == ItemNumber.Scheme.ROMAN && "lower".equals(c.number().family()) && own > 1) {
        own--; // "(i) District Councillor’s report": lower-case numerals number an item's parts more often than its minutes
      }
      if (listed && own > 1 && i > 0 && candidates.get(i - 1).line() == c.line() - 1
          && candidates.get(i - 1).number().isFollowedBy(c.number(), 1)) {
        own--; // in minutes, a number on the line after the one before it is a list's: a little less an item than one after text
      }
      score[i] = own;
      length[i] = 1;
      previous[i] = -1;
      if (own == 0) {
        continue;
      }
      int[] steps = {1, 2, 0};
      int[] costs = {0, SKIP_COST, REPEAT_COST};
      for (int s = 0; s < steps.length; s++) {
        if (steps[s] == 0 && c.strength() != HeadingText.Strength.STRONG) {
          continue;
        }
        Integer j = bestEnding.get(key(c.number(), c.number().ordinal() - steps[s]));
        if (j != null && score[j] + own - costs[s] > score[i] && (steps[s] != 0 || !wentOn(candidates, j, i))) {
          score[i] = score[j] + own - costs[s];
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      int sectionOf = section(c.number());
      Integer section = sectioned(c.number()) && c.number().ordinal() == 1
          && sectionOf > 0 && !printedSections.contains(sectionOf) ? lastOfSection.get(sectionOf - 1) : null;
      if (section != null && score[section] + own > score[i]) {
        // "1.1", "1.2", then "2.1": the parts of sections whose own numbers are not printed run on as one list
        score[i] = score[section] + own;
        length[i] = length[section] + 1;
        previous[i] = section;
      }
      if (restarts.contains(c.line()) && best >= 0 && score[best] + own > score[i]) {
        score[i] = score[best] + own;
        length[i] = length[best] + 1;
        previous[i] = best;
      }
      if (sectioned(c.number()) && sectionOf > 0) {
        lastOfSection.merge(sectionOf, i, (was, now) -> score[now] >= score[was] ? now : was);
      }
      String k = key(c.number(), c.number().ordinal());
      Integer held = bestEnding.get(k);
      if (held == null || score[held] <= score[i]) {
        bestEnding.put(k, i);
      }
      // A tie goes to the run with more items: "1-6, 8, 9, 10" over "1-7" when 8 was printed before 7; then to the
      // shallower numbering: "1. ATTENDANCE" ... "2. CONFIRMATION OF MINUTES" over the "1.1.1", "1.1.2" between them.
      if (best < 0 || score[i] > score[best] || score[i] == score[best] && (length[i] > length[best]
          || length[i] == length[best] && depth(c.number()) < depth(candidates.get(best).number()))) {
        best = i;
      }
    }
    List<Candidate> chain = new ArrayList<>();
    for (int i = best; i >= 0; i = previous[i]) {
      chain.add(candidates.get(i));
    }
    Collections.reverse(chain);
    if (chain.size() == 1 && chain.get(0).strength() != HeadingText.Strength.STRONG) {
      chain.clear();
    }
    if (partsOfOneItem(chain, candidates)) {
      return choose(candidates.stream().filter(c -> c.number().scheme() != ItemNumber.Scheme.DOTTED).toList(), restarts, listed, what);
    }
    List<Candidate> run = List.copyOf(chain);
    List<Candidate> moved = outOfOrder(chain, candidates);
    java.util.Set<String> filled = new java.util.HashSet<>();
    moved.forEach(c -> filled.add(key(c.number(), c.number().ordinal())));
    List<String> warnings = new ArrayList<>();
    for (int i = 1; i < run.size(); i++) {
      ItemNumber a = run.get(i - 1).number();
      ItemNumber b = run.get(i).number();
      boolean gapFilled = b.ordinal() == a.ordinal() + 2 && filled.contains(key(b, b.ordinal() - 1)); // said once, below
      if (b.ordinal() != a.ordinal() + 1 && !restarts.contains(run.get(i).line()) && !gapFilled) {
        warnings.add(what + " numbering " + (b.ordinal() == a.ordinal() ? "repeats " + b.number()
            : "jumps from " + a.number() + " to " + b.number()));
      }
    }
    moved.forEach(c -> warnings.add(what + " " + c.number().number() + " is out of order"));
    return new Result(chain, warnings);
  }

  /**
   * Whether the run chosen is the parts of one item, that item printed above them and the next below them: {@code 1.
   * OPENING AND ATTENDANCE} / {@code 1.1 ELECTED MEMBERS PRESENT} ... {@code 1.5 DISCLOSURE OF INTEREST} / {@code 2.
   * CONFIRMATION OF COUNCIL MEETING MINUTES}. The items are the plain numbers, the parts go under them.
   */
  private static boolean partsOfOneItem(List<Candidate> chain, List<Candidate> candidates) {
    if (chain.size() < 2 || chain.stream().anyMatch(c -> c.number().scheme() != ItemNumber.Scheme.DOTTED)) {
      return false;
    }
    String family = chain.get(0).number().family();
    if (!family.matches("\\d{1,3}") || chain.stream().anyMatch(c -> !c.number().family().equals(family))) {
      return false;
    }
    int parent = Integer.parseInt(family);
    int first = chain.get(0).line();
    int last = chain.get(chain.size() - 1).line();
    return candidates.stream().anyMatch(c -> c.line() < first && plain(c, parent))
        && candidates.stream().anyMatch(c -> c.line() > last && plain(c, parent + 1));
  }

  private static boolean plain(Candidate c, int ordinal) {
    return c.number().scheme() == ItemNumber.Scheme.PLAIN && c.number().ordinal() == ordinal && c.strength() == HeadingText.Strength.STRONG;
  }

  /**
   * Whether another number of the same list stands between two lines of the same number: {@code 1. Roll Call}, {@code 2.
   * Agenda Changes} ... then a list's {@code 1. Point-to-Point Car Sharing Policy} under a later item is a new list, not a
   * misprint of 1; so is {@code 2. ROLL CALL} after a preamble's {@code 1.}, {@code 2.} and the agenda's own {@code 1.}.
   */
  private static boolean wentOn(List<Candidate> candidates, int from, int to) {
    ItemNumber n = candidates.get(from).number();
    for (int k = from + 1; k < to; k++) {
      Candidate c = candidates.get(k);
      if (c.strength() == HeadingText.Strength.STRONG && key(c.number(), 0).equals(key(n, 0)) && c.number().ordinal() != n.ordinal()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capital I, V or X among lettered items is the letter, not a roman numeral: {@code H. ETHICS TRAINING},
   * {@code I. DIRECTOR’S ITEMS}, {@code J. PLANNING COMMISSION ITEMS}.
   */
  static List<Candidate> lettersNotNumerals(List<Candidate> candidates) {
    List<Candidate> out = null;
    for (int i = 1; i < candidates.size(); i++) {
      ItemNumber n = candidates.get(i).number();
      if (n.scheme() != ItemNumber.Scheme.ROMAN || !n.number().matches("[IVX]")) {
        continue;
      }
      char letter = n.number().charAt(0);
      for (int j = i - 1; j >= 0 && j >= i - LETTER_REACH; j--) {
        ItemNumber before = candidates.get(j).number();
        if (before.scheme() == ItemNumber.Scheme.LETTER && before.number().charAt(0) == letter - 1) {
          if (out == null) {
            out = new ArrayList<>(candidates);
          }
          out.set(i, new Candidate(candidates.get(i).line(),
              new ItemNumber(n.number(), n.rest(), ItemNumber.Scheme.LETTER, before.family(), letter - 'A' + 1), candidates.get(i).strength()));
          break;
        }
      }
    }
    return out == null ? candidates : out;
  }

  /** Candidates back from a capital I, V or X to look for the letter before it. */
  private static final int LETTER_REACH = 3;

  private static final java.util.regex.Pattern TWO_PARTS = java.util.regex.Pattern.compile("\\d{1,4}\\.\\d{2}");

  /**
   * Dotted numbers that are a minute's number and the year ({@code 73.24 Chair of Meeting},
   * {@code 74.24 Disclosure of Conflict of Interest}, {@code 75.24 Adoption of Minutes}: minutes 73,
   * 74 and 75 of 2024), read as {@code 73/24} is: numbered by the first part within the second. They
   * are told from an outline's parts ({@code 1.1}, {@code 2.1}) by a second part of two digits from 10,
   * shared by numbers whose first parts follow each other and never seen with another second part.
   */
  static List<Candidate> yearSuffixed(List<Candidate> candidates) {
    // A dotted number's family is its first part, its ordinal its second ("73.24": family 73, ordinal 24)
    Map<Integer, List<Candidate>> bySuffix = new HashMap<>();
    Map<String, java.util.Set<Integer>> suffixesOf = new HashMap<>();
    for (Candidate c : candidates) {
      ItemNumber n = c.number();
      if (n.scheme() == ItemNumber.Scheme.DOTTED) {
        suffixesOf.computeIfAbsent(n.family(), k -> new java.util.HashSet<>()).add(n.ordinal());
        if (TWO_PARTS.matcher(n.number()).matches() && n.ordinal() >= 10) {
          bySuffix.computeIfAbsent(n.ordinal(), k -> new ArrayList<>()).add(c);
        }
      }
    }
    Map<Candidate, Candidate> read = new HashMap<>();
    for (Map.Entry<Integer, List<Candidate>> e : bySuffix.entrySet()) {
      List<Candidate> group = e.getValue();
      java.util.Set<Integer> firsts = new java.util.HashSet<>();
      boolean own = true;
      for (Candidate c : group) {
        own &= suffixesOf.get(c.number().family()).size() == 1;
        firsts.add(Integer.parseInt(c.number().family()));
      }
      boolean follow = firsts.stream().anyMatch(f -> firsts.contains(f + 1));
      if (own && follow && firsts.size() >= 2) {
        for (Candidate c : group) {
          ItemNumber n = c.number();
          read.put(c, new Candidate(c.line(), new ItemNumber(n.number(), n.rest(), ItemNumber.Scheme.SLASH,
              String.valueOf(e.getKey()), Integer.parseInt(n.family())), c.strength()));
        }
      }
    }
    if (read.isEmpty()) {
      return candidates;
    }
    return candidates.stream().map(c -> read.getOrDefault(c, c)).toList();
  }

  private static final java.util.regex.Pattern SLASHED = java.util.regex.Pattern.compile("(\\d{1,4})/(\\d{1,4})");

  /**
   * Slashed numbers with the year first ({@code 24/22 To receive Disclosures of Interest}, {@code 24/23 To approve the
   * minutes}, {@code 24/24 Mayor's announcements}: minutes 22, 23 and 24 of the year 24), read so when more of them follow
   * each other that way than the usual way ({@code 82/23}, {@code 83/23}: minute first).
   */
  static List<Candidate> yearFirst(List<Candidate> candidates) {
    Map<String, java.util.Set<Integer>> usual = new HashMap<>();
    Map<String, java.util.Set<Integer>> swapped = new HashMap<>();
    for (Candidate c : candidates) {
      java.util.regex.Matcher m = c.number().scheme() == ItemNumber.Scheme.SLASH ? SLASHED.matcher(c.number().number()) : null;
      if (m != null && m.matches()) {
        usual.computeIfAbsent(m.group(2), k -> new java.util.HashSet<>()).add(Integer.parseInt(m.group(1)));
        swapped.computeIfAbsent(m.group(1), k -> new java.util.HashSet<>()).add(Integer.parseInt(m.group(2)));
      }
    }
    if (follows(swapped) < 2 || follows(swapped) <= follows(usual)) {
      return candidates;
    }
    return candidates.stream().map(c -> {
      java.util.regex.Matcher m = c.number().scheme() == ItemNumber.Scheme.SLASH ? SLASHED.matcher(c.number().number()) : null;
      return m == null || !m.matches() ? c : new Candidate(c.line(), new ItemNumber(c.number().number(), c.number().rest(),
          ItemNumber.Scheme.SLASH, m.group(1) + "/", Integer.parseInt(m.group(2))), c.strength());
    }).toList();
  }

  /** How many numbers in each family have the next number in the family too. */
  private static int follows(Map<String, java.util.Set<Integer>> families) {
    int n = 0;
    for (java.util.Set<Integer> numbers : families.values()) {
      n += (int) numbers.stream().filter(x -> numbers.contains(x + 1)).count();
    }
    return n;
  }

  /**
   * Puts into {@code chain}, in its place in the document, an item taken out of order: the run
   * skips one number and a heading of the same form with that number stands beside the skip
   * ({@code 6. Consider motion ...}, {@code 8. Consider motion ...}, {@code 7. Exit the Executive
   * Session ...}, {@code 9. Exit the Executive Session ...}: items read together). Returns the
   * items put in.
   */
  private static List<Candidate> outOfOrder(List<Candidate> chain, List<Candidate> candidates) {
    List<Candidate> moved = new ArrayList<>();
    java.util.Set<String> present = new java.util.HashSet<>();
    for (Candidate c : chain) {
      present.add(key(c.number(), c.number().ordinal()));
    }
    for (int i = 1; i < chain.size(); i++) {
      Candidate a = chain.get(i - 1);
      Candidate b = chain.get(i);
      String missing = key(b.number(), b.number().ordinal() - 1);
      if (b.number().ordinal() != a.number().ordinal() + 2 || !key(a.number(), 0).equals(key(b.number(), 0))
          || present.contains(missing)) {
        continue;
      }
      int from = i >= 2 ? chain.get(i - 2).line() : -1;
      int to = i + 1 < chain.size() ? chain.get(i + 1).line() : Integer.MAX_VALUE;
      int least = Math.min(weight(a.strength()), weight(b.strength()));
      for (Candidate c : candidates) {
        if (c.line() > from && c.line() < to && c.line() != a.line() && c.line() != b.line()
            && key(c.number(), c.number().ordinal()).equals(missing) && weight(c.strength()) >= Math.max(1, least - 1)) {
          int at = c.line() < a.line() ? i - 1 : c.line() < b.line() ? i : i + 1;
          chain.add(at, c);
          moved.add(c);
          present.add(missing);
          i++;
          break;
        }
      }
    }
    return moved;
  }

  /**
   * The parts numbered under each chosen item, in order: {@code 1.1 Call to Order}, {@code 1.2 Roll
   * Call} between item {@code 1} and item {@code 2}; {@code A-1 ORDINANCE NO. 269} under the section
   * {@code A. PUBLIC HEARINGS}. A part must read as a heading at least as
   * {@code least}, and its number must rise ({@code 1.1} then {@code 1.2}); a part number out of
   * order is a numbered paragraph inside the item.
   */
  static List<Candidate> dottedParts(List<Candidate> heads, List<Candidate> candidates, HeadingText.Strength least) {
    List<Candidate> out = new ArrayList<>();
    for (int h = 0; h < heads.size(); h++) {
      Candidate head = heads.get(h);
      ItemNumber.Scheme scheme = head.number().scheme();
      boolean twoParts = scheme == ItemNumber.Scheme.DOTTED && head.number().number().matches("\\d{1,2}\\.\\d{1,2}");
      int end = h + 1 < heads.size() ? heads.get(h + 1).line() : Integer.MAX_VALUE;
      // "C136 Minutes" then "C136(a) Town Council Meeting held on ...", "C136(b) Matters Arising": parts by letter in brackets
      String bracket = head.number().number() + "(";
      if (scheme == ItemNumber.Scheme.LETTERED) {
        int last = 0;
        for (Candidate c : candidates) {
          if (c.line() > head.line() && c.line() < end && c.number().number().startsWith(bracket)
              && c.number().number().matches(".*\\([a-z]\\)") && c.number().ordinal() > last && weight(c.strength()) >= weight(least)) {
            out.add(c);
            last = c.number().ordinal();
          }
        }
        continue;
      }
      if (scheme == ItemNumber.Scheme.SLASH) {
        // "4/07/17 TO DISCUSS ANY MATTERS ..." then "4.1/07/17 Clerk: ...", "4.2/07/17 Members’: ...": parts whose family is the minute
        int last = 0;
        for (Candidate c : candidates) {
          if (c.line() > head.line() && c.line() < end && c.number().scheme() == ItemNumber.Scheme.DOTTED
              && c.number().family().equals(head.number().number()) && c.number().ordinal() == last + 1
              && weight(c.strength()) >= weight(least)) {
            out.add(c);
            last = c.number().ordinal();
          }
        }
        continue;
      }
      if (scheme != ItemNumber.Scheme.PLAIN && scheme != ItemNumber.Scheme.LETTER && !twoParts) {
        continue;
      }
      // "1." then "1.1", "1.2"; a section's letter "A." then "A-1", "A-2"; "3.1" then "3.1.1", "3.1.2"
      ItemNumber.Scheme partScheme = scheme == ItemNumber.Scheme.LETTER ? ItemNumber.Scheme.LETTERED : ItemNumber.Scheme.DOTTED;
      // "1.0 Confirmation of Minutes" then "1.1 Confirmation of minutes of ...": the parts of 1.0 are 1.1, 1.2
      String prefix = head.number().number().replaceFirst("\\.0{1,2}$", "") + (scheme == ItemNumber.Scheme.LETTER ? "-" : ".");
      int last = 0;
      // Under "1.0" the outline is the document's own: its parts need only read as a title, not a heading
      HeadingText.Strength needed = head.number().number().endsWith(".0") ? HeadingText.Strength.SENTENCE : least;
      // "4." then "4-A.", "4-B.": parts lettered after a hyphen, read as the document's own outline
      String dashed = head.number().number() + "-";
      for (Candidate c : candidates) {
        String n = c.number().number();
        boolean numbered = n.startsWith(prefix) && n.substring(prefix.length()).matches("\\d{1,2}");
        boolean lettered = scheme == ItemNumber.Scheme.PLAIN && n.startsWith(dashed) && n.substring(dashed.length()).matches("[A-Z]");
        if (c.line() <= head.line() || c.line() >= end || c.number().scheme() != partScheme || !numbered && !lettered
            || weight(c.strength()) < weight(lettered ? HeadingText.Strength.SENTENCE : needed)) {
          continue;
        }
        int part = lettered ? c.number().ordinal() : Integer.parseInt(n.substring(prefix.length()));
        if (part > last) {
          out.add(c);
          last = part;
        }
      }
    }
    return out;
  }

  private static int weight(HeadingText.Strength s) {
    return switch (s) {
      case STRONG -> 3;
      case SHORT -> 2;
      case SENTENCE -> 1;
      case NONE -> 0;
    };
  }

  private static String key(ItemNumber n, int ordinal) {
    return n.scheme() + "|" + n.family() + "|" + ordinal;
  }

  /** Whether the number is an item's in a section: {@code 2.1}, {@code B.3}. */
  private static boolean sectioned(ItemNumber n) {
    return n.scheme() == ItemNumber.Scheme.DOTTED || n.scheme() == ItemNumber.Scheme.LETTERED;
  }

  /** Sections lettered "A." to "Z." are counted after the numbered ones, so that the two never run into each other. */
  private static final int LETTERED_SECTIONS = 100;

  /**
   * The section a dotted or lettered number's family names, in order: {@code 2} for "2.1"; {@code 101} for "A.1" and
   * {@code 102} for "B.1" (a section's letter, then the item's number in it); 0 for any other family.
   */
  private static int section(ItemNumber n) {
    String f = n.family();
    if (f.matches("[1-9]\\d?")) {
      return Integer.parseInt(f);
    }
    boolean letter = (f.length() == 1 || f.length() == 2 && f.charAt(1) == '|') && f.charAt(0) >= 'A' && f.charAt(0) <= 'Z';
    return letter ? LETTERED_SECTIONS + f.charAt(0) - 'A' + 1 : 0;
  }
}
