package org.agendasearch.solr;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/** The one way we connect to SolrCloud: SolrJ's cloud client over the JDK's HTTP client. */
final class SolrClients {

  /**
   * Threads for SolrJ's HTTP client, unbounded and idle ones let go after a minute. The JDK client
   * writes each request body on a thread of this pool while the HTTP client (on the same pool)
   * reads it: with the client's own pool of 4, four updates in flight at once (2 files x 2 shards)
   * took every thread to write and none was left to send, and the reindex hung. Daemon threads,
   * shared by every client of the process.
   */
  private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "agenda-solrj");
    t.setDaemon(true);
    return t;
  });

  private SolrClients() {}

  /**
   * A client that learns the cluster from any of the given nodes (no ZooKeeper client needed) and
   * sends each request to a live replica; a node that goes down is skipped.
   */
  static CloudSolrClient cloud(SolrSettings settings) {
    return new CloudSolrClient.Builder(settings.urls())
        .withHttpClientBuilder(new HttpJdkSolrClient.Builder()
            .useHttp1_1(true)
            .withExecutor(EXECUTOR)
            .withConnectionTimeout(5, TimeUnit.SECONDS)
            .withIdleTimeout(60, TimeUnit.SECONDS)
            .withRequestTimeout(120, TimeUnit.SECONDS))
        .withCollectionCacheTtl(5, TimeUnit.SECONDS)
        .build();
  }
}
