package org.agendasearch.web.cli;

import org.agendasearch.web.Backend;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code --backend} option and the SolrCloud ones, shared by the commands. */
public final class BackendOptions {

  @Option(names = "--backend", paramLabel = "lucene|solr",
      description = "Where the index is: the embedded Lucene index (default) or SolrCloud (default: $AGENDA_BACKEND or lucene).")
  String backend;

  @Mixin
  SolrOptions solr;

  /** The backend, for a command that only reads the index. */
  Backend resolve() {
    return Backend.resolve(backend, System.getenv(), solr::settings);
  }

  /** The backend, for a command that may create a SolrCloud collection of {@code layout}. */
  Backend resolve(SolrLayoutOptions layout) {
    return Backend.resolve(backend, System.getenv(), () -> layout.apply(solr.settings()));
  }
}
