package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.agendasearch.search.query.InvalidQueryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Searches over the real sample corpus. */
class SearchServiceTest {

  static SearchService search;

  @BeforeAll
  static void open() {
    search = new SearchService(SampleIndex.root());
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  private static SearchResults q(String query) {
    return search.search(SearchRequest.of(query));
  }

  private static SearchRequest.Sort relevance() {
    return SearchRequest.Sort.RELEVANCE;
  }

  @Test
  void every_sample_file_was_indexed() {
    assertThat(SampleIndex.summary().failed()).isZero();
    assertThat(SampleIndex.summary().files()).hasSize(5);
    assertThat(search.recordCount()).isEqualTo(SampleIndex.summary().records());
  }

  @Test
  void colwall_finds_the_cabinet_pack_of_26_february_2015_at_the_report_page() {
    SearchResults r = q("Colwall");
    assertThat(r.total()).isPositive();
    SearchHit top = r.hits().get(0);
    assertThat(top.source()).isEqualTo("001_aa98a297444b1522.pdf");
    assertThat(top.committee()).isEqualTo("Cabinet");
    assertThat(top.meetingDate()).isEqualTo("2015-02-26");
    assertThat(top.page()).isEqualTo(32);
    assertThat(top.snippet().marked()).contains("Colwall");
  }

  @Test
  void stemming_finds_other_forms_and_phrases_keep_word_order() {
    assertThat(q("safeguard").total()).isEqualTo(q("safeguarding").total()).isPositive();
    SearchResults phrase = q("\"corporate parenting strategy\"");
    assertThat(phrase.total()).isPositive();
    assertThat(phrase.hits()).isNotEmpty().allSatisfy(h -> assertThat(!h.snippet().marks().isEmpty()
        || h.title().toLowerCase().contains("corporate parenting strategy")).isTrue());
    assertThat(q("\"strategy parenting corporate\"").total()).isLessThan(phrase.total());
  }

  @Test
  void resolutions_are_findable_by_their_own_words_and_type() {
    SearchResults r = q("type:resolution \"joint property vehicle\"");
    assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.type()).isEqualTo("resolution"));
    assertThat(r.hits().get(0).itemNumber()).isEqualTo("59");
    assertThat(r.hits().get(0).meetingDate()).isEqualTo("2015-01-22");
    assertThat(r.hits().get(0).page()).isEqualTo(3);
  }

  @Test
  void boolean_exclusion_and_prefix_work() {
    long colwall = q("Colwall").total();
    assertThat(q("Colwall -school").total()).isLessThan(colwall);
    assertThat(q("Colwall OR Rotherwas").total()).isGreaterThan(colwall);
    assertThat(q("Rotherw*").total()).isPositive();
    assertThat(q("title:colwall").hits()).isNotEmpty().allSatisfy(h -> assertThat(h.title().toLowerCase()).contains("colwall"));
    assertThat(q("committee:cabinet").hits()).isNotEmpty().allSatisfy(h -> assertThat(h.committee()).isEqualToIgnoringCase("cabinet"));
  }

  @Test
  void facets_count_committees_case_insensitively_and_drill_sideways() {
    SearchResults all = q("children");
    List<FacetCount> committees = all.facets().get("committee");
    assertThat(committees).extracting(FacetCount::value)
        .contains("Cabinet", "Children and young people scrutiny committee")
        .doesNotHaveDuplicates();
    SearchResults cabinet = search.search(new SearchRequest("children", List.of("cabinet"), List.of(), List.of(),
        null, null, relevance(), 1, 10));
    assertThat(cabinet.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.committee()).isEqualToIgnoringCase("cabinet"));
    // Drill sideways: the committee facet still counts the other committees.
    assertThat(cabinet.facets().get("committee")).isEqualTo(committees);
    assertThat(cabinet.total()).isLessThan(all.total());
  }

  @Test
  void year_type_and_date_filters_narrow_the_results() {
    SearchResults y2020 = search.search(new SearchRequest("children", List.of(), List.of(2020), List.of(), null, null,
        relevance(), 1, 10));
    assertThat(y2020.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.meetingDate()).startsWith("2020"));
    SearchResults range = search.search(new SearchRequest("children", List.of(), List.of(), List.of("report"),
        LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), relevance(), 1, 10));
    assertThat(range.hits()).isNotEmpty().allSatisfy(h -> {
      assertThat(h.type()).isEqualTo("report");
      assertThat(h.meetingDate()).startsWith("2017");
    });
  }

  @Test
  void newest_and_oldest_sort_by_meeting_date() {
    SearchResults newest = search.search(new SearchRequest("children", List.of(), List.of(), List.of("minute_item"),
        null, null, SearchRequest.Sort.NEWEST, 1, 20));
    List<String> dates = newest.hits().stream().map(SearchHit::meetingDate).toList();
    assertThat(dates).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    SearchResults oldest = search.search(new SearchRequest("children", List.of(), List.of(), List.of("minute_item"),
        null, null, SearchRequest.Sort.OLDEST, 1, 20));
    assertThat(oldest.hits().stream().map(SearchHit::meetingDate).toList()).hasSizeGreaterThan(1).isSorted();
  }

  @Test
  void no_page_shows_the_same_passage_twice() {
    SearchResults r = search.search(new SearchRequest("\"joint property vehicle\"", List.of(), List.of(), List.of(),
        null, null, relevance(), 1, 50));
    assertThat(r.hits().stream().map(h -> h.documentId() + "#" + h.page() + "#" + h.snippet().text()).toList())
        .isNotEmpty()
        .doesNotHaveDuplicates();
    assertThat(r.hits().stream().filter(h -> h.type().equals("page") && h.page() == 3)).isEmpty();
  }

  @Test
  void a_query_with_no_record_having_every_word_falls_back_to_any_word() {
    SearchResults r = q("Colwall zzzyqx");
    assertThat(r.relaxed()).isTrue();
    assertThat(r.total()).isPositive();
  }

  @Test
  void bad_queries_are_refused_with_a_readable_message() {
    assertThatThrownBy(() -> q("\"unclosed phrase")).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("closing");
    assertThatThrownBy(() -> q("(budget")).isInstanceOf(InvalidQueryException.class).hasMessageContaining("brackets");
    assertThatThrownBy(() -> q("a*")).isInstanceOf(InvalidQueryException.class).hasMessageContaining("letters");
    assertThatThrownBy(() -> q("*")).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> q("x".repeat(501))).isInstanceOf(InvalidQueryException.class).hasMessageContaining("500");
    assertThatThrownBy(() -> q("type:nonsense")).isInstanceOf(InvalidQueryException.class).hasMessageContaining("type");
    assertThatThrownBy(() -> new SearchRequest("x", null, null, null, null, null, null, 0, 10))
        .isInstanceOf(InvalidQueryException.class);
    // Found by QueryFuzzIT: a committee of a NUL character reached Lucene as a null term (500).
    assertThatThrownBy(() -> new SearchRequest("x", List.of("\u0000"), null, null, null, null, null, 1, 10))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("committee");
  }

  @Test
  void a_search_past_its_time_limit_is_stopped_with_a_readable_message() throws Exception {
    try (SearchService hasty = new SearchService(SampleIndex.root()).timeLimit(0)) {
      assertThatThrownBy(() -> hasty.search(SearchRequest.of("children OR school OR budget")))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("took longer");
    }
  }

  @Test
  void colons_in_ordinary_words_are_not_fields() {
    assertThat(q("www.herefordshire.gov.uk/getinvolved").total()).isPositive();
    assertThat(q("2014/15").total()).isPositive();
    assertThat(q("/budget/").total()).isPositive();
  }

  @Test
  void a_repeated_search_is_answered_from_the_result_cache_with_the_same_results() throws Exception {
    try (SearchService s = new SearchService(SampleIndex.root())) {
      SearchRequest r = SearchRequest.of("school transport");
      SearchResults first = s.search(r);
      assertThat(s.cacheCounts()).containsExactly(0, 1);
      assertThat(s.search(SearchRequest.of("school transport"))).isEqualTo(first);
      assertThat(s.cacheCounts()).containsExactly(1, 1);
      // Another page, sort or filter is another search.
      s.search(new SearchRequest("school transport", List.of(), List.of(), List.of(), null, null,
          SearchRequest.Sort.NEWEST, 1, 10));
      assertThat(s.cacheCounts()).containsExactly(1, 2);
      s.cacheSize(0);
      assertThat(s.search(r)).isEqualTo(first);
      assertThat(s.cacheCounts()).containsExactly(0, 0);
    }
  }

  @Test
  void the_bare_search_counts_every_match_unfolded_exactly_when_asked_to() {
    for (String words : List.of("budget", "council", "\"annual report\"")) {
      SearchRequest r = SearchRequest.of(words);
      long exact = search.bareSearch(r, true);
      // Under 1,000 matches the skipping search counts them all too; folding leaves fewer hits.
      assertThat(exact).as(words).isPositive().isEqualTo(search.bareSearch(r)).isGreaterThanOrEqualTo(search.search(r).total());
    }
  }
}
