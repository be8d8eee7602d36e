package org.agendasearch.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.search.index.Reindexer;
import org.agendasearch.web.admin.ReindexJobs;
import org.agendasearch.web.api.CorpusFiles;

/**
 * The services the web application is built from, around one search backend (embedded Lucene or
 * SolrCloud: the web layer cannot tell them apart).
 *
 * @param adminToken the token that opens the admin endpoints, or null to keep them disabled
 * @param rateLimit requests a second allowed per client on searches and pages, or 0 for no limit
 * @param reports the folder of the reindex reports (JSON lines), for the operators' view of the councils
 */
public record Services(SearchBackend search, CorpusFiles files, ReindexJobs jobs, String adminToken,
    double rateLimit, Path reports) implements Closeable {

  /** Opens the embedded index under {@code index} and the corpus folder, admin endpoints disabled. */
  public static Services open(Path index, Path corpus) {
    return open(index, corpus, null, 0);
  }

  /** Opens the embedded index and the corpus, no rate limit; {@code adminToken} (may be null) opens the admin endpoints. */
  public static Services open(Path index, Path corpus, String adminToken) {
    return open(index, corpus, adminToken, 0);
  }

  /** Opens the embedded index and the corpus with an admin token (or null) and a per-client rate limit (0: none). */
  public static Services open(Path index, Path corpus, String adminToken, double rateLimit) {
    return Backend.EMBEDDED.services(new AgendaOptions(corpus, index, 0), adminToken, rateLimit);
  }

  /** Services around any backend, with the reindexer that writes to it. */
  public static Services of(SearchBackend backend, Reindexer reindexer, Path corpus, Path reports, String adminToken,
      double rateLimit) {
    return new Services(backend, new CorpusFiles(corpus, backend), new ReindexJobs(corpus, reindexer, backend),
        adminToken, rateLimit, reports);
  }

  @Override
  public void close() throws IOException {
    search.close();
  }
}
