package org.agendasearch.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.CorpusReader;
import org.agendasearch.search.index.FileResult;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.search.index.Reindexer;
import org.agendasearch.search.schema.IndexRecord;

/**
 * Rebuilds the index on SolrCloud: every file is read (in parallel, as for the embedded index)
 * into a new collection, in batches with retries; once complete and committed, the alias switches
 * to it in one step, so searches go on against the old collection until then and never see a half
 * index. The collection before is kept for a quick way back (and for clients whose cached alias
 * still points at it for a few seconds); older ones are deleted. A rebuild that indexes nothing,
 * or fails, deletes its new collection and leaves the alias alone.
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

  /** @param reportDir where per-file reports go when the caller names no file */
  public SolrIndexer(SolrSettings settings, Ingestor ingestor, int threads, Path reportDir) {
    this.settings = settings;
    this.ingestor = ingestor;
    this.threads = threads;
    this.reportDir = reportDir;
  }

  /** Always a full rebuild into a new collection ({@code full} is implied). */
  @Override
  public BuildSummary reindex(Path corpus, boolean full, ReindexListener listener, Path report) throws IOException {
    long start = System.nanoTime();
    List<Path> files = CorpusReader.corpusFiles(corpus);
    listener.planned(files.size(), 0, 0, true);
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      admin.uploadConfigset();
      Optional<String> previous = admin.aliasTarget();
      String collection = admin.newCollectionName();
      admin.createCollection(collection);
      boolean switched = false;
      try {
        CloudSolrClient client = admin.client();
        List<FileResult> results = new CorpusReader(ingestor, threads)
            .readAll(corpus, files, (source, records) -> send(client, collection, records), listener);
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
        Path reportFile = CorpusReader.writeReport(report != null ? report
            : reportDir.resolve(collection + ".jsonl"), results);
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
  }

  /** A file's records in batches, each retried with a growing pause before the file fails. */
  private static void send(CloudSolrClient client, String collection, List<IndexRecord> records) throws IOException {
    for (int from = 0; from < records.size(); from += BATCH) {
      List<SolrInputDocument> docs = new ArrayList<>(BATCH);
      for (IndexRecord r : records.subList(from, Math.min(records.size(), from + BATCH))) {
        docs.add(SolrDocuments.of(r));
      }
      UpdateRequest update = new UpdateRequest();
      update.add(docs);
      retry(() -> update.process(client, collection), "sending " + docs.size() + " records");
    }
  }

  private static void commit(CloudSolrClient client, String collection) throws IOException {
    retry(() -> client.commit(collection, true, true), "committing " + collection);
  }

  @FunctionalInterface
  private interface SolrCall {
    void run() throws SolrServerException, IOException;
  }

  private static void retry(SolrCall call, String what) throws IOException {
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
