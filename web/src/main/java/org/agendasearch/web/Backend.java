package org.agendasearch.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
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

  /**
   * Resolves the backend from its flag (null when not given) and the environment; {@code solr}
   * gives the SolrCloud settings when that is the backend.
   */
  public static Backend resolve(String kindFlag, Map<String, String> env, Supplier<SolrSettings> solr) {
    String kind = (kindFlag != null ? kindFlag : env.getOrDefault("AGENDA_BACKEND", LUCENE)).strip()
        .toLowerCase(Locale.ROOT);
    if (kind.equals(LUCENE)) {
      return EMBEDDED;
    }
    if (!kind.equals(SOLR)) {
      throw new IllegalArgumentException("the backend is lucene or solr, not \"" + kind + "\"");
    }
    return new Backend(SOLR, solr.get());
  }

  /** Where the SolrCloud is and its alias, from flags (null when not given), else the environment. */
  public static SolrSettings solrSettings(String urlFlag, String collectionFlag, Map<String, String> env) {
    return SolrSettings.of(urlFlag != null ? urlFlag : env.get("AGENDA_SOLR_URL"))
        .withAlias(collectionFlag != null ? collectionFlag : env.get("AGENDA_SOLR_COLLECTION"));
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
    return Services.of(open(options), reindexer(options, new Ingestor(), Runtime.getRuntime().availableProcessors()),
        options.corpus(), options.index().resolve("reports"), adminToken, rateLimit);
  }

  /** For tests: the Solr backend on these settings. */
  public static Backend solr(SolrSettings settings) {
    return new Backend(SOLR, settings);
  }
}
