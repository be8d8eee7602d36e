package org.agendasearch.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.ingest.corpus.Councils;
import org.agendasearch.search.schema.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reindex scoped to some councils ({@code agenda reindex --council SLUG}) on the embedded index:
 * it adds, replaces and deletes its councils' records and never another's, even when another
 * council's files changed or went too; and the shares of a build of several workers.
 */
class CouncilScopeTest {

  @TempDir
  Path tmp;

  static final String A1 = "council-a/cabinet/a1.pdf";
  static final String A2 = "council-a/cabinet/a2.pdf";
  static final String B1 = "council-b/b1.pdf";
  static final String B2 = "council-b/b2.pdf";
  static final String TOP = "top.pdf";

  /** Two councils' folders and a file of no council (there is no councils.json), each a sample pack. */
  private Path corpus() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Map<String, String> files = new LinkedHashMap<>();
    files.put(A1, "001_aa98a297444b1522.pdf");
    files.put(A2, "002_c0727628f51b2c4a.pdf");
    files.put(B1, "003_90456743b6105d36.pdf");
    files.put(B2, "004_879e1e000eb8b86d.pdf");
    files.put(TOP, "000_507079886cabe88a.pdf");
    return TestFiles.corpusOfSamples(corpus, files);
  }

  @Test
  void a_scoped_run_deletes_its_councils_removed_file_and_nothing_of_another_council() throws Exception {
    Path corpus = corpus();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 2);
    BuildSummary first = builder.rebuild(corpus, layout, ReindexListener.NONE);
    assertThat(first.files()).hasSize(5);
    Map<String, Long> before = recordsBySource(layout);
    assertThat(before.values()).hasSize(5).allSatisfy(n -> assertThat(n).isPositive());
    assertThat(before.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(first.records());

    // Council a loses a file; council b loses one and has another replaced by other contents.
    Files.delete(corpus.resolve(A2));
    Files.delete(corpus.resolve(B2));
    Files.copy(TestFiles.sample("000_507079886cabe88a.pdf"), corpus.resolve(B1), StandardCopyOption.REPLACE_EXISTING);

    BuildSummary a = builder.reindex(corpus, layout, false, CouncilScope.of(List.of("council-a")),
        ReindexListener.NONE, null);
    assertThat(a.files()).isEmpty();
    assertThat(a.unchanged()).isEqualTo(1);
    assertThat(a.removed()).isEqualTo(1);
    assertThat(a.full()).isFalse();
    Map<String, Long> afterA = recordsBySource(layout);
    assertThat(afterA).doesNotContainKey(A2);
    // Council b's removed and replaced files are exactly as they were: not this run's to touch.
    assertThat(afterA).containsEntry(A1, before.get(A1)).containsEntry(B1, before.get(B1))
        .containsEntry(B2, before.get(B2)).containsEntry(TOP, before.get(TOP)).hasSize(4);
    assertThat(shaOf(layout, B1)).isEqualTo(Ingestor.sha256(TestFiles.sample("003_90456743b6105d36.pdf")));

    BuildSummary b = builder.reindex(corpus, layout, false, CouncilScope.of(List.of("council-b")),
        ReindexListener.NONE, null);
    assertThat(b.files()).extracting(FileResult::file).containsExactly(B1);
    assertThat(b.removed()).isEqualTo(1);
    Map<String, Long> afterB = recordsBySource(layout);
    assertThat(afterB.keySet()).containsExactlyInAnyOrder(A1, B1, TOP);
    assertThat(afterB).containsEntry(A1, before.get(A1)).containsEntry(TOP, before.get(TOP))
        .containsEntry(B1, before.get(TOP)); // b1 now holds the same pack as top.pdf
    assertThat(shaOf(layout, B1)).isEqualTo(Ingestor.sha256(TestFiles.sample("000_507079886cabe88a.pdf")));
  }

  @Test
  void a_scoped_full_run_reads_every_file_of_its_councils_and_no_other() throws Exception {
    Path corpus = corpus();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 2);
    builder.rebuild(corpus, layout, ReindexListener.NONE);
    Path live = layout.current().orElseThrow();
    Map<String, Long> before = recordsBySource(layout);

    BuildSummary s = builder.reindex(corpus, layout, true, CouncilScope.of(List.of("council-a", "")),
        ReindexListener.NONE, null);
    assertThat(s.files()).extracting(FileResult::file).containsExactly(A1, A2, TOP);
    assertThat(s.full()).isFalse();
    assertThat(layout.current()).contains(live); // in place: the same generation
    assertThat(recordsBySource(layout)).isEqualTo(before);
  }

  @Test
  void an_unknown_council_is_named_with_the_councils_there_are() throws Exception {
    Path corpus = corpus();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 1);
    assertThatThrownBy(() -> builder.reindex(corpus, layout, false, CouncilScope.of(List.of("council-c")),
        ReindexListener.NONE, null)).isInstanceOf(CouncilScope.UnknownCouncilException.class)
        .hasMessageContaining("no council \"council-c\"").hasMessageContaining("council-a, council-b");
    assertThat(layout.current()).isEmpty();
  }

  @Test
  void a_council_whose_folder_is_gone_is_reindexed_to_nothing_and_only_it() throws Exception {
    Path corpus = corpus();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 2);
    builder.rebuild(corpus, layout, ReindexListener.NONE);
    Map<String, Long> before = recordsBySource(layout);
    IndexLayout.deleteTree(corpus.resolve("council-b"));
    BuildSummary b = builder.reindex(corpus, layout, false, CouncilScope.of(List.of("council-b")),
        ReindexListener.NONE, null);
    assertThat(b.files()).isEmpty();
    assertThat(b.removed()).isEqualTo(2);
    assertThat(recordsBySource(layout)).containsExactlyInAnyOrderEntriesOf(Map.of(A1, before.get(A1), A2,
        before.get(A2), TOP, before.get(TOP)));
    // Gone from the index too, it is unknown now.
    assertThatThrownBy(() -> builder.reindex(corpus, layout, false, CouncilScope.of(List.of("council-b")),
        ReindexListener.NONE, null)).isInstanceOf(CouncilScope.UnknownCouncilException.class);
  }

  @Test
  void a_scoped_run_refuses_an_index_built_from_another_folder() throws Exception {
    Path corpus = corpus();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 2);
    builder.rebuild(corpus, layout, ReindexListener.NONE);
    Path moved = Files.move(corpus, tmp.resolve("elsewhere"));
    assertThatThrownBy(() -> builder.reindex(moved, layout, false, CouncilScope.of(List.of("council-a")),
        ReindexListener.NONE, null)).hasMessageContaining("the index was built from " + corpus.toAbsolutePath());
  }

  @Test
  void the_councils_of_a_corpus_are_dealt_round_to_the_workers_by_sorted_slug() throws Exception {
    Path corpus = corpus();
    List<String> slugs = CouncilScope.councilsOf(corpus, Councils.load(corpus), CorpusReader.corpusFiles(corpus));
    assertThat(slugs).containsExactly("", "council-a", "council-b");
    assertThat(CouncilScope.share(slugs, 1, 2)).containsExactly("", "council-b");
    assertThat(CouncilScope.share(slugs, 2, 2)).containsExactly("council-a");
    assertThat(CouncilScope.share(slugs, 4, 4)).isEmpty();
    assertThatThrownBy(() -> CouncilScope.share(slugs, 3, 2)).hasMessageContaining("--worker is 1 to --workers (2), not 3");
  }

  private static Map<String, Long> recordsBySource(IndexLayout layout) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (FSDirectory dir = FSDirectory.open(layout.current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String source : List.of(A1, A2, B1, B2, TOP)) {
        int n = searcher.count(new TermQuery(new Term(Schema.SOURCE, source)));
        if (n > 0) {
          counts.put(source, (long) n);
        }
      }
    }
    return counts;
  }

  private static String shaOf(IndexLayout layout, String source) throws IOException {
    return IndexedFiles.of(layout.current().orElseThrow()).orElseThrow().sha256BySource().get(source);
  }
}
