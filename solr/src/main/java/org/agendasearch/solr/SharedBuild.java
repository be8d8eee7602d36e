package org.agendasearch.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.corpus.Councils;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.CorpusReader;
import org.agendasearch.search.index.CouncilScope;
import org.agendasearch.search.index.FileResult;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.search.index.StopPoints;
import org.agendasearch.search.schema.Schema;

/**
 * A full rebuild of the SolrCloud collection by several workers, each reading a share of the
 * councils, on as many machines as there are workers; the alias switches to the new collection only
 * when every share is in it:
 *
 * <pre>{@code
 * machine 1: agenda reindex --backend solr --build 2026_11 --workers 3 --worker 1
 * machine 2: agenda reindex --backend solr --build 2026_11 --workers 3 --worker 2
 * machine 3: agenda reindex --backend solr --build 2026_11 --workers 3 --worker 3
 * }</pre>
 *
 * <ul>
 *   <li><b>One collection, agreed by name.</b> Every worker of build {@code B} writes into the
 *       collection {@code <alias>_B}; whichever comes first creates it (the others find it).
 *   <li><b>Shares by a stable rule.</b> The councils of the corpus (its {@code <slug>/} folders,
 *       and the default council's files) are sorted by slug and dealt round: worker I of N takes
 *       the I-th, (I+N)-th, ... ({@link CouncilScope#share}). Every worker must see the same corpus.
 *   <li><b>A marker per share.</b> A worker whose share is committed adds a marker document
 *       ({@code type} {@value #MARKER_TYPE}, id {@code _build_worker_I_of_N}, its {@code sha256} the
 *       digest of the list of councils it saw) to the new collection, and commits it.
 *   <li><b>The last one switches.</b> After its marker, a worker reads every marker (real-time get,
 *       so uncommitted ones count too); when all N are there and agree on the councils, it deletes
 *       the markers (so that searches never see them), commits, and points the alias at the new
 *       collection. Else it says whom it waits for and the alias stays on the old collection.
 *       {@code agenda solr switch --build B --workers N} does the same check and switch by hand.
 *   <li><b>A rerun redoes a share.</b> A worker first deletes its marker and every record of its
 *       councils in the new collection, then reads them again: a worker killed half way, or one
 *       that failed, is simply run again, and the build completes.
 * </ul>
 */
public final class SharedBuild {

  /** The {@link Schema#TYPE} of a worker's completion marker: never in a collection an alias points at. */
  public static final String MARKER_TYPE = "build_marker";

  private final SolrSettings settings;
  private final Ingestor ingestor;
  private final int threads;
  private final Path reportDir;

  /**
   * @param reportDir where per-file reports go when the caller names no file
   */
  public SharedBuild(SolrSettings settings, Ingestor ingestor, int threads, Path reportDir) {
    this.settings = settings;
    this.ingestor = ingestor;
    this.threads = Math.max(1, threads);
    this.reportDir = reportDir;
  }

  /**
   * One worker's part of build {@code build}: worker {@code worker} (1 to {@code workers}).
   *
   * @param build the build's name, letters, digits and _ ("2026_11"), agreed by every worker
   */
  public record Share(String build, int worker, int workers) {
    public Share {
      if (build == null || !build.matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
        throw new IllegalArgumentException("a build's name starts with a letter and has letters, digits and _ only "
            + "(at most 40), not \"" + String.valueOf(build).replaceAll("\\p{Cntrl}", "?") + "\"");
      }
      if (workers < 1 || worker < 1 || worker > workers) {
        throw new IllegalArgumentException("--worker is 1 to --workers (" + workers + "), not " + worker);
      }
    }
  }

  /**
   * What a worker did.
   *
   * @param councils the councils of its share (slugs; "" for files of no council)
   * @param waitingFor the workers whose share is not complete yet (empty once the alias points at
   *     the build, switched by this worker or another)
   */
  public record Outcome(BuildSummary summary, String collection, List<String> councils, List<Integer> waitingFor) {

    /** Every share is in and the alias points at the build's collection. */
    public boolean complete() {
      return waitingFor.isEmpty();
    }
  }

  /** The collection of build {@code build}: {@code <alias>_<build>}. */
  public String collection(String build) {
    return settings.alias() + "_" + build;
  }

