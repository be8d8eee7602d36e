package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query's counts (folds, total, facet counts) are computed once per index reader: its next
 * page reuses them and searches for its own hits alone, and a new reader counts again.
 */
class CountCacheTest {

  @TempDir
  Path dir;

  private static TinyIndex.PackBuilder pack(int i) {
    return new TinyIndex.PackBuilder("p" + i + ".pdf", i % 2 == 0 ? "Cabinet" : "Scrutiny", LocalDate.of(2019 + i % 3, 1, i))
        .page("Agenda")
        .page("Safeguarding update for the year " + i + ".")
        .item("2", "Safeguarding update", 2);
  }

  private static SearchRequest request(String q, int page, int size) {
    return new SearchRequest(q, List.of(), List.of(), List.of(), null, null, SearchRequest.Sort.RELEVANCE, page, size);
  }

  private static TinyIndex packs(int from, int to) {
    TinyIndex index = new TinyIndex();
    for (int i = from; i <= to; i++) {
      index.add(pack(i));
    }
    return index;
  }

  @Test
  void page_two_reuses_the_counts_of_page_one_and_lists_the_same_hits_as_a_fresh_count() throws Exception {
    packs(1, 12).write(dir, "gen-000001");
    try (LiveIndex index = new LiveIndex(dir, Duration.ZERO);
        SearchService cached = new SearchService(index).cacheSize(0);
        SearchService uncached = new SearchService(index).cacheSize(0).countCacheSize(0)) {
      SearchResults first = cached.search(request("safeguarding", 1, 5));
      assertThat(cached.countPasses()).isEqualTo(1);
      SearchResults second = cached.search(request("safeguarding", 2, 5));
      SearchResults third = cached.search(request("safeguarding", 3, 5));
      assertThat(cached.countPasses()).as("pages 2 and 3 counted nothing").isEqualTo(1);

      // Per pack the meeting and item 2 match (page 2 folds into item 2): 24 hits.
      assertThat(first.total()).isEqualTo(24);
      assertThat(second.total()).isEqualTo(24);
      assertThat(second.facets()).isEqualTo(first.facets());
      assertThat(second.hits()).extracting(SearchHit::id)
          .isEqualTo(uncached.search(request("safeguarding", 2, 5)).hits().stream().map(SearchHit::id).toList())
          .doesNotContainAnyElementsOf(first.hits().stream().map(SearchHit::id).toList());
      assertThat(third.hits()).extracting(SearchHit::id)
          .isEqualTo(uncached.search(request("safeguarding", 3, 5)).hits().stream().map(SearchHit::id).toList());
      assertThat(uncached.countPasses()).as("without the cache every page counts").isEqualTo(2);

      // Another query, or the same with a filter, has counts of its own.
      cached.search(new SearchRequest("safeguarding", List.of("Cabinet"), List.of(), List.of(), null, null,
          SearchRequest.Sort.RELEVANCE, 2, 5));
      assertThat(cached.countPasses()).isEqualTo(2);
    }
  }

  @Test
  void a_new_reader_counts_again() throws Exception {
    packs(1, 12).write(dir, "gen-000001");
    try (LiveIndex index = new LiveIndex(dir, Duration.ZERO); SearchService search = new SearchService(index).cacheSize(0)) {
      assertThat(search.search(request("safeguarding", 1, 5)).total()).isEqualTo(24);
      packs(13, 14).write(dir, "gen-000001"); // a commit to the live generation
      assertThat(search.search(request("safeguarding", 2, 5)).total()).as("the same reader: counts kept").isEqualTo(24);
      search.refresh();
      SearchResults after = search.search(request("safeguarding", 2, 5));
      assertThat(after.total()).isEqualTo(28);
      assertThat(search.countPasses()).isEqualTo(2);
    }
  }
}
