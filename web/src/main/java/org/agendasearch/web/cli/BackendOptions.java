package org.agendasearch.web.cli;

import org.agendasearch.web.Backend;
import picocli.CommandLine.Option;

/** The {@code --backend}, {@code --solr-url} and {@code --solr-collection} options shared by the commands. */
public final class BackendOptions {

  @Option(names = "--backend", paramLabel = "lucene|solr",
      description = "Where the index is: the embedded Lucene index (default) or SolrCloud (default: $AGENDA_BACKEND or lucene).")
  String backend;

  @Option(names = "--solr-url", paramLabel = "URLS",
      description = "SolrCloud node URLs, comma-separated, e.g. http://solr1:8983/solr (default: $AGENDA_SOLR_URL).")
  String solrUrl;

  @Option(names = "--solr-collection", paramLabel = "ALIAS",
      description = "The collection alias searches use (default: $AGENDA_SOLR_COLLECTION or agenda).")
  String collection;

  @Option(names = "--shards", description = "SolrCloud: shards of the new collection a reindex builds (default: as the live one, else 2).")
  int shards;

  @Option(names = "--replicas", description = "SolrCloud: replicas of each shard (default: as the live collection, else 2).")
  int replicas;

  Backend resolve() {
    Backend b = Backend.resolve(backend, solrUrl, collection, System.getenv());
    return b.isSolr() ? Backend.solr(b.solr().withLayout(shards, replicas)) : b;
  }
}
