package org.agendasearch.web.cli;

import org.agendasearch.solr.SolrSettings;
import picocli.CommandLine.Option;

/**
 * The layout of a new SolrCloud collection: only for the commands that create one (solr init,
 * reindex, serve), so that {@code search --help} does not offer them.
 */
public final class SolrLayoutOptions {

  @Option(names = "--shards", description = "SolrCloud: shards of a new collection (default: as the live one, else 2).")
  int shards;

  @Option(names = "--replicas", description = "SolrCloud: copies of each shard, 2+ survives a node going down "
      + "(default: as the live collection, else 2).")
  int replicas;

  SolrSettings apply(SolrSettings settings) {
    return settings.withLayout(shards, replicas);
  }
}
