package org.agendasearch.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.agendasearch.search.LiveIndex;
import org.agendasearch.search.MeetingStore;
import org.agendasearch.search.SearchService;
import org.agendasearch.web.admin.ReindexJobs;
import org.agendasearch.web.api.CorpusFiles;

/**
 * The services the web application is built from, sharing one live index.
 *
 * @param adminToken the token that opens the admin endpoints, or null to keep them disabled
 * @param rateLimit requests a second allowed per client on searches and pages, or 0 for no limit
 */
public record Services(LiveIndex index, SearchService search, MeetingStore meetings, CorpusFiles files,
    ReindexJobs jobs, String adminToken, double rateLimit) implements Closeable {

  /** Opens the index under {@code index} and the corpus folder, admin endpoints disabled. */
  public static Services open(Path index, Path corpus) {
    return open(index, corpus, null, 0);
  }

  /** Opens the index and the corpus, no rate limit; {@code adminToken} (may be null) opens the admin endpoints. */
  public static Services open(Path index, Path corpus, String adminToken) {
    return open(index, corpus, adminToken, 0);
  }

  /** Opens the index and the corpus with an admin token (or null) and a per-client rate limit (0: none). */
  public static Services open(Path index, Path corpus, String adminToken, double rateLimit) {
    LiveIndex live = new LiveIndex(index);
    MeetingStore meetings = new MeetingStore(live);
    return new Services(live, new SearchService(live), meetings, new CorpusFiles(corpus, meetings),
        new ReindexJobs(corpus, live, Runtime.getRuntime().availableProcessors()), adminToken, rateLimit);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
