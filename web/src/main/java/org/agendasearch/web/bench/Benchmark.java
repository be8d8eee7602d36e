package org.agendasearch.web.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.extract.ExtractOptions;
import org.agendasearch.ingest.extract.ExtractionException;
import org.agendasearch.ingest.synth.PackGenerator;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.web.Services;
import org.agendasearch.web.WebApp;

/** The benchmark run: each section prints its figures as it finishes. */
public final class Benchmark {

  /**
   * @param work folder for generated packs and indexes (git-ignored)
   * @param packs packs in the parse and index corpus
   * @param growthUnit packs in the 1x corpus of the growth series (1x, 4x, 16x)
   * @param queryPages pages the query index must hold at least
   * @param requests requests per concurrency level
   * @param queryOnly only the query section (the machine, then the query index and its load)
   */
  public record Options(Path work, int packs, int growthUnit, int queryPages, int requests, List<Integer> clients,
      boolean memory, boolean queryOnly) {}

  private final Options options;
  private final PrintWriter out;
  private final int cores = Runtime.getRuntime().availableProcessors();

  public Benchmark(Options options, PrintWriter out) {
    this.options = options;
    this.out = out;
  }

  public void run() throws Exception {
    long t0 = System.nanoTime();
    machine();
    if (options.queryOnly()) {
      query();
      say("%nBenchmark finished in %.0f s.%n", (System.nanoTime() - t0) / 1e9);
      return;
    }
    Path corpus = corpus("parse", options.packs(), 11, 6);
    parse(corpus);
    new ColdStart(options.work(), out).run(Files.isDirectory(Path.of("corpus")) ? Path.of("corpus").toAbsolutePath() : corpus);
    index(corpus);
    growth();
    if (options.memory()) {
      memory(corpus);
    }
    query();
    say("%nBenchmark finished in %.0f s.%n", (System.nanoTime() - t0) / 1e9);
  }

  private void machine() {
    Runtime rt = Runtime.getRuntime();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    say("## Machine%n%n%d cores, %.1f GiB memory, max heap %d MiB, %s %s (%s), %s %s%n", cores,
        os.getTotalMemorySize() / (1024.0 * 1024 * 1024), rt.maxMemory() / (1024 * 1024),
        System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("java.vendor"),
        System.getProperty("os.name"), System.getProperty("os.version"));
  }

  Path corpus(String name, int packs, long seed, int appendixPages) throws IOException {
    Path dir = options.work().resolve(name + "-" + packs + "-" + appendixPages);
    if (!Files.isDirectory(dir) || pdfs(dir).size() != packs) {
      long t0 = System.nanoTime();
      PackGenerator.generate(new PackGenerator.Options(packs, seed, appendixPages, 0, 0), dir);
      say("(generated %d packs in %s in %.1f s)%n", packs, dir, (System.nanoTime() - t0) / 1e9);
    }
    return dir;
  }

  // ---- parse ----

  private void parse(Path corpus) throws Exception {
    List<Path> files = pdfs(corpus);
    Ingestor ingestor = new Ingestor(ExtractOptions.DEFAULTS.withOcr(false));
    parseAll(ingestor, files, cores); // warm the JIT up as a long reindex is: figures are steady-state
    long[] one = parseAll(ingestor, files, 1);
    long[] all = parseAll(ingestor, files, cores);
    double pdftotext = pdftotext(files);
    double onePs = one[0] / (one[1] / 1e9);
    double allPs = all[0] / (all[1] / 1e9);
    say("%n## Parse (%d packs, %d pages)%n%n| | pages/s |%n|---|---|%n", files.size(), one[0]);
    say("| ours, 1 thread (extract + parse) | %.0f |%n| ours, %d threads | %.0f |%n", onePs, cores, allPs);
    if (Double.isNaN(pdftotext)) {
      say("| pdftotext, 1 thread | (pdftotext not installed: apt-get install poppler-utils) |%n");
    } else {
      say("| pdftotext, 1 thread | %.0f |%n%nRatio ours/pdftotext on one thread: **%.2f**; %d threads scale ours by %.2fx.%n",
          pdftotext, onePs / pdftotext, cores, allPs / onePs);
    }
  }

