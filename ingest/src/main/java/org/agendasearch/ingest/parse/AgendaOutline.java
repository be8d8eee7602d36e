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
  /** Lines from a part's heading to the first part under it, past a sentence or two about it. */
  private static final int SECTION_REACH = 8;
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
    List<ItemSequence.Candidate> out = new ArrayList<>();
    int holders = under(tops, candidates, limit, java.util.Set.of(level(tops)), 1, out);
    return holders >= NUMBERED_SECTIONS && out.size() > chosen.size() ? out : chosen;
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
