package org.agendasearch.web.cli;

import org.agendasearch.solr.SolrSettings;
import org.agendasearch.web.Backend;
import picocli.CommandLine.Option;

/** The SolrCloud options shared by the commands: the nodes, the alias, the layout of new collections. */
public final class SolrOptions {

  @Option(names = "--solr-url", paramLabel = "URLS",
      description = "SolrCloud node URLs, comma-separated, e.g. http://solr1:8983/solr (default: $AGENDA_SOLR_URL).")
  String solrUrl;

  @Option(names = "--solr-collection", paramLabel = "ALIAS",
      description = "The collection alias searches use (default: $AGENDA_SOLR_COLLECTION or agenda).")
  String collection;

  @Option(names = "--shards", description = "SolrCloud: shards of a new collection (default: as the live one, else 2).")
  int shards;

  @Option(names = "--replicas", description = "SolrCloud: copies of each shard, 2+ survives a node going down "
      + "(default: as the live collection, else 2).")
  int replicas;

  SolrSettings settings() {
    return Backend.solrSettings(solrUrl, collection, System.getenv()).withLayout(shards, replicas);
  }
}