  /** [pages, nanos] to parse every file on {@code threads} threads. */
  private static long[] parseAll(Ingestor ingestor, List<Path> files, int threads) throws Exception {
    AtomicLong pages = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (Path f : files) {
      fs.add(pool.submit(() -> {
        try {
          pages.addAndGet(ingestor.ingest(f).pages().size());
        } catch (ExtractionException e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    long t = System.nanoTime() - t0;
    pool.shutdown();
    return new long[] {pages.get(), t};
  }

  /** Pages per second of pdftotext on the same files, one at a time; NaN when it is not installed. */
  private static double pdftotext(List<Path> files) throws Exception {
    try {
      new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start().waitFor();
    } catch (IOException e) {
      return Double.NaN;
    }
    long pages = 0;
    long t0 = System.nanoTime();
    for (Path f : files) {
      Process p = new ProcessBuilder("pdftotext", f.toString(), "-").redirectErrorStream(true).start();
      byte[] text = p.getInputStream().readAllBytes();
      p.waitFor();
      for (byte b : text) {
        if (b == '\f') {
          pages++;
        }
      }
    }
    return pages / ((System.nanoTime() - t0) / 1e9);
  }

  // ---- index ----

  private void index(Path corpus) throws IOException {
    Path indexDir = options.work().resolve("index-parse");
    Ingestor ingestor = new Ingestor(ExtractOptions.DEFAULTS.withOcr(false));
    IndexLayout.deleteTree(indexDir);
    BuildSummary one = new IndexBuilder(ingestor, 1).rebuild(corpus, new IndexLayout(indexDir), r -> { });
    IndexLayout.deleteTree(indexDir);
    BuildSummary s = new IndexBuilder(ingestor, cores).rebuild(corpus, new IndexLayout(indexDir), r -> { });
    BuildSummary again = new IndexBuilder(ingestor, cores)
        .reindex(corpus, new IndexLayout(indexDir), false, r -> { }, null);
    long bytes = size(Path.of(s.target()));
    double secs = s.elapsed().toMillis() / 1000.0;
    double oneSecs = one.elapsed().toMillis() / 1000.0;
    say("%n## Index (full reindex)%n%n%d pages, %d records: %.1f s on 1 thread (%.0f pages/s), %.1f s on %d threads "
        + "(**%.0f pages/s**, %.2fx); index %.1f MiB, %.1f KiB per page.%n", s.pages(), s.records(), oneSecs,
        s.pages() / oneSecs, secs, cores, s.pages() / secs, oneSecs / secs, bytes / 1048576.0, bytes / 1024.0 / s.pages());
    say("Incremental reindex of the unchanged corpus: %.2f s, **%.1f%%** of the full one (%d files unchanged, %d read).%n",
        again.elapsed().toMillis() / 1000.0, 100.0 * again.elapsed().toMillis() / s.elapsed().toMillis(),
        again.unchanged(), again.files().size());
  }

  private void growth() throws IOException {
    int unit = options.growthUnit();
    Path all = corpus("growth", unit * 16, 23, 6);
    List<Path> files = pdfs(all);
    say("%n## Growth (full reindex, %d threads)%n%n| corpus | packs | pages | seconds | pages/s |%n|---|---|---|---|---|%n", cores);
    for (int times : new int[] {1, 4, 16}) {
      Path subset = options.work().resolve("growth-x" + times);
      IndexLayout.deleteTree(subset);
      Files.createDirectories(subset);
      for (Path f : files.subList(0, unit * times)) {
        Files.createSymbolicLink(subset.resolve(f.getFileName()), f.toAbsolutePath()); // a relative target would resolve from the link's folder
      }
      Path indexDir = options.work().resolve("index-growth");
      IndexLayout.deleteTree(indexDir);
      BuildSummary s = new IndexBuilder(new Ingestor(ExtractOptions.DEFAULTS.withOcr(false)), cores)
          .rebuild(subset, new IndexLayout(indexDir), r -> { });
      double secs = s.elapsed().toMillis() / 1000.0;
      say("| %dx | %d | %d | %.1f | %.0f |%n", times, unit * times, s.pages(), secs, s.pages() / secs);
    }
  }

  // ---- memory ----

  private void memory(Path corpus) throws Exception {
    Path big = options.work().resolve("long-pack");
    if (!Files.isDirectory(big) || pdfs(big).isEmpty()) {
      PackGenerator.generate(new PackGenerator.Options(1, 5, 1000, 0, 0), big);
    }
    Path pack = pdfs(big).get(0);
    ChildJvm.Outcome parse = ChildJvm.run("256m", List.of("memory-probe", "parse", pack.toString()), 900);
    say("%n## Memory%n%nParsing one %s pack with -Xmx256m: %s%n", probe(parse.output(), "pages"),
        parse.ok() ? "completes, peak heap " + probe(parse.output(), "peak_heap_mb") + " MiB"
            : "FAILS (" + lastLine(parse.output()) + ")");
    String smallest = "more than 512m";
    for (String xmx : List.of("48m", "64m", "96m", "128m", "192m", "256m", "384m", "512m")) {
      Path indexDir = options.work().resolve("index-memory");
      IndexLayout.deleteTree(indexDir);
      ChildJvm.Outcome r = ChildJvm.run(xmx, List.of("memory-probe", "reindex", corpus.toString(), indexDir.toString()), 1800);
      if (r.ok()) {
        smallest = xmx;
        break;
      }
    }
    say("Smallest -Xmx with which a full reindex of the %d-pack corpus completes (%d threads): **%s**%n",
        options.packs(), cores, smallest);
  }

  private static String probe(String output, String key) {
    for (String line : output.split("\n")) {
      if (line.startsWith(key + "=")) {
        return line.substring(key.length() + 1).strip();
      }
    }
    return "?";
  }

  private static String lastLine(String s) {
    String[] lines = s.strip().split("\n");
    return lines[lines.length - 1];
  }

  // ---- query ----

  private void query() throws Exception {
    int perPack = 6 + 2 * 31; // front sheet, minutes, about two reports of 30 appendix pages
    int packs = Math.max(4, options.queryPages() / perPack + 1);
    Path corpus = corpus("query", packs, 31, 30);
    Path indexDir = options.work().resolve("index-query-" + packs + "-v" + org.agendasearch.search.schema.Schema.VERSION);
    IndexLayout layout = new IndexLayout(indexDir);
    if (layout.current().isEmpty()) {
      long t0 = System.nanoTime();
      BuildSummary s = new IndexBuilder(new Ingestor(ExtractOptions.DEFAULTS.withOcr(false)), cores)
          .rebuild(corpus, layout, r -> { });
      say("(indexed %d pages of %d packs in %.0f s)%n", s.pages(), packs, (System.nanoTime() - t0) / 1e9);
    }
    try (Services services = Services.open(indexDir, corpus)) {
      Javalin app = WebApp.create(services).start("127.0.0.1", 0);
      try {
        say("%n## Query (%d records; %d-query mix: words, phrases, boolean, facet filters, date range, sort by date, "
            + "page 5; facets and highlighting on)%n%n", services.search().recordCount(), QueryMix.QUERIES.size());
        org.agendasearch.search.SearchService search =
            ((org.agendasearch.search.LuceneBackend) services.search()).service();
        // Every query searched: what the index itself costs. The load client runs in a JVM of its
        // own; the bare searcher's load runs here, in the server's JVM, as a search would.
        search.cacheSize(0).countCacheSize(0);
        boolean vector = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        say("Vector API module (`--add-modules jdk.incubator.vector`): %s. Load client: a JVM of its own.%n%n",
            vector ? "on" : "off");
        LoadClient.inChildJvm(app.port(), 2, 0, Math.min(200, options.requests()), Duration.ofSeconds(60));
        LoadRunner.run(2, Math.min(200, options.requests()), Duration.ofSeconds(30),
            i -> search.bareSearch(QueryMix.QUERIES.get(i % QueryMix.QUERIES.size()).request()));
        List<String> targets = new ArrayList<>();
        say("| clients | HTTP p50 ms | p95 | p99 | queries/s | errors | bare IndexSearcher p50 ms | p99 | queries/s | overhead p50 "
            + "| bare, exact total, queries/s |%n");
        say("|---|---|---|---|---|---|---|---|---|---|---|%n");
        for (int clients : options.clients()) {
          targets.add(searched(search, app.port(), clients));
        }
        say("%nAgainst the targets (searched queries, no cache): %s.%n", String.join("; ", targets));
        // As `serve` runs the counts cache (not the result cache): the folds, total and facet counts
        // of a query are reused for its other pages and for a repeat, the hits are searched again.
        search.countCacheSize(org.agendasearch.search.SearchService.DEFAULT_COUNT_CACHE);
        targets.clear();
        say("%nThe same with the counts cache on (%d queries' folds, totals and facet counts kept per index reader; "
            + "hits, snippets and stored fields searched for every request):%n%n"
            + "| clients | HTTP p50 ms | p95 | p99 | queries/s | errors | bare IndexSearcher p50 ms | p99 | queries/s | overhead p50 "
            + "| bare, exact total, queries/s |%n|---|---|---|---|---|---|---|---|---|---|---|%n", org.agendasearch.search.SearchService.DEFAULT_COUNT_CACHE);
        for (int clients : options.clients()) {
          targets.add(searched(search, app.port(), clients));
        }
        say("%nAgainst the targets (counts cached, hits searched): %s.%n", String.join("; ", targets));
        search.cacheSize(org.agendasearch.search.SearchService.DEFAULT_CACHE);
        say("%nThe same over HTTP with the result cache on (%d searches kept per index reader, as `serve` runs):%n%n"
            + "| clients | HTTP p50 ms | p95 | p99 | queries/s | errors |%n|---|---|---|---|---|---|%n",
            org.agendasearch.search.SearchService.DEFAULT_CACHE);
        for (int clients : options.clients()) {
          LoadRunner.Result http = LoadClient.inChildJvm(app.port(), clients, options.requests(), 0, Duration.ofSeconds(60));
          say("| %d | %.1f | %.1f | %.1f | %.0f | %d |%n", clients, http.stats().p50Ms(), http.stats().p95Ms(),
              http.stats().p99Ms(), http.stats().perSecond(), http.errors());
        }
        long[] counts = search.cacheCounts();
        say("%nCache: %d searches answered from it, %d searched.%n", counts[0], counts[1]);
      } finally {
        app.stop();
      }
    }
  }

  /**
   * One row of the searched-queries table: the mix over HTTP from the load client's JVM, then the
   * same on the bare searcher; returns the figures against their targets.
   */
  private String searched(org.agendasearch.search.SearchService search, int port, int clients) throws Exception {
    LoadRunner.Result http = LoadClient.inChildJvm(port, clients, options.requests(), 0, Duration.ofSeconds(60));
    LoadRunner.Result bare = LoadRunner.run(clients, options.requests(), Duration.ofSeconds(60),
        i -> search.bareSearch(QueryMix.QUERIES.get(i % QueryMix.QUERIES.size()).request()));
    // The bare searcher again, counting every match (no skipping): the least an exact total costs.
    LoadRunner.Result counting = LoadRunner.run(clients, options.requests(), Duration.ofSeconds(60),
        i -> search.bareSearch(QueryMix.QUERIES.get(i % QueryMix.QUERIES.size()).request(), true));
    say("| %d | %.1f | %.1f | %.1f | %.0f | %d | %.2f | %.2f | %.0f | %.1fx | %.0f |%n", clients, http.stats().p50Ms(),
        http.stats().p95Ms(), http.stats().p99Ms(), http.stats().perSecond(), http.errors(), bare.stats().p50Ms(),
        bare.stats().p99Ms(), bare.stats().perSecond(), http.stats().p50Ms() / bare.stats().p50Ms(),
        counting.stats().perSecond());
    double throughput = http.stats().perSecond() / bare.stats().perSecond();
    double tail = http.stats().p99Ms() / http.stats().p50Ms();
    return String.format(Locale.ROOT, "%d clients: HTTP throughput **%.2fx** the bare searcher's (target >= 0.8x: %s), "
        + "p99 **%.1fx** p50 (target <= 4x: %s); %.2fx the bare searcher's counting every match", clients, throughput,
        throughput >= 0.8 ? "met" : "not met", tail, tail <= 4 ? "met" : "not met",
        http.stats().perSecond() / counting.stats().perSecond());
  }

  // ---- helpers ----

  private static List<Path> pdfs(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private void say(String format, Object... args) {
    out.printf(Locale.ROOT, format, args);
    out.flush();
  }
}
