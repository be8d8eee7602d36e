package org.agendasearch.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.LiveIndex;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchService;
import org.agendasearch.search.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {

  @TempDir
  Path tmp;

  /** A corpus folder holding sample packs under new names: "a.pdf", "001_aa98a297444b1522.pdf", ... */
  private Path corpusWith(String... nameThenSample) throws java.io.IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 0; i < nameThenSample.length; i += 2) {
      Files.createDirectories(corpus.resolve(nameThenSample[i]).getParent());
      Files.copy(TestFiles.repoRoot().resolve("corpus").resolve(nameThenSample[i + 1]), corpus.resolve(nameThenSample[i]));
    }
    return corpus;
  }

  @Test
  void bad_files_are_reported_and_the_rest_of_the_batch_is_indexed() throws Exception {
    Path corpus = corpusWith("cabinet.pdf", "001_aa98a297444b1522.pdf");
    for (String bad : List.of("empty.pdf", "not-a-pdf.pdf", "password-protected.pdf", "truncated.pdf")) {
      Files.copy(TestFiles.faulty(bad), corpus.resolve(bad));
    }
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    BuildSummary s = new IndexBuilder(new Ingestor(), 2).rebuild(corpus, layout, r -> { });
    Map<String, FileResult> byFile = s.files().stream().collect(Collectors.toMap(FileResult::file, r -> r));
    assertThat(byFile.get("cabinet.pdf").status()).isEqualTo("ok");
    assertThat(byFile.get("empty.pdf").status()).isEqualTo("failed");
    assertThat(byFile.get("empty.pdf").reason()).startsWith("empty:");
    assertThat(byFile.get("not-a-pdf.pdf").reason()).startsWith("not a PDF");
    assertThat(byFile.get("password-protected.pdf").reason()).startsWith("encrypted:");
    assertThat(byFile.get("truncated.pdf").status()).isEqualTo("warning");
    assertThat(s.report()).exists();
    assertThat(Files.readAllLines(s.report())).hasSize(5).allSatisfy(l -> assertThat(l).contains("\"status\""));
    try (SearchService search = new SearchService(layout.root())) {
      assertThat(search.search(SearchRequest.of("Colwall")).total()).isPositive();
    }
  }

  @Test
  void what_the_parser_did_not_understand_is_in_the_report() throws Exception {
    Path corpus = corpusWith("cabinet.pdf", "001_aa98a297444b1522.pdf");
    Files.writeString(corpus.resolve("agenda.txt"), "AGENDA\n1. Apologies for absence\n2. Minutes of the last meeting\n");
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    BuildSummary s = new IndexBuilder(new Ingestor(), 1).rebuild(corpus, layout, ReindexListener.NONE);
    Map<String, FileResult> byFile = s.files().stream().collect(Collectors.toMap(FileResult::file, r -> r));
    assertThat(byFile.get("agenda.txt").status()).isEqualTo("ok");
    assertThat(byFile.get("agenda.txt").quality()).contains("no meeting date found", "no committee or meeting name found");
    assertThat(byFile.get("cabinet.pdf").quality()).isEmpty();
    assertThat(Files.readAllLines(s.report())).filteredOn(l -> l.contains("agenda.txt")).singleElement()
        .satisfies(l -> assertThat(l).contains("\"quality\":[\"no meeting date found\""));
  }

  @Test
  void hostile_pdfs_are_reported_and_the_rest_of_the_batch_is_indexed() throws Exception {
    Path corpus = corpusWith("cabinet.pdf", "001_aa98a297444b1522.pdf");
    org.agendasearch.ingest.HostilePdfs.pageTreeLoop(corpus);
    org.agendasearch.ingest.HostilePdfs.deepNesting(corpus, 200_000);
    org.agendasearch.ingest.HostilePdfs.hugeImage(corpus);
    org.agendasearch.ingest.HostilePdfs.decompressionBomb(corpus, 256L << 20);
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    BuildSummary s = new IndexBuilder(new Ingestor(), 2).rebuild(corpus, layout, ReindexListener.NONE);
    assertThat(s.files()).hasSize(5);
    assertThat(s.files()).filteredOn(f -> f.file().equals("cabinet.pdf")).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo("ok"));
    assertThat(s.files()).filteredOn(f -> !f.file().equals("cabinet.pdf"))
        .allSatisfy(f -> assertThat(f.status().equals("ok") || f.reason() != null).isTrue());
    try (SearchService search = new SearchService(layout.root())) {
      assertThat(search.search(SearchRequest.of("Colwall")).total()).isPositive();
    }
  }

  @Test
  void a_rebuild_publishes_a_new_generation_that_a_running_search_service_picks_up() throws Exception {
    Path corpus = corpusWith("cabinet.pdf", "001_aa98a297444b1522.pdf");
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 1);
    builder.rebuild(corpus, layout, r -> { });
    Path first = layout.current().orElseThrow();
    // The service refreshes in the background; the test waits for that, not for a time.
    try (LiveIndex index = new LiveIndex(layout.root(), java.time.Duration.ofMillis(10));
        SearchService search = new SearchService(index)) {
      java.util.concurrent.Semaphore refreshed = new java.util.concurrent.Semaphore(0);
      index.onRefresh(refreshed::release);
      assertThat(search.search(SearchRequest.of("\"peer on peer abuse\"")).total()).isZero();
      Files.copy(TestFiles.repoRoot().resolve("corpus/004_879e1e000eb8b86d.pdf"), corpus.resolve("scrutiny.pdf"));
      builder.rebuild(corpus, layout, r -> { });
      assertThat(layout.current().orElseThrow()).isNotEqualTo(first);
      // The first search after the refresh answers from the new generation, with no refresh asked for.
      assertThat(refreshed.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS)).as("refreshed within 30 s").isTrue();
      assertThat(search.search(SearchRequest.of("\"peer on peer abuse\"")).total()).isPositive();
    }
  }

  @Test
  void a_rebuild_in_which_no_file_can_be_indexed_leaves_the_live_index_as_it_was() throws Exception {
    Path corpus = corpusWith("cabinet.pdf", "001_aa98a297444b1522.pdf");
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 1);
    builder.rebuild(corpus, layout, r -> { });
    Path live = layout.current().orElseThrow();
    Files.delete(corpus.resolve("cabinet.pdf"));
    Files.copy(TestFiles.faulty("empty.pdf"), corpus.resolve("empty.pdf"));
    assertThatThrownBy(() -> builder.rebuild(corpus, layout, r -> { }))
        .hasMessageContaining("live index is unchanged");
    assertThat(layout.current()).contains(live);
    assertThat(layout.generations()).containsExactly(live);
    try (SearchService search = new SearchService(layout.root())) {
      assertThat(search.search(SearchRequest.of("Colwall")).total()).isPositive();
    }
  }

  @Test
  void an_incremental_reindex_skips_unchanged_files_replaces_changed_ones_and_deletes_removed_ones() throws Exception {
    Path corpus = corpusWith("a.pdf", "001_aa98a297444b1522.pdf", "b.pdf", "002_c0727628f51b2c4a.pdf");
    Path repo = TestFiles.repoRoot().resolve("corpus");
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 2);
    BuildSummary first = builder.reindex(corpus, layout, false, ReindexListener.NONE, null);
    assertThat(first.full()).isTrue();
    Path generation = layout.current().orElseThrow();

    BuildSummary again = builder.reindex(corpus, layout, false, ReindexListener.NONE, null);
    assertThat(again.full()).isFalse();
    assertThat(again.files()).isEmpty();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(layout.current()).contains(generation);
    // Touched but not changed: the time differs, the digest decides, the file is not read again.
    Files.setLastModifiedTime(corpus.resolve("a.pdf"), java.nio.file.attribute.FileTime.fromMillis(0));
    BuildSummary touched = builder.reindex(corpus, layout, false, ReindexListener.NONE, null);
    assertThat(touched.files()).isEmpty();
    assertThat(touched.unchanged()).isEqualTo(2);

    try (SearchService search = new SearchService(layout.root())) {
      assertThat(search.search(SearchRequest.of("Colwall")).total()).isPositive();
      // a.pdf changes into another pack; b.pdf is removed; c.pdf is new.
      Files.copy(repo.resolve("004_879e1e000eb8b86d.pdf"), corpus.resolve("a.pdf"), StandardCopyOption.REPLACE_EXISTING);
      Files.delete(corpus.resolve("b.pdf"));
      Files.copy(repo.resolve("003_90456743b6105d36.pdf"), corpus.resolve("c.pdf"));
      BuildSummary update = builder.reindex(corpus, layout, false, ReindexListener.NONE, null);
      assertThat(update.full()).isFalse();
      assertThat(update.files()).extracting(FileResult::file).containsExactlyInAnyOrder("a.pdf", "c.pdf");
      assertThat(update.removed()).isEqualTo(1);
      assertThat(layout.current()).contains(generation);
      search.refresh();
      assertThat(search.search(SearchRequest.of("Colwall")).total()).isZero();
      assertThat(search.search(SearchRequest.of("\"peer on peer abuse\"")).total()).isPositive();
      assertThat(search.search(SearchRequest.of("\"action log\"")).hits())
          .noneSatisfy(h -> assertThat(h.source()).isEqualTo("b.pdf"));
      assertThat(search.search(SearchRequest.of("\"dental health\"")).hits())
          .anySatisfy(h -> assertThat(h.source()).isEqualTo("c.pdf"));
    }
  }

  @Test
  void a_file_whose_meeting_json_changed_is_read_again_and_takes_its_meeting_from_it() throws Exception {
    Path corpus = corpusWith("example/cabinet/2015-02-26_101/pack.pdf", "001_aa98a297444b1522.pdf");
    Path folder = corpus.resolve("example/cabinet/2015-02-26_101");
    org.agendasearch.ingest.corpus.PublishedMeeting published = new org.agendasearch.ingest.corpus.PublishedMeeting(
        "Example Council", "example", "moderngov", "web service", "101", "12", "Cabinet",
        java.time.LocalDate.of(2015, 2, 26), "14:00", "Shire Hall", null, null, List.of(), List.of(), List.of());
    published.writeTo(folder);
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 1);
    builder.reindex(corpus, layout, false, ReindexListener.NONE, null);
    // Written again with the same content: left alone, nothing to read.
    published.writeTo(folder);
    assertThat(builder.reindex(corpus, layout, false, ReindexListener.NONE, null).files()).isEmpty();
    new org.agendasearch.ingest.corpus.PublishedMeeting("Example Council", "example", "moderngov", "web service", "101",
        "12", "Cabinet", java.time.LocalDate.of(2015, 2, 26), "14:00", "Council Chamber, Brockington", null, null,
        List.of(), List.of(), List.of()).writeTo(folder);
    BuildSummary s = builder.reindex(corpus, layout, false, ReindexListener.NONE, null);
    assertThat(s.files()).extracting(FileResult::file).containsExactly("example/cabinet/2015-02-26_101/pack.pdf");
    try (org.agendasearch.search.LuceneBackend backend = new org.agendasearch.search.LuceneBackend(layout.root())) {
      assertThat(backend.meetings("example", null, null)).singleElement()
          .satisfies(m -> assertThat(m.venue()).isEqualTo("Council Chamber, Brockington"));
    }
  }

  @Test
  void a_changed_file_that_now_fails_keeps_its_old_records() throws Exception {
    Path corpus = corpusWith("a.pdf", "001_aa98a297444b1522.pdf");
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 1);
    builder.reindex(corpus, layout, false, ReindexListener.NONE, null);
    Files.copy(TestFiles.faulty("not-a-pdf.pdf"), corpus.resolve("a.pdf"),
        StandardCopyOption.REPLACE_EXISTING);
    BuildSummary s = builder.reindex(corpus, layout, false, ReindexListener.NONE, null);
    assertThat(s.failed()).isEqualTo(1);
    try (SearchService search = new SearchService(layout.root())) {
      assertThat(search.search(SearchRequest.of("Colwall")).total()).isPositive();
    }
  }

  @Test
  void an_index_of_another_schema_version_is_rebuilt_in_full() throws Exception {
    Path corpus = corpusWith("a.pdf", "001_aa98a297444b1522.pdf");
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 1);
    builder.reindex(corpus, layout, false, ReindexListener.NONE, null);
    Path old = layout.current().orElseThrow();
    try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(old);
        org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
            new org.apache.lucene.index.IndexWriterConfig())) {
      w.setLiveCommitData(java.util.Map.of(Schema.COMMIT_SCHEMA_VERSION, "0").entrySet());
      w.commit();
    }
    BuildSummary s = builder.reindex(corpus, layout, false, ReindexListener.NONE, null);
    assertThat(s.full()).isTrue();
    assertThat(s.files()).hasSize(1);
    assertThat(layout.current().orElseThrow()).isNotEqualTo(old);
  }

  @Test
  void the_per_file_report_goes_where_asked() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(TestFiles.faulty("empty.pdf"), corpus.resolve("empty.pdf"));
    Files.copy(TestFiles.repoRoot().resolve("corpus/003_90456743b6105d36.pdf"), corpus.resolve("plan.pdf"));
    Path report = tmp.resolve("out/report.jsonl");
    new IndexBuilder(new Ingestor(), 1).reindex(corpus, new IndexLayout(tmp.resolve("index")), true,
        ReindexListener.NONE, report);
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).hasSize(2);
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"file\":\"empty.pdf\"").contains("\"status\":\"failed\"")
        .contains("\"reason\":\"empty:"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"file\":\"plan.pdf\"").contains("\"status\":\"ok\"")
        .contains("\"pages\":24").contains("\"sha256\":\"").contains("\"milliseconds\":"));
  }

  @Test
  void a_corpus_file_deleted_while_the_reindex_runs_is_reported_and_the_rest_indexed() throws Exception {
    Path corpus = corpusWith("a.pdf", "001_aa98a297444b1522.pdf", "b.pdf", "002_c0727628f51b2c4a.pdf");
    ReindexListener deleteOne = new ReindexListener() {
      @Override
      public void planned(int toRead, int unchanged, int removed, boolean full) {
        try {
          Files.delete(corpus.resolve("b.pdf")); // gone between the listing and the reading
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }

      @Override
      public void fileDone(FileResult r) { }
    };
    BuildSummary s = new IndexBuilder(new Ingestor(), 1)
        .reindex(corpus, new IndexLayout(tmp.resolve("index")), true, deleteOne, null);
    assertThat(s.files()).filteredOn(f -> f.file().equals("b.pdf")).singleElement()
        .satisfies(f -> {
          assertThat(f.status()).isEqualTo("failed");
          assertThat(f.reason()).startsWith("unreadable:");
        });
    assertThat(s.files()).filteredOn(f -> f.file().equals("a.pdf")).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo("ok"));
  }

  @Test
  void a_corpus_file_changed_while_the_reindex_runs_is_indexed_as_it_is_when_read() throws Exception {
    Path corpus = corpusWith("a.pdf", "001_aa98a297444b1522.pdf");
    Path replacement = TestFiles.repoRoot().resolve("corpus/004_879e1e000eb8b86d.pdf");
    ReindexListener change = new ReindexListener() {
      @Override
      public void planned(int toRead, int unchanged, int removed, boolean full) {
        try {
          Files.copy(replacement, corpus.resolve("a.pdf"), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }

      @Override
      public void fileDone(FileResult r) { }
    };
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    BuildSummary s = new IndexBuilder(new Ingestor(), 1).reindex(corpus, layout, true, change, null);
    assertThat(s.files()).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo("ok");
      assertThat(f.sha256()).isEqualTo(Ingestor.sha256(replacement));
      assertThat(f.pages()).isEqualTo(142);
    });
    // The next incremental run sees the file as unchanged: the digest stored is the one read.
    assertThat(new IndexBuilder(new Ingestor(), 1).reindex(corpus, layout, false, ReindexListener.NONE, null).unchanged())
        .isEqualTo(1);
  }

  @Test
  void a_second_reindex_while_one_runs_is_refused() throws Exception {
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    try (IndexLayout.Lock held = layout.lock()) {
      assertThatThrownBy(layout::lock).isInstanceOf(IndexLayout.IndexBusyException.class)
          .hasMessageContaining("another reindex");
    }
    layout.lock().close();
  }

  @Test
  void document_ids_are_url_safe_and_stable() {
    assertThat(DocumentIds.of("2017/cabinet pack.pdf")).isEqualTo("2017--cabinet-pack");
    assertThat(DocumentIds.of("minutes.docx")).isEqualTo("minutes-docx");
    assertThat(DocumentIds.isValid("001_aa98a297444b1522")).isTrue();
    assertThat(DocumentIds.isValid("../etc/passwd")).isFalse();
    assertThat(DocumentIds.isValid("a/b")).isFalse();
  }
}
