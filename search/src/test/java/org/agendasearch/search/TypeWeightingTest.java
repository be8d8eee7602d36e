package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Resolution;
import org.agendasearch.search.query.TypeWeighting;
import org.agendasearch.search.query.UserQueryParser;
import org.agendasearch.search.schema.Schema;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Type weights at query time: every record matches one branch of the weighted query, so its score
 * is its unweighted score times its type's weight (pages on their own fields), and a query that is
 * not only words keeps pages and records apart by their type.
 */
class TypeWeightingTest {

  @TempDir
  Path dir;

  private final UserQueryParser parser = new UserQueryParser(Schema.analyzer());

  private void index() throws IOException {
    new TinyIndex().add(new TinyIndex.PackBuilder("a.pdf", "Cabinet", LocalDate.of(2020, 1, 2))
        .page("Agenda. Ferry timetable.")
        .page("Library opening hours and the ferry.")
        .page("Harbour dues.")
        .item("2", "Ferry timetable", 1)
        .minutes("Cabinet", LocalDate.of(2019, 12, 1), 3, new MinuteItem("7", "Ferry", 3,
            "The committee discussed the ferry.", List.of(new Resolution("That the ferry timetable be approved.", 3)))))
        .write(dir, "gen-000001");
  }

  /** Score by record id and type of {@code q}. */
  private static Map<String, Float> scores(IndexSearcher searcher, Query q) {
    try {
      Map<String, Float> out = new HashMap<>();
      for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
        var d = searcher.storedFields().document(sd.doc);
        out.put(d.get(Schema.ID) + " " + d.get(Schema.TYPE), sd.score);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void each_record_scores_its_unweighted_score_times_its_type_weight() throws Exception {
    index();
    try (LiveIndex index = new LiveIndex(dir, Duration.ZERO)) {
      index.with(g -> {
        IndexSearcher searcher = g.searcher();
        for (String typed : List.of("ferry", "\"ferry timetable\"", "ferr*", "ferry -library")) {
          Query parsed = parser.parse(typed, false);
          Map<String, Float> weighted = scores(searcher, TypeWeighting.weigh(parsed));
          Map<String, Float> records = scores(searcher, parsed);
          Map<String, Float> pages = scores(searcher, TypeWeighting.onPageFields(parsed));
          assertThat(weighted).as(typed).hasSize(records.size() + pages.size()).isNotEmpty();
          assertThat(pages).as(typed + ": pages match").isNotEmpty();
          weighted.forEach((doc, score) -> {
            float expected = doc.endsWith(" page") ? 0.5f * pages.get(doc)
                : doc.endsWith(" resolution") ? 1.2f * records.get(doc) : records.get(doc);
            assertThat(score).as(typed + ": " + doc).isCloseTo(expected, within(1e-5f));
          });
          assertThat(weighted.keySet()).as(typed).anyMatch(d -> d.endsWith(" resolution"));
        }
        return null;
      }, null);
    }
  }

  @Test
  void exclusions_alone_and_qualifiers_keep_pages_and_records_apart() throws Exception {
    index();
    try (LiveIndex index = new LiveIndex(dir, Duration.ZERO); SearchService search = new SearchService(index)) {
      // Everything except the ferry: the harbour page, not the pages or records that mention it.
      SearchResults except = search.search(SearchRequest.of("-ferry"));
      assertThat(except.hits()).extracting(SearchHit::id).contains("a/page/3")
          .doesNotContain("a/page/1", "a/page/2", "a/item/2");
      // A qualifier matches pages too, each once, at their weight.
      SearchResults committee = search.search(SearchRequest.of("committee:cabinet ferry"));
      assertThat(committee.hits()).extracting(SearchHit::id).doesNotHaveDuplicates().contains("a/item/2")
          .doesNotContain("a/page/3");
    }
  }

  @Test
  void a_title_qualifier_leaves_pages_out() {
    Query weighted = TypeWeighting.weigh(parser.parse("title:ferry", false));
    assertThat(weighted.toString()).doesNotContain(Schema.PAGE_TEXT).contains("title:ferri");
    assertThat(TypeWeighting.weigh(parser.parse("ferry", false)).toString())
        .contains(Schema.PAGE_TEXT + ":ferri").doesNotContain(Schema.TYPE + ":page");
  }
}
