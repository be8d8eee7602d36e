package org.agendasearch.web.bench;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.extract.ExtractOptions;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.schema.Schema;
import org.agendasearch.solr.SolrSettings;
import org.agendasearch.web.AgendaOptions;
import org.agendasearch.web.Backend;
import org.agendasearch.web.Services;
import org.agendasearch.web.WebApp;

/**
 * The same query mix over HTTP against the same corpus on both backends, in one run on one machine:
 * the embedded Lucene index and a SolrCloud collection. Each is indexed from the same generated
 * packs (timed), then served by the same web layer, then loaded by the same client.
 */
public final class BackendComparison {

  private final Benchmark bench;
  private final Benchmark.Options options;
  private final SolrSettings solr;
  private final PrintWriter out;
  private final int cores = Runtime.getRuntime().availableProcessors();

  public BackendComparison(Benchmark.Options options, SolrSettings solr, PrintWriter out) {
    this.bench = new Benchmark(options, out);
    this.options = options;
    this.solr = solr;
    this.out = out;
  }

  public void run() throws Exception {
    int perPack = 6 + 2 * 31;
    int packs = Math.max(4, options.queryPages() / perPack + 1);
    Path corpus = bench.corpus("query", packs, 31, 30);
    AgendaOptions lucene = new AgendaOptions(corpus,
        options.work().resolve("index-compare-" + packs + "-v" + Schema.VERSION), 0);
    AgendaOptions onSolr = new AgendaOptions(corpus, options.work().resolve("solr-compare"), 0);
    Backend embedded = Backend.EMBEDDED;
    Backend cloud = Backend.solr(solr);
    Ingestor ingestor = new Ingestor(ExtractOptions.DEFAULTS.withOcr(false));

    out.printf("%n## Embedded Lucene and SolrCloud (%d packs; SolrCloud: %d shards x %d replicas at %s)%n%n",
        packs, solr.shards(), solr.replicas(), String.join(", ", solr.urls()));
    BuildSummary l = embedded.reindexer(lucene, ingestor, cores).reindex(corpus, true, r -> { }, null);
    BuildSummary s = cloud.reindexer(onSolr, ingestor, cores).reindex(corpus, true, r -> { }, null);
    out.printf("| | full reindex s | pages | pages/s |%n|---|---|---|---|%n");
    out.printf("| embedded Lucene | %.1f | %d | %.0f |%n", l.elapsed().toMillis() / 1000.0, l.pages(),
        l.pages() / (l.elapsed().toMillis() / 1000.0));
    out.printf("| SolrCloud | %.1f | %d | %.0f |%n%n", s.elapsed().toMillis() / 1000.0, s.pages(),
        s.pages() / (s.elapsed().toMillis() / 1000.0));
    out.flush();

    try (Services ls = embedded.services(lucene, null, 0); Services ss = cloud.services(onSolr, null, 0)) {
      Javalin la = WebApp.create(ls).start("127.0.0.1", 0);
      Javalin sa = WebApp.create(ss).start("127.0.0.1", 0);
      try {
        out.printf("Records: embedded %d, SolrCloud %d. Query mix of %d searches over HTTP (facets and highlighting on).%n%n",
            ls.search().recordCount(), ss.search().recordCount(), QueryMix.QUERIES.size());
        // Warm both up (JIT, caches, connections).
        LoadRunner.http(la.port(), 2, Math.min(300, options.requests()), Duration.ofSeconds(60));
        LoadRunner.http(sa.port(), 2, Math.min(300, options.requests()), Duration.ofSeconds(60));
        out.printf("| clients | Lucene p50 ms | p95 | p99 | q/s | errors | SolrCloud p50 ms | p95 | p99 | q/s | errors | p50 ratio |%n");
        out.printf("|---|---|---|---|---|---|---|---|---|---|---|---|%n");
        for (int clients : options.clients()) {
          LoadRunner.Result a = LoadRunner.http(la.port(), clients, options.requests(), Duration.ofSeconds(120));
          LoadRunner.Result b = LoadRunner.http(sa.port(), clients, options.requests(), Duration.ofSeconds(120));
          out.printf("| %d | %.1f | %.1f | %.1f | %.0f | %d | %.1f | %.1f | %.1f | %.0f | %d | %.1fx |%n", clients,
              a.stats().p50Ms(), a.stats().p95Ms(), a.stats().p99Ms(), a.stats().perSecond(), a.errors(),
              b.stats().p50Ms(), b.stats().p95Ms(), b.stats().p99Ms(), b.stats().perSecond(), b.errors(),
              b.stats().p50Ms() / a.stats().p50Ms());
          out.flush();
        }
      } finally {
        la.stop();
        sa.stop();
      }
    }
  }
}
