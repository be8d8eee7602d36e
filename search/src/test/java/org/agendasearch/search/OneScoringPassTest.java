package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agendasearch.search.schema.Schema;
import org.junit.jupiter.api.Test;

/**
 * The counting search walks the matches the fold pass recorded, with their recorded scores,
 * instead of scoring the query a second time: on the sample index (pages, reports over several
 * pages, minutes and resolutions in several files) it gives exactly the totals, facet counts,
 * hits, scores and pages that scoring twice gives, with and without facet filters, in every sort.
 */
class OneScoringPassTest {

  private static final List<String> QUERIES = List.of("budget", "council", "report", "minutes", "planning",
      "\"annual report\"", "budget OR finance", "council -budget", "cabinet", "school");

  @Test
  void one_scoring_pass_gives_what_two_gave() throws Exception {
    try (SearchService once = new SearchService(SampleIndex.root()).cacheSize(0).countCacheSize(0);
        SearchService twice = new SearchService(SampleIndex.root()).cacheSize(0).countCacheSize(0)
            .twoScoringPasses(true)) {
      int compared = 0;
      int withHits = 0;
      for (String q : QUERIES) {
        for (SearchRequest r : requests(q, twice)) {
          SearchResults expected = twice.search(r);
          SearchResults actual = once.search(r);
          assertThat(actual).as("%s", r).isEqualTo(expected);
          compared++;
          withHits += expected.hits().isEmpty() ? 0 : 1;
        }
      }
      assertThat(compared).isGreaterThan(100);
      assertThat(withHits).as("most requests find something").isGreaterThan(compared / 2);
    }
  }

  /** The query in every sort, on pages 1 and 2, unfiltered and filtered by the top value of each facet. */
  private static List<SearchRequest> requests(String q, SearchService search) {
    List<SearchRequest> all = new ArrayList<>();
    SearchResults unfiltered = search.search(request(q, List.of(), List.of(), List.of(), List.of(), List.of(),
        SearchRequest.Sort.RELEVANCE, 1));
    List<List<String>> committees = new ArrayList<>(List.of(List.of()));
    List<List<Integer>> years = new ArrayList<>(List.of(List.of()));
    List<List<String>> types = new ArrayList<>(List.of(List.of()));
    List<List<String>> people = new ArrayList<>(List.of(List.of()));
    top(unfiltered, Schema.FACET_COMMITTEE).ifPresent(v -> committees.add(List.of(v)));
    top(unfiltered, Schema.FACET_YEAR).ifPresent(v -> years.add(List.of(Integer.parseInt(v))));
    top(unfiltered, Schema.FACET_TYPE).ifPresent(v -> types.add(List.of(v)));
    top(unfiltered, Schema.FACET_PERSON).ifPresent(v -> people.add(List.of(v)));
    for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
      for (int page = 1; page <= 2; page++) {
        all.add(request(q, List.of(), List.of(), List.of(), List.of(), List.of(), sort, page));
        all.add(request(q, committees.getLast(), List.of(), List.of(), List.of(), List.of(), sort, page));
        all.add(request(q, List.of(), years.getLast(), types.getLast(), List.of(), List.of(), sort, page));
        all.add(request(q, List.of(), List.of(), List.of(), List.of(), people.getLast(), sort, page));
      }
    }
    all.add(new SearchRequest(q, List.of(), List.of(), List.of(), LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31),
        SearchRequest.Sort.RELEVANCE, 1, 10));
    return all;
  }

  private static java.util.Optional<String> top(SearchResults results, String dim) {
    return results.facets().getOrDefault(dim, List.of()).stream().findFirst().map(FacetCount::value);
  }

  private static SearchRequest request(String q, List<String> committees, List<Integer> years, List<String> types,
      List<String> councils, List<String> people, SearchRequest.Sort sort, int page) {
    return new SearchRequest(q, committees, years, types, null, null, sort, page, 5, councils, 0, people);
  }
}
