package org.agendasearch.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results, the total, and facet counts per dimension (committee, year, type); each
 * dimension counts as if its own filter were not set (drill sideways).
 *
 * @param relaxed true when no record had every word and the results have any of them
 * @param suggestion a corrected query when some words look misspelt ("did you mean"), or null
 */
public record SearchResults(long total, int page, int size, List<SearchHit> hits,
    Map<String, List<FacetCount>> facets, boolean relaxed, String suggestion) {

  SearchResults withSuggestion(String s) {
    return new SearchResults(total, page, size, hits, facets, relaxed, s);
  }
}
