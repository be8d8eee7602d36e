package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live index is refreshed by its own thread: a commit or a new generation becomes visible
 * with no search asking for it, and a search itself never looks.
 */
class LiveIndexTest {

  @TempDir
  Path dir;

  private static TinyIndex pack(String source, String words) {
    return new TinyIndex().add(new TinyIndex.PackBuilder(source, "Cabinet", LocalDate.of(2020, 1, 2))
        .page("Agenda").page(words));
  }

  @Test
  void a_commit_and_then_a_new_generation_become_visible_without_a_search() throws Exception {
    pack("a.pdf", "Library opening hours.").write(dir, "gen-000001");
    try (LiveIndex index = new LiveIndex(dir, Duration.ofMillis(10)); SearchService search = new SearchService(index)) {
      Semaphore refreshed = new Semaphore(0);
      index.onRefresh(refreshed::release);
      assertThat(search.search(SearchRequest.of("ferry")).total()).isZero();

      pack("b.pdf", "Ferry timetable.").write(dir, "gen-000001"); // an incremental reindex's commit
      assertThat(refreshed.tryAcquire(30, TimeUnit.SECONDS)).as("refreshed within 30 s").isTrue();
      assertThat(search.search(SearchRequest.of("ferry")).total()).isPositive();
      assertThat(search.search(SearchRequest.of("library")).total()).isPositive();

      pack("c.pdf", "Harbour dues.").write(dir, "gen-000002"); // a full reindex's new generation
      assertThat(refreshed.tryAcquire(30, TimeUnit.SECONDS)).as("refreshed within 30 s").isTrue();
      assertThat(search.search(SearchRequest.of("harbour")).total()).isPositive();
      assertThat(search.search(SearchRequest.of("ferry")).total()).as("the old generation is gone").isZero();
    }
  }

  @Test
  void a_search_does_not_look_for_a_new_commit() throws Exception {
    pack("a.pdf", "Library opening hours.").write(dir, "gen-000001");
    try (LiveIndex index = new LiveIndex(dir, Duration.ZERO); SearchService search = new SearchService(index).cacheSize(0)) {
      pack("b.pdf", "Ferry timetable.").write(dir, "gen-000001");
      assertThat(search.search(SearchRequest.of("ferry")).total()).as("no refresh: the reader it had").isZero();
      search.refresh();
      assertThat(search.search(SearchRequest.of("ferry")).total()).isPositive();
    }
  }

  @Test
  void a_search_in_flight_finishes_on_its_reader_while_a_new_generation_replaces_it() throws Exception {
    pack("a.pdf", "Library opening hours.").write(dir, "gen-000001");
    try (LiveIndex index = new LiveIndex(dir, Duration.ZERO)) {
      long records = index.with(g -> {
        try {
          pack("c.pdf", "Harbour dues.").write(dir, "gen-000002");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        index.refresh(); // closes the old manager while this search holds its reader
        try {
          return (long) g.searcher().count(new org.apache.lucene.search.MatchAllDocsQuery());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, -1L);
      assertThat(records).isPositive();
      assertThat(index.with(g -> g.dir().getFileName().toString(), "")).isEqualTo("gen-000002");
    }
  }
}
