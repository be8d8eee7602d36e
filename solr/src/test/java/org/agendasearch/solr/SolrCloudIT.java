package org.agendasearch.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.FacetCount;
import org.agendasearch.search.LuceneBackend;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.index.ReindexListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real SolrCloud of 2 nodes started here (2 shards, 2 replicas each): the sample corpus indexed
 * through an alias, the same answers as the embedded index, a node killed while searches go on,
 * and a second reindex switching the alias.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudIT {

  private static LocalSolrCloud cloud;
  private static SolrSettings settings;
  private static SolrBackend solr;
  private static LuceneBackend lucene;
  private static BuildSummary first;
  @TempDir
  static Path tmp;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalSolrCloud.start(2);
    settings = cloud.settings("agenda_it", 2, 2);
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      admin.init();
    }
    first = new SolrIndexer(settings, new Ingestor(), 2, tmp.resolve("reports"))
        .reindex(corpus(), true, ReindexListener.NONE, null);
    solr = new SolrBackend(settings);
    new IndexBuilder(new Ingestor(), 2).rebuild(corpus(), new IndexLayout(tmp.resolve("lucene")), r -> { });
    lucene = new LuceneBackend(tmp.resolve("lucene"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (solr != null) {
      solr.close();
    }
    if (lucene != null) {
      lucene.close();
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  static Path corpus() {
    return TestFiles.repoRoot().resolve("corpus");
  }

  @Test
  @Order(1)
  void theReindexReportsEveryFileAndTheAliasPointsAtTheNewCollection() throws Exception {
    assertThat(first.files()).hasSize(5).allSatisfy(f -> assertThat(f.failed()).isFalse());
    assertThat(Files.readAllLines(first.report())).hasSize(5);
    assertThat(solr.recordCount()).isEqualTo(first.records()).isEqualTo(lucene.recordCount());
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      assertThat(first.target()).endsWith(admin.aliasTarget().orElseThrow());
      // init's empty collection was the one before; it is kept as the way back.
      assertThat(admin.builtCollections()).hasSize(2);
    }
  }

  static final List<SearchRequest> CONTRACT = List.of(
      SearchRequest.of("council"),
      SearchRequest.of("school transport"),
      SearchRequest.of("\"climate emergency\""),
      SearchRequest.of("\"cost of living\""),
      SearchRequest.of("budget OR finance"),
      SearchRequest.of("highways -bridge"),
      SearchRequest.of("recommend*"),
      SearchRequest.of("type:resolution council"),
      SearchRequest.of("title:budget"),
      SearchRequest.of("committee:scrutiny"),
      SearchRequest.of(""),
      new SearchRequest("council", List.of("Cabinet"), List.of(), List.of(), null, null, SearchRequest.Sort.RELEVANCE, 1, 10),
      new SearchRequest("report", List.of(), List.of(2019, 2022), List.of("report", "resolution"), null, null,
          SearchRequest.Sort.RELEVANCE, 1, 10),
      new SearchRequest("minutes", List.of(), List.of(), List.of(), LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31),
          SearchRequest.Sort.NEWEST, 1, 10),
      new SearchRequest("council", List.of(), List.of(), List.of(), null, null, SearchRequest.Sort.RELEVANCE, 2, 10),
      SearchRequest.of("").withPeople(List.of("JA Hyde", "Carole Gandy")),
      SearchRequest.of("scrutny commitee"),
      SearchRequest.of("zzyzx council"));

  @Test
  @Order(2)
  void answersAsTheEmbeddedIndexDoes() {
    for (SearchRequest r : CONTRACT) {
      SearchResults l = lucene.search(r);
      SearchResults s = solr.search(r);
      String what = "query \"" + r.query() + "\" " + r;
      assertThat(s.total()).as(what).isEqualTo(l.total());
      assertThat(s.facets()).as(what).isEqualTo(l.facets());
      assertThat(s.relaxed()).as(what).isEqualTo(l.relaxed());
      assertThat(s.suggestion()).as(what).isEqualTo(l.suggestion());
      assertThat(ranked(s)).as(what).isEqualTo(ranked(l));
    }
  }

  @Test
  @Order(2)
  void aPersonFilterKeepsTheRecordsNamingThem() {
    SearchResults s = solr.search(SearchRequest.of("").withPeople(List.of("JA Hyde")));
    assertThat(s.total()).isPositive().isEqualTo(lucene.search(SearchRequest.of("").withPeople(List.of("JA Hyde"))).total());
    assertThat(s.facets().get("type")).extracting(FacetCount::value).contains("person");
  }

  @Test
  @Order(3)
  void snippetsAreTheSame() {
    SearchResults l = lucene.search(SearchRequest.of("school transport"));
    SearchResults s = solr.search(SearchRequest.of("school transport"));
    assertThat(s.hits().get(0).snippet().marks()).isNotEmpty();
    assertThat(s.hits().get(0).snippet()).isEqualTo(l.hits().get(0).snippet());
  }

  @Test
  @Order(4)
  void meetingsAndCommitteesAreTheSame() {
    assertThat(solr.meetings(null, null)).isEqualTo(lucene.meetings(null, null));
    assertThat(solr.committees()).isEqualTo(lucene.committees());
    String id = lucene.meetings(null, null).get(0).id();
    assertThat(solr.meeting(id)).isEqualTo(lucene.meeting(id));
    assertThat(solr.source(id)).isEqualTo(lucene.source(id)).isPresent();
    assertThat(solr.meeting("no-such-meeting")).isEmpty();
  }

  @Test
  @Order(5)
  void searchesGoOnWithANodeDown() {
    SearchResults before = solr.search(SearchRequest.of("council"));
    cloud.stopNode(1);
    try {
      for (int i = 0; i < 20; i++) {
        SearchResults r = solr.search(SearchRequest.of("council"));
        assertThat(r.total()).isEqualTo(before.total());
        assertThat(r.facets()).isEqualTo(before.facets());
      }
      assertThat(solr.meetings(null, null)).hasSameSizeAs(lucene.meetings(null, null));
    } finally {
      cloud.startNode(1);
    }
  }

  @Test
  @Order(6)
  void aSecondReindexSwitchesTheAliasAndKeepsOnlyThePreviousCollection() throws Exception {
    String before;
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      before = admin.aliasTarget().orElseThrow();
    }
    long beforeSecond = System.currentTimeMillis();
    // Four files at once, two shards each: with SolrJ's own pool of 4 threads this hung (see SolrClients).
    BuildSummary second = new SolrIndexer(settings, new Ingestor(), 4, tmp.resolve("reports"))
        .reindex(corpus(), true, ReindexListener.NONE, null);
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      String after = admin.aliasTarget().orElseThrow();
      assertThat(after).isNotEqualTo(before);
      assertThat(second.target()).endsWith(after);
      assertThat(admin.builtCollections()).containsExactly(before, after);
    }
    assertThat(solr.search(SearchRequest.of("council")).total()).isEqualTo(lucene.search(SearchRequest.of("council")).total());
    // The new collection keeps when each record was first indexed: none is new since this rebuild began.
    assertThat(solr.search(SearchRequest.of("council").indexedAfter(beforeSecond, 10)).total()).isZero();
    assertThat(solr.search(SearchRequest.of("council").indexedAfter(0, 10)).total())
        .isEqualTo(solr.search(SearchRequest.of("council")).total());
    // The newest stamp a search can see (what an alert moves to) is the first build's, not the rebuild's.
    assertThat(solr.newestFirstIndexed().orElseThrow()).isPositive().isLessThan(beforeSecond);
  }

  @Test
  @Order(7)
  void aRebuildFromAnEmptyCorpusLeavesTheAliasAlone() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    String before;
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      before = admin.aliasTarget().orElseThrow();
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SolrIndexer(settings, new Ingestor(), 1, tmp)
        .reindex(empty, true, ReindexListener.NONE, null)).hasMessageContaining("no files to index");
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      assertThat(admin.aliasTarget()).contains(before);
      assertThat(admin.builtCollections()).hasSize(2);
    }
    assertThat(solr.recordCount()).isEqualTo(lucene.recordCount());
  }

  @Test
  @Order(8)
  void an_incremental_reindex_skips_unchanged_files_replaces_changed_ones_and_deletes_removed_ones() throws Exception {
    Path copy = Files.createDirectories(tmp.resolve("changing"));
    try (var files = Files.list(corpus())) {
      // The same corpus: its packs and the councils.json that names their council.
      for (Path f : files.filter(f -> f.toString().endsWith(".pdf") || f.endsWith("councils.json")).toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    String live;
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      live = admin.aliasTarget().orElseThrow();
    }
    SolrIndexer indexer = new SolrIndexer(settings, new Ingestor(), 2, tmp.resolve("reports")).inPlace();
    // Copied: new times, same digests; nothing to read.
    BuildSummary same = indexer.reindex(copy, false, ReindexListener.NONE, null);
    assertThat(same.full()).isFalse();
    assertThat(same.files()).isEmpty();
    assertThat(same.unchanged()).isEqualTo(5);

    List<Path> pdfs;
    try (var files = Files.list(copy)) {
      pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
    Files.delete(pdfs.get(1));
    Files.copy(pdfs.get(4), pdfs.get(0), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    long beforeChange = System.currentTimeMillis();
    BuildSummary changed = indexer.reindex(copy, false, ReindexListener.NONE, null);
    assertThat(changed.full()).isFalse();
    assertThat(changed.files()).hasSize(1);
    assertThat(changed.removed()).isEqualTo(1);
    assertThat(changed.unchanged()).isEqualTo(3);
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      assertThat(admin.aliasTarget()).contains(live); // in place: no new collection
    }
    // Only the changed file can have new records (ids it did not have before); the unchanged files'
    // records keep their first stamp.
    assertThat(solr.search(SearchRequest.of("council").indexedAfter(beforeChange, 50)).hits())
        .allSatisfy(h -> assertThat(h.source()).isEqualTo(pdfs.get(0).getFileName().toString()));
    new IndexBuilder(new Ingestor(), 2).rebuild(copy, new IndexLayout(tmp.resolve("lucene-changed")), r -> { });
    try (LuceneBackend expected = new LuceneBackend(tmp.resolve("lucene-changed"))) {
      assertThat(solr.recordCount()).isEqualTo(expected.recordCount());
      for (SearchRequest r : CONTRACT.subList(0, 8)) {
        SearchResults s = solr.search(r);
        SearchResults l = expected.search(r);
        assertThat(s.total()).as(r.query()).isEqualTo(l.total());
        assertThat(s.facets()).as(r.query()).isEqualTo(l.facets());
      }
    }
  }

  /**
   * The hits as (score to 4 places, id) in rank order, leaving out the lowest score on the page:
   * records tied there may be cut at different places by engines that break ties differently.
   */
  static List<String> ranked(SearchResults r) {
    List<SearchHit> hits = r.hits();
    if (hits.isEmpty()) {
      return List.of();
    }
    float lowest = hits.get(hits.size() - 1).score();
    return hits.stream().filter(h -> h.score() > lowest || r.total() <= hits.size())
        .map(h -> String.format(java.util.Locale.ROOT, "%.4f %s %s", h.score(), h.id(), h.morePages()))
        .sorted((a, b) -> b.compareTo(a)).toList();
  }

  static Map<String, List<FacetCount>> facets(SearchResults r) {
    return r.facets();
  }
}
