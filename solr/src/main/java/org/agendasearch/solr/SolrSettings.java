package org.agendasearch.solr;

import java.util.Arrays;
import java.util.List;

/**
 * Where the SolrCloud is and how the collection is laid out.
 *
 * @param urls base URLs of some of the cluster's nodes ("http://solr1:8983/solr"); the client learns
 *     the rest of the cluster from them
 * @param alias the name searches use; each reindex builds a new collection and points this alias at it
 * @param shards shards of a new collection (grow them with the corpus: see the README); 0 for as
 *     many as the collection the alias points at has (2 when there is none)
 * @param replicas copies of each shard (2 or more: a node can go down and searches still answer); 0
 *     for as many as the live collection has (2 when there is none)
 */
public record SolrSettings(List<String> urls, String alias, int shards, int replicas) {

  public static final String DEFAULT_ALIAS = "agenda";

  public SolrSettings {
    if (urls == null || urls.isEmpty()) {
      throw new IllegalArgumentException("no Solr URL: set --solr-url or AGENDA_SOLR_URL (http://host:8983/solr, "
          + "comma-separated for several nodes)");
    }
    for (String u : urls) {
      if (!u.startsWith("http://") && !u.startsWith("https://")) {
        throw new IllegalArgumentException("a Solr URL starts with http:// or https://, not \"" + u + "\"");
      }
    }
    urls = List.copyOf(urls);
    alias = alias == null || alias.isBlank() ? DEFAULT_ALIAS : alias;
    if (!alias.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("the collection alias has letters, digits and _ only, not \"" + alias + "\"");
    }
    if (shards < 0 || replicas < 0) {
      throw new IllegalArgumentException("shards and replicas are at least 1 (0: as the live collection)");
    }
  }

  /** Settings from a comma-separated list of node URLs, the default alias, the live collection's layout. */
  public static SolrSettings of(String commaSeparatedUrls) {
    List<String> urls = commaSeparatedUrls == null ? List.of()
        : Arrays.stream(commaSeparatedUrls.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new SolrSettings(urls, DEFAULT_ALIAS, 0, 0);
  }

  public SolrSettings withAlias(String a) {
    return new SolrSettings(urls, a, shards, replicas);
  }

  public SolrSettings withLayout(int s, int r) {
    return new SolrSettings(urls, alias, s, r);
  }
}
