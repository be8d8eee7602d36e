package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folding before counting, on tiny packs made in the test: the total is the number of hits a
 * person can page through, each hit links to the page its snippet comes from, and "more on page"
 * never repeats that page.
 */
class FoldingTest {

  @TempDir
  Path dir;

  /**
   * Pages 3 and 4 are inside the report (2-4) and fold into it; page 5 is under an agenda item
   * that does not match, and page 6 under no record: both stay.
   */
  private static TinyIndex.PackBuilder colwallPack() {
    return new TinyIndex.PackBuilder("a.pdf", "Cabinet", LocalDate.of(2015, 2, 26))
        .page("Cabinet, 26 February 2015. Agenda. 2 Budget monitoring report. 5 Village hall grant.")
        .page("Budget monitoring report. Summary of spending in the quarter.")
        .page("Colwall school roof repairs. The Colwall school roof was repaired in the quarter.")
        .page("Spending at Colwall library was on budget.")
        .page("Village hall grant for the parish of Colwall.")
        .page("Any other business: a letter from Colwall residents.")
        .item("2", "Budget monitoring report", 2)
        .item("5", "Village hall grant", 5)
        .report("Budget monitoring report", 2, 4);
  }

  private static SearchRequest request(String q, int page, int size) {
    return new SearchRequest(q, List.of(), List.of(), List.of(), null, null, SearchRequest.Sort.RELEVANCE, page,
        size);
  }

  @Test
  void pages_inside_a_matching_record_fold_into_it_before_counting() throws Exception {
    try (SearchService s = new TinyIndex().add(colwallPack()).open(dir)) {
      SearchResults r = s.search(request("colwall", 1, 10));
      // Lucene matches five records (the report and pages 3, 4, 5, 6); two pages fold into the report.
      assertThat(r.total()).isEqualTo(3);
      assertThat(r.hits()).extracting(SearchHit::id)
          .containsExactlyInAnyOrder("a/report/1", "a/page/5", "a/page/6");
      SearchHit report = r.hits().stream().filter(h -> h.type().equals("report")).findFirst().orElseThrow();
      assertThat(report.page()).as("the report's best page, where its snippet is from").isEqualTo(3);
      assertThat(report.snippet().text()).contains("Colwall school roof");
      assertThat(report.snippet().marked()).containsOnly("Colwall").hasSize(2);
      assertThat(report.morePages()).containsExactly(4);
      assertThat(r.facets().get("type")).extracting(FacetCount::value, FacetCount::count)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("report", 1),
              org.assertj.core.groups.Tuple.tuple("page", 2));
    }
  }

  @Test
  void a_page_under_a_matching_agenda_item_folds_into_it_and_is_not_listed_again() throws Exception {
    try (SearchService s = new TinyIndex().add(colwallPack()).open(dir)) {
      SearchResults r = s.search(request("village hall", 1, 10));
      // The meeting (its agenda lists item 5), item 5 and page 5 match; page 1 (the agenda) folds
      // into the meeting, page 5 into item 5.
      assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("a/meeting", "a/item/5");
      assertThat(r.total()).isEqualTo(2);
      assertThat(r.hits()).allSatisfy(h -> assertThat(h.morePages()).doesNotContain(h.page()));
    }
  }

  @Test
  void every_page_but_the_last_is_full_and_a_page_past_the_end_is_empty() throws Exception {
    TinyIndex index = new TinyIndex();
    for (int i = 1; i <= 23; i++) {
      index.add(new TinyIndex.PackBuilder("p" + i + ".pdf", "Cabinet", LocalDate.of(2020, 1, i))
          .page("Agenda")
          .page("Safeguarding update for the year.")
          .item("2", "Safeguarding update", 2));
    }
    try (SearchService s = index.open(dir)) {
      // Per pack the meeting, item 2 and page 2 match; page 2 folds into item 2: 46 hits, not 69.
      SearchResults first = s.search(request("safeguarding", 1, 20));
      assertThat(first.total()).isEqualTo(46);
      assertThat(first.hits()).hasSize(20);
      assertThat(s.search(request("safeguarding", 2, 20)).hits()).hasSize(20);
      assertThat(s.search(request("safeguarding", 3, 20)).hits()).hasSize(6);
      SearchResults past = s.search(request("safeguarding", 4, 20));
      assertThat(past.hits()).isEmpty();
      assertThat(past.total()).isEqualTo(46);
      assertThat(first.hits()).noneMatch(h -> h.type().equals("page"));
    }
  }

  /**
   * {@link Folding} alone: pages fold into every record of their file that covers them; a record
   * over several pages lists its matching pages best first (equal scores by page number), in one
   * file only; copies of a fact keep the best-scoring one, then the first by place.
   */
  @Test
  void folding_lists_a_records_pages_best_first_and_keeps_the_best_copy_of_a_fact() {
    List<Folding.Match<String>> matches = List.of(
        new Folding.Match<>("report", "a", 2, 5, false, null, 1.0f, null),
        new Folding.Match<>("item", "a", 3, 3, false, null, 0.5f, null),
        new Folding.Match<>("p2", "a", 2, 2, true, null, 0.7f, null),
        new Folding.Match<>("p3", "a", 3, 3, true, null, 0.9f, null),
        new Folding.Match<>("p4", "a", 4, 4, true, null, 0.7f, null),
        new Folding.Match<>("p6", "a", 6, 6, true, null, 2.0f, null),
        new Folding.Match<>("other-p3", "b", 3, 3, true, null, 3.0f, null),
        new Folding.Match<>("minute-b", "b", 1, 1, false, "fact", 0.8f, Folding.place("b", 1)),
        new Folding.Match<>("minute-a", "a", 1, 1, false, "fact", 0.8f, Folding.place("a", 7)),
        new Folding.Match<>("minute-c", "c", 1, 1, false, "fact", 0.6f, Folding.place("a", 1)));
    Folding<String> f = Folding.of(matches);

    assertThat(f.folded()).containsExactlyInAnyOrder("p2", "p3", "p4", "minute-b", "minute-c");
    assertThat(f.pagesOf("report")).extracting(Folding.PageMatch::key).containsExactly("p3", "p2", "p4");
    assertThat(f.pagesOf("report")).extracting(Folding.PageMatch::page).containsExactly(3, 2, 4);
    assertThat(f.pagesOf("item")).as("a record of one page lists none").isEmpty();
    assertThat(f.pagesOf("p6")).isEmpty();
    assertThat(f.copiesOf("minute-a")).containsExactly("minute-b", "minute-c");
    assertThat(f.copiesOf("minute-b")).isEmpty();
  }

  @Test
  void a_place_is_the_document_id_and_the_ordinal_in_nine_digits() {
    for (int ordinal : new int[] {0, 7, 42, 123_456_789, 1_234_567_890, Integer.MAX_VALUE, -5, Integer.MIN_VALUE}) {
      assertThat(Folding.place("003_ab", ordinal))
          .isEqualTo("003_ab#" + String.format(java.util.Locale.ROOT, "%09d", ordinal));
    }
    assertThat(Folding.place("d", 12)).isEqualTo("d#000000012");
  }
}
