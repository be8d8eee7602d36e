package org.agendasearch.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.agendasearch.search.index.ReindexPlan;
import org.agendasearch.search.schema.Schema;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.CorpusReader;
import org.agendasearch.search.index.CouncilScope;
import org.agendasearch.ingest.corpus.Councils;
import org.agendasearch.search.index.FileResult;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.search.index.Reindexer;
import org.agendasearch.search.schema.IndexRecord;

/**
 * Reindexes on SolrCloud, reading files in parallel as for the embedded index and sending their
 * records in batches with retries. A reindex builds a new collection; once complete and committed,
 * the alias switches to it in one step, so searches go on against the old collection until then
 * and never see a half index. On request ({@link #inPlace()}) it updates the live collection
 * incrementally instead (one commit at the end makes every change visible together; an
 * interrupted run leaves updates that show at the next commit, and the next run redoes them). The collection before is kept for a quick way back (and for clients
 * whose cached alias still points at it for a few seconds); older ones are deleted. A rebuild that
 * indexes nothing, or fails, deletes its new collection and leaves the alias alone. A reindex of
 * some councils ({@link CouncilScope}) always works in place and touches their records only, so
 * that runs for different councils can go at once; a new collection built by several workers is
 * {@link SharedBuild}'s.
 */
public final class SolrIndexer implements Reindexer {

  /** Documents per update request. */
  static final int BATCH = 500;
  /** Attempts per batch before the file is reported as failed. */
  static final int ATTEMPTS = 4;

  private final SolrSettings settings;
  private final Ingestor ingestor;
  private final int threads;
  private final Path reportDir;
  private final boolean inPlace;

  /**
   * A reindexer that rebuilds into a new collection and switches the alias (atomic swaps).
   *
   * @param reportDir where per-file reports go when the caller names no file
   */
  public SolrIndexer(SolrSettings settings, Ingestor ingestor, int threads, Path reportDir) {
    this(settings, ingestor, threads, reportDir, false);
  }

  private SolrIndexer(SolrSettings settings, Ingestor ingestor, int threads, Path reportDir, boolean inPlace) {
    this.settings = settings;
    this.ingestor = ingestor;
    this.threads = threads;
    this.reportDir = reportDir;
    this.inPlace = inPlace;
  }

  /**
   * This reindexer, updating the live collection in place when it can ({@code agenda reindex
   * --incremental}): unchanged files are skipped, changed ones replaced, removed ones deleted, all
   * made visible by one commit at the end.
   */
  public SolrIndexer inPlace() {
    return new SolrIndexer(settings, ingestor, threads, reportDir, true);
  }

