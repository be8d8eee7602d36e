package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What people type, on a tiny index whose every record is known. */
class QueriesTest {

  @TempDir
  Path dir;
  SearchService search;

  @BeforeEach
  void open() throws Exception {
    search = new TinyIndex()
        .add(new TinyIndex.PackBuilder("a.pdf", "Cabinet", LocalDate.of(2020, 1, 1))
            .page("Corporate parenting report. The corporate parenting panel met in the cafe.")
            .page("Safeguarding children is everyone's business.")
            .page("Highways and transport.")
            .page("Parenting classes; the corporate plan."))
        .add(new TinyIndex.PackBuilder("b.pdf", "Cabinet", LocalDate.of(2021, 1, 1))
            .page("Corporate parenting strategy, second cafe review.")
            .page("Strict alerts policy."))
        .open(dir);
  }

  @AfterEach
  void close() throws Exception {
    search.close();
  }

  private SearchResults q(String query) {
    return search.search(SearchRequest.of(query));
  }

  @Test
  void curly_quotes_find_what_straight_quotes_find() {
    assertThat(q("\"corporate parenting\"").total()).isEqualTo(2);
    assertThat(q("\u201Ccorporate parenting\u201D").total()).isEqualTo(2);
    assertThat(q("\u201Ccorporate parenting\u201D").hits()).extracting(SearchHit::id)
        .containsExactlyElementsOf(q("\"corporate parenting\"").hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void a_purely_negative_query_finds_everything_except() {
    // Six pages, and no meeting record (the packs have no agenda): five do not say safeguarding.
    assertThat(q("-safeguarding").total()).isEqualTo(5);
    assertThat(q("NOT safeguarding").total()).isEqualTo(5);
    assertThat(q("-safeguarding").hits()).isNotEmpty()
        .noneMatch(h -> h.snippet().text().toLowerCase().contains("safeguarding"));
  }

  @Test
  void did_you_mean_offers_only_indexed_words_with_hits_and_never_for_markup() {
    assertThat(q("parentng").suggestion()).isEqualTo("parenting");
    assertThat(q("caf\u00e9").suggestion()).isEqualTo("cafe");
    assertThat(q("<script>alert(1)</script>").suggestion()).isNull();
    assertThat(q("zzzqqqxx").suggestion()).isNull();
  }
}
