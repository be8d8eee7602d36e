package org.agendasearch.web.api;

import java.util.List;
import java.util.Map;
import org.agendasearch.search.FacetCount;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;

/**
 * A page of results as the API returns it and the pages show it: {@code total} is the number of
 * hits a person can page through (page hits are folded into their record before counting), every
 * page but the last is full, and {@code first}..{@code last} number the hits on this page (both 0
 * on a page past the end).
 *
 * @param pages how many pages of results there are (at most {@link SearchRequest#MAX_PAGE})
 */
public record ResultsView(long total, int page, int size, long pages, long first, long last, boolean relaxed,
    String suggestion, List<HitView> hits, Map<String, List<FacetCount>> facets) {

  public static ResultsView of(SearchResults r) {
    long pages = Math.min(SearchRequest.MAX_PAGE, (r.total() + r.size() - 1) / r.size());
    long first = r.hits().isEmpty() ? 0 : (long) (r.page() - 1) * r.size() + 1;
    long last = r.hits().isEmpty() ? 0 : first + r.hits().size() - 1;
    return new ResultsView(r.total(), r.page(), r.size(), pages, first, last, r.relaxed(), r.suggestion(),
        r.hits().stream().map(HitView::of).toList(), r.facets());
  }

  /** Whether the page asked for is past the last page of results. */
  public boolean pastTheEnd() {
    return total > 0 && hits.isEmpty();
  }
}
