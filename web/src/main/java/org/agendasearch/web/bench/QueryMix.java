package org.agendasearch.web.bench;

import java.time.LocalDate;
import java.util.List;
import org.agendasearch.search.SearchRequest;

/**
 * The fixed query mix: single words, phrases, boolean, facet filters, date ranges, sort by date,
 * a deep page. Each entry is the API query string and the same search as a request.
 */
final class QueryMix {

  record Query(String http, SearchRequest request) {}

  static final List<Query> QUERIES = List.of(
      q("q=budget", req("budget", null, null, null, SearchRequest.Sort.RELEVANCE, 1)),
      q("q=safeguarding", req("safeguarding", null, null, null, SearchRequest.Sort.RELEVANCE, 1)),
      q("q=library", req("library", null, null, null, SearchRequest.Sort.RELEVANCE, 1)),
      q("q=%22corporate+parenting+strategy%22", req("\"corporate parenting strategy\"", null, null, null,
          SearchRequest.Sort.RELEVANCE, 1)),
      q("q=%22school+place+planning%22", req("\"school place planning\"", null, null, null, SearchRequest.Sort.RELEVANCE, 1)),
      q("q=budget+OR+finance", req("budget OR finance", null, null, null, SearchRequest.Sort.RELEVANCE, 1)),
      q("q=housing+-allocation", req("housing -allocation", null, null, null, SearchRequest.Sort.RELEVANCE, 1)),
      q("q=transport&committee=Cabinet", req("transport", "Cabinet", null, null, SearchRequest.Sort.RELEVANCE, 1)),
      q("q=children&type=resolution", req("children", null, "resolution", null, SearchRequest.Sort.RELEVANCE, 1)),
      q("q=strategy&from=2016-01-01&to=2018-12-31", req("strategy", null, null, LocalDate.of(2016, 1, 1),
          SearchRequest.Sort.RELEVANCE, 1)),
      q("q=report&sort=newest", req("report", null, null, null, SearchRequest.Sort.NEWEST, 1)),
      q("q=committee&page=5", req("committee", null, null, null, SearchRequest.Sort.RELEVANCE, 5)));

  private QueryMix() {}

  private static Query q(String http, SearchRequest r) {
    return new Query(http, r);
  }

  private static SearchRequest req(String q, String committee, String type, LocalDate from, SearchRequest.Sort sort,
      int page) {
    return new SearchRequest(q, committee == null ? List.of() : List.of(committee), List.of(),
        type == null ? List.of() : List.of(type), from, from == null ? null : from.plusYears(3).minusDays(1), sort, page, 10);
  }
}
