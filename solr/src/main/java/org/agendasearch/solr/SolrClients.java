package org.agendasearch.solr;

import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/** The one way we connect to SolrCloud: SolrJ's cloud client over the JDK's HTTP client. */
final class SolrClients {

  private SolrClients() {}

  /**
   * A client that learns the cluster from any of the given nodes (no ZooKeeper client needed) and
   * sends each request to a live replica; a node that goes down is skipped.
   */
  static CloudSolrClient cloud(SolrSettings settings) {
    return new CloudSolrClient.Builder(settings.urls())
        .withHttpClientBuilder(new HttpJdkSolrClient.Builder()
            .useHttp1_1(true)
            .withConnectionTimeout(5, TimeUnit.SECONDS)
            .withIdleTimeout(60, TimeUnit.SECONDS)
            .withRequestTimeout(120, TimeUnit.SECONDS))
        .withCollectionCacheTtl(5, TimeUnit.SECONDS)
        .build();
  }
}
