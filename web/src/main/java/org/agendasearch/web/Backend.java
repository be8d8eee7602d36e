package org.agendasearch.web;

import java.util.Locale;
import java.util.Map;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.search.LuceneBackend;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.index.Reindexer;
import org.agendasearch.solr.SolrBackend;
import org.agendasearch.solr.SolrIndexer;
import org.agendasearch.solr.SolrSettings;

/**
 * Which engine holds the index, resolved once like {@link AgendaOptions}: a flag wins, then the
 * environment ({@code AGENDA_BACKEND}, {@code AGENDA_SOLR_URL}, {@code AGENDA_SOLR_COLLECTION}),
 * then the default, the embedded Lucene index.
 *
 * @param solr where the SolrCloud is, or null for the embedded index
 */
public record Backend(String kind, SolrSettings solr) {

  public static final String LUCENE = "lucene";
  public static final String SOLR = "solr";

  /** The embedded index: the default, nothing to install. */
  public static final Backend EMBEDDED = new Backend(LUCENE, null);

  public Backend {
    if (!kind.equals(LUCENE) && !kind.equals(SOLR)) {
      throw new IllegalArgumentException("the backend is lucene or solr, not \"" + kind + "\"");
    }
    if (kind.equals(SOLR) && solr == null) {
      throw new IllegalArgumentException("the solr backend needs --solr-url or AGENDA_SOLR_URL");
    }
  }

  /** Resolves the backend from flags (null when not given) and the environment. */
  public static Backend resolve(String kindFlag, String solrUrlFlag, String collectionFlag, Map<String, String> env) {
    String kind = (kindFlag != null ? kindFlag : env.getOrDefault("AGENDA_BACKEND", LUCENE)).strip()
        .toLowerCase(Locale.ROOT);
    if (kind.equals(LUCENE)) {
      return EMBEDDED;
    }
    String urls = solrUrlFlag != null ? solrUrlFlag : env.get("AGENDA_SOLR_URL");
    String alias = collectionFlag != null ? collectionFlag : env.get("AGENDA_SOLR_COLLECTION");
    if (!kind.equals(SOLR)) {
      throw new IllegalArgumentException("the backend is lucene or solr, not \"" + kind + "\"");
    }
    return new Backend(SOLR, SolrSettings.of(urls).withAlias(alias));
  }

  public boolean isSolr() {
    return kind.equals(SOLR);
  }

  /** Opens the backend; the embedded one reads the index under {@code options.index()}. */
  public SearchBackend open(AgendaOptions options) {
    return isSolr() ? new SolrBackend(solr) : new LuceneBackend(options.index());
  }

  /**
   * The reindexer that writes where {@link #open} reads: on the embedded index incremental unless
   * asked for a full one; on SolrCloud a new collection and an alias switch.
   */
  public Reindexer reindexer(AgendaOptions options, Ingestor ingestor, int threads) {
    if (isSolr()) {
      return new SolrIndexer(solr, ingestor, threads, options.index().resolve("reports"));
    }
    return new IndexBuilder(ingestor, threads).into(new IndexLayout(options.index()));
  }

  /** As {@link #reindexer}, but on SolrCloud updating the live collection in place when it can. */
  public Reindexer incrementalReindexer(AgendaOptions options, Ingestor ingestor, int threads) {
    if (isSolr()) {
      return new SolrIndexer(solr, ingestor, threads, options.index().resolve("reports")).inPlace();
    }
    return reindexer(options, ingestor, threads);
  }

  /** Where the index is, for people: a folder, or a Solr alias on its nodes. */
  public String describe(AgendaOptions options) {
    return isSolr() ? "SolrCloud collection alias " + solr.alias() + " at " + String.join(", ", solr.urls())
        : options.index().toString();
  }

  /** Services (web, admin reindex) on this backend. */
  public Services services(AgendaOptions options, String adminToken, double rateLimit) {
    if (!isSolr()) {
      return Services.open(options.index(), options.corpus(), adminToken, rateLimit);
    }
    SearchBackend backend = open(options);
    return Services.of(backend, reindexer(options, new Ingestor(), Runtime.getRuntime().availableProcessors()),
        options.corpus(), adminToken, rateLimit);
  }

  /** For tests: the Solr backend on these settings. */
  public static Backend solr(SolrSettings settings) {
    return new Backend(SOLR, settings);
  }
}
