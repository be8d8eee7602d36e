package org.agendasearch.ingest.model;

import java.util.List;

/**
 * A recorded vote: {@code For: 5, Against: 2}, {@code passed 4-0, Councilor Ruble abstained},
 * {@code AYES: Garcia, Allen Fisk}. A count is null where the minutes give none.
 *
 * @param forNames the names recorded as voting for, empty when only counts are given
 */
public record Votes(Integer inFavour, Integer against, Integer abstain, List<String> forNames, List<String> againstNames,
    List<String> abstainNames) {
  public Votes {
    forNames = List.copyOf(forNames);
    againstNames = List.copyOf(againstNames);
    abstainNames = List.copyOf(abstainNames);
  }
}
