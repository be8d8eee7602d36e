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

  Backend resolve() {
    return Backend.resolve(backend, solrUrl, collection, System.getenv());
  }
}
