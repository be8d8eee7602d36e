package org.agendasearch.web.cli;

import org.agendasearch.solr.SolrSettings;
import org.agendasearch.web.Backend;
import picocli.CommandLine.Option;

/** Where the SolrCloud is: the nodes and the alias, for every command that reads or writes it. */
public final class SolrOptions {

  @Option(names = "--solr-url", paramLabel = "URLS",
      description = "SolrCloud node URLs, comma-separated, e.g. http://solr1:8983/solr (default: $AGENDA_SOLR_URL).")
  String solrUrl;

  @Option(names = "--solr-collection", paramLabel = "ALIAS",
      description = "The collection alias searches use (default: $AGENDA_SOLR_COLLECTION or agenda).")
  String collection;

  SolrSettings settings() {
    return Backend.solrSettings(solrUrl, collection, System.getenv());
  }
}
