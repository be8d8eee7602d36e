package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A US agenda set out as an outline ({@link #of}): roman numerals or capital letters at the top, each
 * level under them numbered from the start again. A part of {@link NumberedAgenda}'s reading.
 */
final class AgendaOutline {

  private AgendaOutline() {}

  /** Parts of an outline that hold a run of their own, which make an agenda an outline. */
  private static final int NUMBERED_SECTIONS = 2;
  /** Top parts that, all before the first number, make an outline with one part holding a run. */
  private static final int TOPS_BEFORE_NUMBERS = 4;
  /** Lines from a part's heading to the first part under it, past a sentence or two about it. */
  private static final int SECTION_REACH = 8;
  /** Items of a level numbered through the agenda ({@link #through}), at the fewest. */
  private static final int THROUGH_ITEMS = 3;
  /** Levels of an outline read, its top one included. */
  private static final int OUTLINE_DEPTH = 3;

  /**
   * A US agenda set out as an outline, roman numerals or capital letters at the top and each level
   * under them numbered from the start again; every level is items:
   *
   * <pre>
   * V.  COMMITTEE REPORTS                                  the top level
   *     A. COMMUNITY AFFAIRS/WORKFORCE                     a part under it
   *        1. Approval of Educational Grants and Gifts     an item under that
   *     C. MANAGEMENT
   *        1. Approval of Unum Life Insurance ...
   * I. Management Reports / 1. Presentation regarding Cal/OSHA ... / J. Filed Items / 1. Office of ...
   * </pre>
   *
   * Taken over the longest run when two parts or more hold a run of their own, each starting at
   * its first number within a few lines of its part's heading.
   */
  static List<ItemSequence.Candidate> of(List<ItemSequence.Candidate> chosen, List<ItemSequence.Candidate> candidates,
      int limit) {
    Optional<ItemSequence.Candidate> first = candidates.stream().filter(c -> c.number().ordinal() == 1
        && (c.number().scheme() == ItemNumber.Scheme.LETTER || c.number().scheme() == ItemNumber.Scheme.ROMAN)).findFirst();
    if (first.isEmpty()) {
      return chosen;
    }
    // roman numerals at the top, or letters ("I" among them read as roman until the run shows it a letter)
    boolean letters = first.get().number().scheme() == ItemNumber.Scheme.LETTER;
    List<ItemSequence.Candidate> tops = ItemSequence.choose(candidates.stream().filter(c -> c.number().scheme() == ItemNumber.Scheme.ROMAN
        || letters && c.number().scheme() == ItemNumber.Scheme.LETTER).toList(), "agenda").items();
    if (tops.size() < 3 || tops.get(0).number().ordinal() != 1) {
      return chosen;
    }
    ItemNumber.Scheme top = level(tops);
    List<ItemSequence.Candidate> through = through(tops, candidates, limit, top);
    List<ItemSequence.Candidate> out = new ArrayList<>();
    int holders = under(tops, candidates, limit,
        through.isEmpty() ? java.util.Set.of(top) : java.util.Set.of(top, through.get(0).number().scheme()), 1, out);
    if (!through.isEmpty()) {
      holders += (int) through.stream().map(c -> partOf(tops, c)).distinct().count();
      out.addAll(through);
      out.sort(java.util.Comparator.comparingInt(ItemSequence.Candidate::line));
    }
    // "A) CALL TO ORDER" ... "F) CORRESPONDENCE" / "1) CC-1 AMO-Ontario ...": top letters before any number, one part
    // holding a run is an outline too
    int firstOther = candidates.stream().filter(c -> c.number().scheme() != top).mapToInt(ItemSequence.Candidate::line)
        .min().orElse(Integer.MAX_VALUE);
    int needed = tops.get(0).line() < firstOther && tops.size() >= TOPS_BEFORE_NUMBERS && runRightUnder(out, top) ? 1 : NUMBERED_SECTIONS;
    return holders >= needed && out.size() > chosen.size() ? out : chosen;
  }

  /** Whether the first item under a top part is on the line right under that part's heading (or the next). */
  private static boolean runRightUnder(List<ItemSequence.Candidate> out, ItemNumber.Scheme top) {
    int lastTop = -1;
    for (ItemSequence.Candidate c : out) {
      if (c.number().scheme() == top) {
        lastTop = c.line();
      } else {
        return lastTop >= 0 && c.line() - lastTop <= 2;
      }
    }
    return false;
  }

  /**
   * A level numbered through the agenda instead of from 1 again under each part:
   *
   * <pre>
   * F. APPROVAL OF MINUTES
   *    11/09/22-1. Regular Meeting – September 14, 2022
   * G. PUBLIC HEARING
   *    11/09/22-2. Consideration of a Coastal Development Permit ...
   * </pre>
   *
   * One numbering's run from 1 that does not start again, under two parts or more; empty when there is none, or
   * when the parts' own numbering starts again ("A." under "1." and again under "4."): then the parts are the
   * lower level.
   */
  private static List<ItemSequence.Candidate> through(List<ItemSequence.Candidate> tops, List<ItemSequence.Candidate> candidates,
      int limit, ItemNumber.Scheme top) {
    if (candidates.stream().filter(c -> c.number().scheme() == top && c.number().ordinal() == 1).count() > 1) {
      return List.of();
    }
    java.util.Map<String, List<ItemSequence.Candidate>> lists = new java.util.LinkedHashMap<>();
    for (ItemSequence.Candidate c : candidates) {
      if (c.line() > tops.get(0).line() && c.line() < limit && c.number().scheme() != top) {
        lists.computeIfAbsent(c.number().scheme() + "|" + c.number().family(), k -> new ArrayList<>()).add(c);
      }
    }
    for (List<ItemSequence.Candidate> list : lists.values()) {
      List<ItemSequence.Candidate> run = ItemSequence.choose(list, "agenda").items();
      if (run.size() >= THROUGH_ITEMS && run.get(0).number().ordinal() == 1
          && list.stream().filter(c -> c.number().ordinal() == 1).count() == 1
          && run.stream().map(c -> partOf(tops, c)).distinct().count() >= NUMBERED_SECTIONS) {
        return run;
      }
    }
    return List.of();
  }

  /** The index of the part whose span holds the candidate. */
  private static int partOf(List<ItemSequence.Candidate> parts, ItemSequence.Candidate c) {
    int k = 0;
    while (k + 1 < parts.size() && parts.get(k + 1).line() < c.line()) {
      k++;
    }
    return k;
  }

  /** Adds {@code parts} and, under each, the run of its own parts; returns how many parts hold one. */
  private static int under(List<ItemSequence.Candidate> parts, List<ItemSequence.Candidate> candidates, int limit,
      java.util.Set<ItemNumber.Scheme> above, int depth, List<ItemSequence.Candidate> out) {
    int holders = 0;
    for (int k = 0; k < parts.size(); k++) {
      ItemSequence.Candidate part = parts.get(k);
      out.add(part);
      int end = k + 1 < parts.size() ? parts.get(k + 1).line() : limit;
      List<ItemSequence.Candidate> inside = candidates.stream()
          .filter(c -> c.line() > part.line() && c.line() < end && !above.contains(c.number().scheme())).toList();
      Optional<ItemSequence.Candidate> first = inside.stream().filter(c -> c.number().ordinal() == 1).findFirst();
      if (depth >= OUTLINE_DEPTH || first.isEmpty()) {
        continue;
      }
      // the level is the numbering that starts first under the part ("A." before the "1." under it)
      List<ItemSequence.Candidate> run = ItemSequence.choose(inside.stream()
          .filter(c -> c.number().scheme() == first.get().number().scheme()).toList(), "agenda").items();
      if (run.isEmpty() || run.get(0).number().ordinal() != 1 || run.get(0).line() - part.line() > SECTION_REACH) {
        continue;
      }
      java.util.Set<ItemNumber.Scheme> deeper = new java.util.HashSet<>(above);
      deeper.add(level(run));
      holders += 1 + under(run, candidates, end, deeper, depth + 1, out);
    }
    return holders;
  }

  /** The numbering of a level: most of its numbers' ("I" among letters is a letter). */
  private static ItemNumber.Scheme level(List<ItemSequence.Candidate> run) {
    java.util.Map<ItemNumber.Scheme, Long> counts = run.stream()
        .collect(java.util.stream.Collectors.groupingBy(c -> c.number().scheme(), java.util.stream.Collectors.counting()));
    return java.util.Collections.max(counts.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
  }
}
