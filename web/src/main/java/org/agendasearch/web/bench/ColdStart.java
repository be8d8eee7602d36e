package org.agendasearch.web.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.synth.PackGenerator;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;

/**
 * Cold start, as a new user meets it: whole processes timed from launch to exit, in one run so
 * that the noisy machine affects all alike. {@code agenda reindex --full} of {@code agenda generate
 * --packs 20 --seed 7} in a fresh JVM, plain and as {@code ./agenda} starts it (the JDK's
 * ahead-of-time cache, made here by the same training run, and the Vector API module), against
 * {@code pdftotext} over the same files; the same reindex warm, in this JVM; and how long
 * {@code agenda serve} takes to answer {@code /health} on an index that exists.
 */
final class ColdStart {

  /** The JVM options ./agenda adds to the plain ones (the cache is added when the JDK has it). */
  static final List<String> LAUNCHER = List.of("--add-modules", "jdk.incubator.vector");
  private static final Pattern SERVING = Pattern.compile("Serving \\d+ records at http://localhost:(\\d+)/");
  private static final int RUNS = 3;

  private final Path work;
  private final PrintWriter out;

  ColdStart(Path work, PrintWriter out) {
    this.work = work;
    this.out = out;
  }

  void run(Path trainingCorpus) throws Exception {
    try {
      new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start().waitFor();
    } catch (IOException e) {
      say("%n## Cold start%n%n(pdftotext not installed: apt-get install poppler-utils)%n");
      return;
    }
    Path corpus = work.resolve("cold-20-seed7");
    if (!Files.isDirectory(corpus)) {
      PackGenerator.generate(new PackGenerator.Options(20, 7, 6, 50, 400), corpus);
    }
    List<Path> pdfs;
    try (var s = Files.list(corpus)) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    List<String> cached = new ArrayList<>(LAUNCHER);
    Path aot = work.resolve("agenda.aot");
    boolean aotMade = Runtime.version().feature() >= 25 && train(aot, trainingCorpus);
    if (aotMade) {
      cached.add("-XX:AOTCache=" + aot);
    }
    // Alternate the kinds run by run, and keep each one's median.
    List<Double> pdftotext = new ArrayList<>();
    List<Double> plain = new ArrayList<>();
    List<Double> launcher = new ArrayList<>();
    long pages = 0;
    for (int i = 0; i < RUNS; i++) {
      pdftotext.add(pdftotext(pdfs));
      plain.add(reindex(List.of(), corpus));
      launcher.add(reindex(cached, corpus));
    }
    Path warmIndex = work.resolve("index-cold-warm");
    Ingestor ingestor = new Ingestor();
    int cores = Runtime.getRuntime().availableProcessors();
    double warm = Double.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      IndexLayout.deleteTree(warmIndex);
      BuildSummary s = new IndexBuilder(ingestor, cores).rebuild(corpus, new IndexLayout(warmIndex), r -> { });
      pages = s.pages();
      warm = Math.min(warm, s.elapsed().toNanos() / 1e9);
    }
    double tool = median(pdftotext);
    say("%n## Cold start (`agenda reindex --full` of `agenda generate --packs 20 --seed 7`, %d pages; whole processes, "
        + "median of %d)%n%n| | seconds | pages/s | x pdftotext | target |%n|---|---|---|---|---|%n", pages, RUNS);
    say("| `pdftotext`, one process a file | %.2f | %.0f | 1.00 | |%n", tool, pages / tool);
    row("cold: `agenda reindex --full`, plain JVM", median(plain), pages, tool);
    row(aotMade ? "cold: the same as `./agenda` starts it (AOT cache + Vector API)" : "cold: with the Vector API module "
        + "(no AOT cache: JDK " + Runtime.version().feature() + ")", median(launcher), pages, tool);
    say("| warm: the same reindex in a warmed-up JVM (best of %d) | %.2f | %.0f | %.2f | |%n", RUNS, warm, pages / warm,
        tool / warm);
    Path served = work.resolve("index-cold-serve");
    if (new IndexLayout(served).current().isEmpty()) {
      new IndexBuilder(ingestor, cores).rebuild(trainingCorpus, new IndexLayout(served), r -> { });
    }
    double healthPlain = health(List.of(), trainingCorpus, served);
    double healthCached = health(cached, trainingCorpus, served);
    say("%n`agenda serve` on the index of %s: `/health` answers %.2f s after launch with a plain JVM, **%.2f s** "
        + "as `./agenda` starts it (target <= 2 s). On an empty index it listens at once and builds it behind.%n",
        trainingCorpus, healthPlain, healthCached);
  }

  private void row(String what, double secs, long pages, double tool) {
    double ratio = tool / secs;
    say("| %s | %.2f | %.0f | **%.2f** | >= 0.5 %s |%n", what, secs, pages / secs, ratio, ratio >= 0.5 ? "(met)" : "(not met)");
  }

  /** Makes the AOT cache as ./agenda does: the hidden training run; false when the JVM could not. */
  private boolean train(Path aot, Path corpus) throws Exception {
    Files.deleteIfExists(aot);
    List<String> jvm = new ArrayList<>(LAUNCHER);
    jvm.add("-XX:AOTCacheOutput=" + aot);
    Process p = ChildJvm.start(jvm, work.resolve("aot-training.log"), "aot-training", corpus.toString());
    return p.waitFor(600, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isRegularFile(aot);
  }

  private double reindex(List<String> jvm, Path corpus) throws Exception {
    Path index = work.resolve("index-cold");
    IndexLayout.deleteTree(index);
    long t0 = System.nanoTime();
    Process p = ChildJvm.start(jvm, work.resolve("cold-reindex.log"), "reindex", "--full", "--corpus", corpus.toString(),
        "--index", index.toString());
    if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("the cold reindex failed: see " + work.resolve("cold-reindex.log"));
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double pdftotext(List<Path> files) throws Exception {
    long t0 = System.nanoTime();
    for (Path f : files) {
      Process p = new ProcessBuilder("pdftotext", f.toString(), "-").redirectErrorStream(true).start();
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      p.waitFor();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Seconds from launching {@code agenda serve} to its first 200 on {@code /health}. */
  private static double health(List<String> jvm, Path corpus, Path index) throws Exception {
    long t0 = System.nanoTime();
    Process p = ChildJvm.startReadable(jvm, "serve", "--port", "0", "--rate-limit", "0", "--corpus", corpus.toString(),
        "--index", index.toString());
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        Matcher m = SERVING.matcher(line);
        if (m.find()) {
          HttpClient http = HttpClient.newHttpClient();
          HttpResponse<Void> h = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(1) + "/health"))
              .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
          if (h.statusCode() != 200) {
            throw new IOException("/health answered " + h.statusCode());
          }
          return (System.nanoTime() - t0) / 1e9;
        }
      }
      throw new IOException("agenda serve ended before it served");
    } finally {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  private static double median(List<Double> xs) {
    List<Double> sorted = xs.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private void say(String format, Object... args) {
    out.printf(Locale.ROOT, format, args);
    out.flush();
  }
}
