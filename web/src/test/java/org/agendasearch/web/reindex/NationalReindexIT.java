package org.agendasearch.web.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.FacetCount;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.CouncilScope;
import org.agendasearch.search.index.FileResult;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.solr.LocalSolrCloud;
import org.agendasearch.solr.SharedBuild;
import org.agendasearch.solr.SolrAdmin;
import org.agendasearch.solr.SolrBackend;
import org.agendasearch.solr.SolrIndexer;
import org.agendasearch.solr.SolrSettings;
import org.agendasearch.web.cli.AgendaCommandTest;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national archive's reindexes on the local 2-node SolrCloud (2 shards x 2 replicas): runs scoped
 * to one council each, at the same time, into one collection, never deleting each other's records;
 * a new collection built by two workers at once, the alias switching when both shares are in; and a
 * worker killed (SIGKILL) half way through its share, which leaves the alias on the old collection
 * until its rerun completes the build.
 */
class NationalReindexIT {

  static LocalSolrCloud cloud;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    cloud = LocalSolrCloud.start(2);
  }

  @AfterAll
  static void stop() {
    if (cloud != null) {
      cloud.close();
    }
  }

  static final String A1 = "council-a/cabinet/a1.pdf";
  static final String A2 = "council-a/cabinet/a2.pdf";
  static final String A3 = "council-a/planning/a3.pdf";
  static final String B1 = "council-b/b1.pdf";
  static final String B2 = "council-b/b2.pdf";
  static final List<String> SOURCES = List.of(A1, A2, A3, B1, B2);

  /** Two councils, three and two sample packs (no councils.json: each is named after its folder). */
  private Path corpus() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Map<String, String> files = new LinkedHashMap<>();
    files.put(A1, "000_507079886cabe88a.pdf");
    files.put(A2, "001_aa98a297444b1522.pdf");
    files.put(A3, "002_c0727628f51b2c4a.pdf");
    files.put(B1, "003_90456743b6105d36.pdf");
    files.put(B2, "004_879e1e000eb8b86d.pdf");
    return TestFiles.corpusOfSamples(corpus, files);
  }

  @Test
  void scoped_runs_for_two_councils_at_once_update_one_collection_and_delete_only_their_own_files() throws Exception {
    Path corpus = corpus();
    SolrSettings settings = cloud.settings("nat_scoped", 2, 2);
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      admin.init();
    }
    SolrIndexer indexer = new SolrIndexer(settings, new Ingestor(), 2, tmp.resolve("reports"));
    BuildSummary first = indexer.reindex(corpus, true, ReindexListener.NONE, null);
    assertThat(first.files()).hasSize(5).allSatisfy(f -> assertThat(f.failed()).isFalse());
    String live;
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      live = admin.aliasTarget().orElseThrow();
    }
    Map<String, Long> before = recordsBySource(live);
    assertThat(before.keySet()).containsExactlyElementsOf(SOURCES);
    assertThat(before.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(first.records());

    // One file of each council goes; a scoped run for council a deletes a's only.
    Files.delete(corpus.resolve(A2));
    Files.delete(corpus.resolve(B2));
    BuildSummary a = indexer.inPlace().reindex(corpus, false, CouncilScope.of(List.of("council-a")),
        ReindexListener.NONE, null);
    assertThat(a.files()).isEmpty();
    assertThat(a.removed()).isEqualTo(1);
    assertThat(a.unchanged()).isEqualTo(2);
    Map<String, Long> afterA = recordsBySource(live);
    assertThat(afterA).doesNotContainKey(A2).containsEntry(A1, before.get(A1)).containsEntry(A3, before.get(A3))
        .containsEntry(B1, before.get(B1)).containsEntry(B2, before.get(B2)).hasSize(4);

    // Then each council changes a file, and both councils' runs go at the same time.
    Files.copy(TestFiles.sample("001_aa98a297444b1522.pdf"), corpus.resolve(A1), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(TestFiles.sample("000_507079886cabe88a.pdf"), corpus.resolve(B1), StandardCopyOption.REPLACE_EXISTING);
    List<BuildSummary> both = atOnce(
        () -> indexer.inPlace().reindex(corpus, false, CouncilScope.of(List.of("council-a")), ReindexListener.NONE,
            tmp.resolve("a.jsonl")),
        () -> indexer.inPlace().reindex(corpus, false, CouncilScope.of(List.of("council-b")), ReindexListener.NONE,
            tmp.resolve("b.jsonl")));
    assertThat(both.get(0).files()).extracting(FileResult::file).containsExactly(A1);
    assertThat(both.get(0).removed()).isZero();
    assertThat(both.get(1).files()).extracting(FileResult::file).containsExactly(B1);
    assertThat(both.get(1).removed()).isEqualTo(1);
    Map<String, Long> after = recordsBySource(live);
    // a1 now holds the pack a2 held, b1 the pack a1 held; the alias never moved.
    assertThat(after).containsExactlyInAnyOrderEntriesOf(Map.of(A1, before.get(A2), A3, before.get(A3),
        B1, before.get(A1)));
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      assertThat(admin.aliasTarget()).contains(live);
    }

    // A council whose folder is deleted is still known by its records, and reindexed to nothing.
    org.agendasearch.search.index.IndexLayout.deleteTree(corpus.resolve("council-b"));
    BuildSummary gone = indexer.inPlace().reindex(corpus, false, CouncilScope.of(List.of("council-b")),
        ReindexListener.NONE, null);
    assertThat(gone.removed()).isEqualTo(1);
    assertThat(recordsBySource(live)).containsExactlyInAnyOrderEntriesOf(Map.of(A1, before.get(A2), A3,
        before.get(A3)));
  }

  @Test
  void two_workers_at_once_build_one_collection_and_the_alias_switches_when_both_shares_are_in() throws Exception {
    Path corpus = corpus();
    SolrSettings settings = cloud.settings("nat_workers", 2, 2);
    String old;
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      old = admin.init();
    }
    SharedBuild shared = new SharedBuild(settings, new Ingestor(), 1, tmp.resolve("reports"));
    List<SharedBuild.Outcome> outcomes = atOnce(
        () -> shared.run(corpus, new SharedBuild.Share("b1", 1, 2), ReindexListener.NONE, null),
        () -> shared.run(corpus, new SharedBuild.Share("b1", 2, 2), ReindexListener.NONE, null));
    assertThat(outcomes.get(0).councils()).containsExactly("council-a");
    assertThat(outcomes.get(1).councils()).containsExactly("council-b");
    assertThat(outcomes.get(0).summary().files()).extracting(FileResult::file).containsExactly(A1, A2, A3);
    assertThat(outcomes.get(1).summary().files()).extracting(FileResult::file).containsExactly(B1, B2);
    // Whichever finished last saw both markers and switched the alias.
    assertThat(outcomes).anySatisfy(o -> assertThat(o.complete()).isTrue());
    String built = "nat_workers_b1";
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      assertThat(admin.aliasTarget()).contains(built);
      assertThat(admin.builtCollections()).containsExactlyInAnyOrder(built, old);
    }
    int aRecords = outcomes.get(0).summary().records();
    int bRecords = outcomes.get(1).summary().records();
    assertThat(aRecords).isPositive();
    assertThat(bRecords).isPositive();
    assertThat(count(built, "council_slug:\"council-a\"")).isEqualTo(aRecords);
    assertThat(count(built, "council_slug:\"council-b\"")).isEqualTo(bRecords);
    assertThat(count(built, "*:*")).isEqualTo(aRecords + bRecords);
    assertThat(count(built, "type:" + SharedBuild.MARKER_TYPE)).isZero();
    try (SolrBackend search = new SolrBackend(settings)) {
      assertThat(search.recordCount()).isEqualTo(aRecords + bRecords);
      assertThat(search.search(SearchRequest.of("council")).facets().get("council")).extracting(FacetCount::value)
          .containsExactlyInAnyOrder("Council A", "Council B");
    }
  }

  @Test
  void a_worker_killed_half_way_leaves_the_alias_on_the_old_collection_and_its_rerun_completes_the_build()
      throws Exception {
    Path corpus = corpus();
    SolrSettings settings = cloud.settings("nat_killed", 2, 2);
    String urls = String.join(",", cloud.urls());
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      admin.init();
    }
    BuildSummary full = new SolrIndexer(settings, new Ingestor(), 2, tmp.resolve("reports"))
        .reindex(corpus, true, ReindexListener.NONE, null);
    String old;
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      old = admin.aliasTarget().orElseThrow();
    }
    assertThat(count(old, "*:*")).isEqualTo(full.records()).isPositive();

    List<String> worker = List.of("reindex", "--backend", "solr", "--solr-url", urls, "--solr-collection",
        "nat_killed", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(), "--threads", "1",
        "--build", "b2", "--workers", "2", "--worker");
    AgendaCommandTest.Run second = AgendaCommandTest.run(with(worker, "2"));
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains("Councils of this share: council-b")
        .contains("Build b2: share 2 done; waiting for worker 1");
    AgendaCommandTest.Run early = AgendaCommandTest.run("solr", "switch", "--solr-url", urls, "--solr-collection",
        "nat_killed", "--build", "b2", "--workers", "2");
    assertThat(early.exit()).isEqualTo(1);
    assertThat(early.err()).contains("build b2 is not complete: no share from worker 1 yet");

    // Worker 1 stops once its first file's records are sent, says so, and is killed there.
    Process p = org.agendasearch.web.bench.ChildJvm.startReadable(List.of("-Xmx512m", "-Dagenda.test.stopAt=indexing"),
        with(worker, "1"));
    try {
      new ChildOutput(p).await(Pattern.compile("^stopped at indexing$"), Duration.ofSeconds(300));
    } finally {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      assertThat(admin.aliasTarget()).contains(old);
    }
    try (SolrBackend search = new SolrBackend(settings)) {
      assertThat(search.recordCount()).isEqualTo(full.records());
    }

    AgendaCommandTest.Run rerun = AgendaCommandTest.run(with(worker, "1"));
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    assertThat(rerun.out()).contains("Councils of this share: council-a").contains("3 files read (3 ok")
        .contains("Build b2 complete: alias nat_killed -> nat_killed_b2");
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      assertThat(admin.aliasTarget()).contains("nat_killed_b2");
      assertThat(admin.builtCollections()).contains(old); // the way back is kept
    }
    // Nothing twice, nothing missing: the killed run's records were replaced, not added to.
    assertThat(count("nat_killed_b2", "*:*")).isEqualTo(full.records());
    assertThat(recordsBySource("nat_killed_b2")).isEqualTo(recordsBySource(old));
  }

  private static String[] with(List<String> args, String last) {
    List<String> all = new ArrayList<>(args);
    all.add(last);
    return all.toArray(String[]::new);
  }

  /** Runs both at the same moment (released together by a latch) and returns their results in order. */
  @SafeVarargs
  private static <T> List<T> atOnce(Callable<T>... tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(() -> {
          go.await();
          return task.call();
        }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(10, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, Long> recordsBySource(String collection) throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String source : SOURCES) {
      long n = count(collection, "source:\"" + source + "\"");
      if (n > 0) {
        counts.put(source, n);
      }
    }
    return counts;
  }

  /** Records of a collection (by name, not through the alias a client caches) matching a query, after a commit. */
  private static long count(String collection, String query) throws Exception {
    try (CloudSolrClient client = new CloudSolrClient.Builder(cloud.urls())
        .withHttpClientBuilder(new HttpJdkSolrClient.Builder().useHttp1_1(true)).build()) {
      SolrQuery q = new SolrQuery(query);
      q.setRows(0);
      return client.query(collection, q).getResults().getNumFound();
    }
  }
}