  /** Reads this worker's share into the build's collection, then switches the alias if every share is in. */
  public Outcome run(Path corpus, Share share, ReindexListener listener, Path report) throws IOException {
    long start = System.nanoTime();
    List<Path> all = CorpusReader.corpusFiles(corpus);
    Councils councils = Councils.load(corpus);
    List<String> slugs = CouncilScope.councilsOf(corpus, councils, all);
    List<String> mine = CouncilScope.share(slugs, share.worker(), share.workers());
    List<Path> files = mine.isEmpty() ? List.of() : CouncilScope.of(mine).files(corpus, councils, all);
    String collection = collection(share.build());
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      admin.uploadConfigset();
      Optional<String> live = admin.aliasTarget();
      if (live.isPresent() && live.get().equals(collection)) {
        throw new IOException("build " + share.build() + " is live already (" + settings.alias() + " -> " + collection
            + "): give a new build a new name");
      }
      ensureCollection(admin, collection);
      CloudSolrClient client = admin.client();
      // A rerun starts its share afresh: its marker and every record of its councils go first.
      UpdateRequest clear = new UpdateRequest();
      clear.deleteById(markerId(share.worker(), share.workers()));
      if (!mine.isEmpty()) {
        clear.deleteByQuery("(" + SolrIndexer.councilFilter(CouncilScope.of(mine)) + ") -" + Schema.TYPE + ":"
            + MARKER_TYPE);
      }
      SolrIndexer.retry(() -> clear.process(client, collection), "clearing worker " + share.worker() + "'s share");
      listener.planned(files.size(), 0, 0, true);
      listener.plannedFiles(files);
      long now = System.currentTimeMillis();
      List<FileResult> results = new CorpusReader(ingestor, threads).readAll(corpus, files, (source, records) -> {
        SolrIndexer.send(client, collection, records, SolrIndexer.firstIndexed(client, live, records), now);
        StopPoints.reached(StopPoints.INDEXING);
      }, listener);
      int records = results.stream().mapToInt(FileResult::records).sum();
      if (!files.isEmpty() && records == 0) {
        throw new IOException("not one of the " + files.size() + " files of worker " + share.worker() + "'s councils "
            + "could be indexed (first reason: " + results.get(0).reason() + "); the alias is unchanged");
      }
      SolrIndexer.commit(client, collection);
      UpdateRequest marker = new UpdateRequest();
      marker.add(marker(share, fingerprint(slugs, share.workers())));
      SolrIndexer.retry(() -> marker.process(client, collection), "marking worker " + share.worker() + "'s share done");
      SolrIndexer.commit(client, collection);
      List<Integer> waiting = switchIfComplete(admin, share.build(), share.workers());
      Path reportFile = CorpusReader.writeReport(report != null ? report
          : reportDir.resolve(collection + "-worker" + share.worker() + "-" + System.currentTimeMillis() + ".jsonl"),
          results);
      BuildSummary summary = new BuildSummary(results, 0, 0, records, Duration.ofNanos(System.nanoTime() - start),
          "solr:" + collection + " (worker " + share.worker() + " of " + share.workers() + ")", reportFile, true);
      return new Outcome(summary, collection, mine, waiting);
    }
  }

  /**
   * Points the alias at build {@code build}'s collection if every one of its {@code workers} has
   * marked its share done ({@code agenda solr switch}). Returns the workers it still waits for
   * (empty: the alias points at the build, by this call or an earlier one).
   *
   * @throws IOException when there is no such build, the workers saw different councils, or it is empty
   */
  public List<Integer> switchIfComplete(String build, int workers) throws IOException {
    new Share(build, 1, workers); // checks the name and the count
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      if (!exists(admin, collection(build))) {
        throw new IOException("there is no build " + build + " (no collection " + collection(build) + ")");
      }
      return switchIfComplete(admin, build, workers);
    }
  }

  private List<Integer> switchIfComplete(SolrAdmin admin, String build, int workers) throws IOException {
    String collection = collection(build);
    CloudSolrClient client = admin.client();
    Optional<String> live = admin.aliasTarget();
    if (live.isPresent() && live.get().equals(collection)) {
      return List.of(); // another worker switched already
    }
    Map<Integer, String> done = markers(client, collection, workers);
    List<Integer> waiting = new ArrayList<>();
    for (int w = 1; w <= workers; w++) {
      if (!done.containsKey(w)) {
        waiting.add(w);
      }
    }
    if (!waiting.isEmpty()) {
      // The last worker may have taken the markers away on its way to the switch.
      return admin.aliasTarget().map(collection::equals).orElse(false) ? List.of() : waiting;
    }
    if (done.values().stream().distinct().count() > 1) {
      throw new IOException("the workers of build " + build + " saw different lists of councils: give every worker "
          + "the same corpus and run the ones that differ again; the alias is unchanged");
    }
    if (count(client, collection) == 0) {
      throw new IOException("build " + build + " holds no records; the alias is unchanged");
    }
    UpdateRequest unmark = new UpdateRequest();
    unmark.deleteByQuery(Schema.TYPE + ":" + MARKER_TYPE);
    SolrIndexer.retry(() -> unmark.process(client, collection), "deleting the markers of build " + build);
    SolrIndexer.commit(client, collection);
    admin.pointAlias(collection);
    for (String old : admin.builtCollections()) {
      if (!old.equals(collection) && !live.map(old::equals).orElse(false)) {
        admin.deleteCollection(old);
      }
    }
    return List.of();
  }

  /** The markers present (committed or not): each worker's digest of the councils it saw. */
  private static Map<Integer, String> markers(CloudSolrClient client, String collection, int workers)
      throws IOException {
    List<String> ids = new ArrayList<>();
    for (int w = 1; w <= workers; w++) {
      ids.add(markerId(w, workers));
    }
    Map<Integer, String> found = new TreeMap<>();
    SolrQuery fields = new SolrQuery();
    fields.set("fl", Schema.ID + "," + Schema.SHA256);
    SolrIndexer.retry(() -> {
      for (SolrDocument d : client.getById(collection, ids, fields)) {
        found.put(ids.indexOf((String) d.getFieldValue(Schema.ID)) + 1, (String) d.getFieldValue(Schema.SHA256));
      }
    }, "reading the markers of " + collection);
    return found;
  }

  private static long count(CloudSolrClient client, String collection) throws IOException {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery("-" + Schema.TYPE + ":" + MARKER_TYPE);
    q.setRows(0);
    try {
      return client.query(collection, q).getResults().getNumFound();
    } catch (SolrServerException e) {
      throw new IOException("counting the records of " + collection + " failed: " + e.getMessage(), e);
    }
  }

  static String markerId(int worker, int workers) {
    return "_build_worker_" + worker + "_of_" + workers;
  }

  private static SolrInputDocument marker(Share share, String fingerprint) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(Schema.ID, markerId(share.worker(), share.workers()));
    d.setField(Schema.TYPE, MARKER_TYPE);
    d.setField(Schema.SHA256, fingerprint);
    return d;
  }

  /** The digest of the councils a worker saw and how many workers share them: all must agree. */
  static String fingerprint(List<String> slugs, int workers) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((workers + "\n" + String.join("\n", slugs)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean exists(SolrAdmin admin, String collection) throws IOException {
    try {
      return CollectionAdminRequest.listCollections(admin.client()).contains(collection);
    } catch (SolrServerException e) {
      throw new IOException("listing collections failed: " + e.getMessage(), e);
    }
  }

  /**
   * Creates the build's collection, or finds it made by another worker. Two workers that start
   * together both try; the one that loses waits (up to two minutes) until the collection answers.
   */
  private static void ensureCollection(SolrAdmin admin, String collection) throws IOException {
    if (exists(admin, collection) && answers(admin.client(), collection)) {
      return;
    }
    try {
      if (!exists(admin, collection)) {
        admin.createCollection(collection);
        return;
      }
    } catch (IOException | RuntimeException e) {
      // "collection already exists": another worker created it first.
      if (!exists(admin, collection)) {
        throw e;
      }
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!answers(admin.client(), collection)) {
      if (System.nanoTime() > deadline) {
        throw new IOException("the collection " + collection + " that another worker created did not come up in 2 minutes");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for " + collection, ie);
      }
    }
  }

  private static boolean answers(CloudSolrClient client, String collection) {
    try {
      SolrQuery q = new SolrQuery("*:*");
      q.setRows(0);
      client.query(collection, q);
      return true;
    } catch (SolrServerException | IOException | RuntimeException e) {
      return false;
    }
  }
}
