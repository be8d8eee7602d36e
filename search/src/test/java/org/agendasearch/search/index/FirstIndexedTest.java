package org.agendasearch.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each record keeps the stamp of the reindex that first indexed it, whatever reindexes follow. */
class FirstIndexedTest {

  @TempDir
  Path tmp;

  private final AtomicLong clock = new AtomicLong(1_000);

  private BuildSummary reindex(Path corpus, IndexLayout layout, boolean full) throws Exception {
    return new IndexBuilder(new Ingestor(), 2).clock(clock::get).reindex(corpus, layout, full, ReindexListener.NONE, null);
  }

  private static List<String> sources(SearchService search, String words, long after) {
    return search.search(SearchRequest.of(words).indexedAfter(after, 50)).hits().stream()
        .map(SearchHit::source).distinct().sorted().toList();
  }

  @Test
  void only_records_new_since_an_instant_match_and_reindexing_never_makes_a_record_new_again() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "AGENDA\n1. Ledbury Road bus lane\n2. Apologies\n");
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    reindex(corpus, layout, false);

    clock.set(2_000);
    Files.writeString(corpus.resolve("b.txt"), "AGENDA\n1. Ledbury Road crossing\n");
    reindex(corpus, layout, false);
    try (SearchService search = new SearchService(layout.root()).cacheSize(0)) {
      assertThat(sources(search, "Ledbury", 0)).containsExactly("a.txt", "b.txt");
      assertThat(sources(search, "Ledbury", 1_000)).containsExactly("b.txt");
      assertThat(sources(search, "Ledbury", 2_000)).isEmpty();
    }

    // A full rebuild of a changed file re-indexes every record: only the item it adds is new at 3000.
    clock.set(3_000);
    Files.writeString(corpus.resolve("a.txt"), "AGENDA\n1. Ledbury Road bus lane\n2. Apologies\n3. Any other business\n");
    reindex(corpus, layout, true);
    try (SearchService search = new SearchService(layout.root()).cacheSize(0)) {
      assertThat(sources(search, "Ledbury", 1_000)).containsExactly("b.txt");
      assertThat(sources(search, "Ledbury", 2_000)).isEmpty();
      assertThat(search.search(SearchRequest.of("business").indexedAfter(2_000, 50)).hits())
          .extracting(SearchHit::id).containsExactly("a-txt/item/3");
    }
  }
}