  /**
   * A rebuild into a new collection and an alias switch; or, for an {@link #inPlace()} reindexer
   * not asked for a {@code full} one, an incremental update of the live collection, unless there
   * is none yet, the live one was made with another schema version's configset, or the settings
   * ask for another layout of shards and replicas.
   */
  @Override
  public BuildSummary reindex(Path corpus, boolean full, ReindexListener listener, Path report) throws IOException {
    long start = System.nanoTime();
    List<Path> files = CorpusReader.corpusFiles(corpus);
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      admin.uploadConfigset();
      Optional<String> live = admin.aliasTarget();
      if (inPlace && !full && live.isPresent() && canUpdate(admin.info(live.get()))) {
        return incremental(admin.client(), live.get(), corpus, files, CouncilScope.ALL, false, listener, report, start);
      }
      return rebuild(admin, live, corpus, files, listener, report, start);
    }
  }

  /**
   * A scoped reindex ({@code agenda reindex --council SLUG}) always updates the live collection in
   * place, touching the records of the councils in scope only, so that runs for different councils
   * can go at the same time, from different machines; {@code full} reads every file in scope again.
   * It refuses when there is no live collection, or one that cannot be updated (another schema
   * version's configset, another layout asked for): those need every council read.
   */
  @Override
  public BuildSummary reindex(Path corpus, boolean full, CouncilScope scope, ReindexListener listener, Path report)
      throws IOException {
    if (scope.all()) {
      return reindex(corpus, full, listener, report);
    }
    long start = System.nanoTime();
    List<Path> files = CorpusReader.corpusFiles(corpus);
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      Optional<String> live = admin.aliasTarget();
      // A council whose folder is gone is still known while the collection holds its records.
      scope.check(corpus, Councils.load(corpus), files, slug -> live.isPresent()
          && holds(admin.client(), live.get(), CouncilScope.of(List.of(slug))));
      if (live.isEmpty()) {
        throw new IOException("the alias " + settings.alias() + " points at no collection yet: run agenda solr init "
            + "(or a reindex of every council) before reindexing one council");
      }
      SolrAdmin.CollectionInfo info = admin.info(live.get());
      if (!canUpdate(info)) {
        throw new IOException("the live collection " + live.get() + " (" + info.configName() + ", " + info.shards()
            + " shards x " + info.replicas() + " replicas) cannot be updated in place to " + SolrAdmin.configName()
            + " and the layout asked for: reindex every council (without --council) into a new collection");
      }
      return incremental(admin.client(), live.get(), corpus, files, scope, full, listener, report, start);
    }
  }

  /** Whether the collection holds any record of the councils in scope (false when it cannot say). */
  private static boolean holds(CloudSolrClient client, String collection, CouncilScope scope) {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(councilFilter(scope));
    q.setRows(0);
    try {
      return client.query(collection, q).getResults().getNumFound() > 0;
    } catch (SolrServerException | IOException | RuntimeException e) {
      return false;
    }
  }

  /** The live collection has this schema version's configset and the layout the settings ask for. */
  private boolean canUpdate(SolrAdmin.CollectionInfo live) {
    return live.configName().equals(SolrAdmin.configName())
        && (settings.shards() == 0 || settings.shards() == live.shards())
        && (settings.replicas() == 0 || settings.replicas() == live.replicas());
  }

  private BuildSummary incremental(CloudSolrClient client, String collection, Path corpus, List<Path> all,
      CouncilScope scope, boolean full, ReindexListener listener, Path report, long start) throws IOException {
    Map<String, String> known = new HashMap<>();
    Map<String, String> stamps = new HashMap<>();
    Councils councils = Councils.load(corpus);
    indexedFiles(client, collection, scope, known, stamps);
    // The query narrowed by council slug; the path decides, as for the files on disk.
    known = scope.bySource(councils, known);
    List<Path> files = scope.files(corpus, councils, all);
    ReindexPlan plan = full ? ReindexPlan.everything(corpus, files, known) : ReindexPlan.of(corpus, files, known, stamps);
    listener.planned(plan.toRead().size(), plan.unchanged(), plan.removed().size(), false);
    listener.plannedFiles(plan.toRead());
    String target = "solr:" + settings.alias() + " -> " + collection;
    if (plan.nothingToDo()) {
      Path reportFile = CorpusReader.writeReport(reportPath(report, collection), List.of());
      return new BuildSummary(List.of(), plan.unchanged(), 0, 0, Duration.ofNanos(System.nanoTime() - start), target,
          reportFile, false);
    }
    for (String gone : plan.removed()) {
      deleteSource(client, collection, gone);
    }
    long now = System.currentTimeMillis();
    List<FileResult> results = new CorpusReader(ingestor, threads).readAll(corpus, plan.toRead(), (source, records) -> {
      Map<String, Long> first = firstIndexed(client, Optional.of(collection), records);
      deleteSource(client, collection, source); // only once the file has parsed: a file that now fails keeps its records
      send(client, collection, records, first, now);
    }, listener);
    commit(client, collection);
    Path reportFile = CorpusReader.writeReport(reportPath(report, collection), results);
    return new BuildSummary(results, plan.unchanged(), plan.removed().size(),
        results.stream().mapToInt(FileResult::records).sum(), Duration.ofNanos(System.nanoTime() - start), target,
        reportFile, false);
  }

  /**
   * The indexed files (one head record each) of the councils in scope: digest and stamp by
   * corpus-relative path.
   */
  private static void indexedFiles(CloudSolrClient client, String collection, CouncilScope scope,
      Map<String, String> known, Map<String, String> stamps) throws IOException {
    try {
      SolrQuery count = new SolrQuery("*:*");
      count.addFilterQuery(Schema.FILE_HEAD + ":1");
      count.setRows(0);
      String councilFilter = councilFilter(scope);
      if (councilFilter != null) {
        count.addFilterQuery(councilFilter);
      }
      long n = client.query(collection, count).getResults().getNumFound();
      if (n == 0) {
        return;
      }
      SolrQuery q = new SolrQuery("*:*");
      q.addFilterQuery(Schema.FILE_HEAD + ":1");
      if (councilFilter != null) {
        q.addFilterQuery(councilFilter);
      }
      q.setRows((int) Math.min(Integer.MAX_VALUE - 8, n));
      q.set("fl", Schema.SOURCE + "," + Schema.SHA256 + "," + Schema.FILE_STAMP);
      for (SolrDocument d : client.query(collection, q).getResults()) {
        String source = (String) d.getFieldValue(Schema.SOURCE);
        known.put(source, (String) d.getFieldValue(Schema.SHA256));
        Object stamp = d.getFieldValue(Schema.FILE_STAMP);
        if (stamp != null) {
          stamps.put(source, stamp.toString());
        }
      }
    } catch (SolrServerException e) {
      throw new IOException("listing the indexed files of " + collection + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * A filter query for the records of the councils in scope ({@code ""}: records of no council), or
   * null for every council.
   */
  static String councilFilter(CouncilScope scope) {
    if (scope.all()) {
      return null;
    }
    List<String> clauses = new ArrayList<>();
    List<String> named = scope.slugs().stream().filter(s -> !s.isEmpty()).map(s -> "\"" + s + "\"").toList();
    if (!named.isEmpty()) {
      // Slugs are [a-z0-9-]: quoted, each is one term of the string field.
      clauses.add(Schema.COUNCIL_SLUG + ":(" + String.join(" OR ", named) + ")");
    }
    if (scope.slugs().contains("")) {
      clauses.add("(*:* -" + Schema.COUNCIL_SLUG + ":[* TO *])");
    }
    return String.join(" OR ", clauses);
  }

  static void deleteSource(CloudSolrClient client, String collection, String source) throws IOException {
    UpdateRequest delete = new UpdateRequest();
    delete.deleteByQuery("{!term f=" + Schema.SOURCE + "}" + source);
    retry(() -> delete.process(client, collection), "deleting the records of " + source);
  }

  private Path reportPath(Path asked, String collection) {
    return asked != null ? asked : reportDir.resolve(collection + "-" + System.currentTimeMillis() + ".jsonl");
  }

  /** Every file into a new collection; the alias switches to it once it is complete and committed. */
  private BuildSummary rebuild(SolrAdmin admin, Optional<String> previous, Path corpus, List<Path> files,
      ReindexListener listener, Path report, long start) throws IOException {
    listener.planned(files.size(), 0, 0, true);
    listener.plannedFiles(files);
    String collection = admin.newCollectionName();
    admin.createCollection(collection);
    boolean switched = false;
    try {
      CloudSolrClient client = admin.client();
      long now = System.currentTimeMillis();
      List<FileResult> results = new CorpusReader(ingestor, threads).readAll(corpus, files,
          (source, records) -> send(client, collection, records, firstIndexed(client, previous, records), now), listener);
      int records = results.stream().mapToInt(FileResult::records).sum();
      if (records == 0) {
        throw new IOException(files.isEmpty()
            ? "the corpus " + corpus + " has no files to index; the live collection is unchanged"
            : "not one of the " + files.size() + " files could be indexed (first reason: "
                + results.get(0).reason() + "); the live collection is unchanged");
      }
      commit(client, collection);
      admin.pointAlias(collection);
      switched = true;
      for (String old : admin.builtCollections()) {
        if (!old.equals(collection) && !previous.map(old::equals).orElse(false)) {
          admin.deleteCollection(old);
        }
      }
      Path reportFile = CorpusReader.writeReport(reportPath(report, collection), results);
      return new BuildSummary(results, 0, 0, records, Duration.ofNanos(System.nanoTime() - start),
          "solr:" + settings.alias() + " -> " + collection, reportFile, true);
    } finally {
      if (!switched) {
        try {
          admin.deleteCollection(collection);
        } catch (IOException e) {
          // the rebuild has already failed; its half collection is only clutter
        }
      }
    }
  }

  /**
   * The {@link Schema#FIRST_INDEXED} stamps that the live collection gives these records' ids (as
   * the embedded index's {@code FirstIndexed}): a record re-indexed keeps its first stamp.
   */
  static Map<String, Long> firstIndexed(CloudSolrClient client, Optional<String> live,
      List<IndexRecord> records) throws IOException {
    Map<String, Long> first = new HashMap<>();
    if (live.isEmpty() || records.isEmpty()) {
      return first;
    }
    for (int from = 0; from < records.size(); from += BATCH) {
      List<String> ids = records.subList(from, Math.min(records.size(), from + BATCH)).stream()
          .map(IndexRecord::id).toList();
      // A real-time get sent as a POST: 500 ids in a GET's address are past what Jetty takes (414).
      org.apache.solr.common.params.ModifiableSolrParams byId = new org.apache.solr.common.params.ModifiableSolrParams();
      byId.set("fl", Schema.ID + "," + Schema.FIRST_INDEXED);
      byId.set("ids", ids.toArray(String[]::new));
      org.apache.solr.client.solrj.request.QueryRequest get = new org.apache.solr.client.solrj.request.QueryRequest(
          byId, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
      get.setPath("/get");
      retry(() -> {
        for (org.apache.solr.common.SolrDocument d : get.process(client, live.get()).getResults()) {
          Object stamp = d.getFieldValue(Schema.FIRST_INDEXED);
          if (stamp instanceof Number n) {
            first.put((String) d.getFieldValue(Schema.ID), n.longValue());
          }
        }
      }, "reading when " + ids.size() + " records were first indexed");
    }
    return first;
  }

  /**
   * A file's records in batches, each retried with a growing pause before the file fails; each
   * stamped with its first-indexed time from {@code first}, else {@code now}.
   */
  static void send(CloudSolrClient client, String collection, List<IndexRecord> records,
      Map<String, Long> first, long now) throws IOException {
    for (int from = 0; from < records.size(); from += BATCH) {
      List<SolrInputDocument> docs = new ArrayList<>(BATCH);
      for (IndexRecord r : records.subList(from, Math.min(records.size(), from + BATCH))) {
        docs.add(SolrDocuments.of(r, first.getOrDefault(r.id(), now)));
      }
      UpdateRequest update = new UpdateRequest();
      update.add(docs);
      retry(() -> update.process(client, collection), "sending " + docs.size() + " records");
    }
  }

  static void commit(CloudSolrClient client, String collection) throws IOException {
    retry(() -> client.commit(collection, true, true), "committing " + collection);
  }

  @FunctionalInterface
  interface SolrCall {
    void run() throws SolrServerException, IOException;
  }

  static void retry(SolrCall call, String what) throws IOException {
    Exception last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        call.run();
        return;
      } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
        last = e;
        if (e instanceof org.apache.solr.common.SolrException se && se.code() == 400) {
          break; // a bad document is not worth retrying
        }
        try {
          Thread.sleep(250L << attempt);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while " + what, ie);
        }
      }
    }
    throw new IOException(what + " failed after retries: " + last.getMessage(), last);
  }
}
