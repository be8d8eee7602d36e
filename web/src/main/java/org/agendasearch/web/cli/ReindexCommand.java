package org.agendasearch.web.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.extract.ExtractOptions;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.web.AgendaOptions;
import org.agendasearch.web.Backend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agenda reindex}: rebuild the index from the corpus, reporting on every file. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {"Bring the search index up to date with a corpus folder (PDF, Word, OpenDocument, HTML, text; recursively).",
        "Incremental by default: unchanged files are skipped, changed ones replaced, removed ones deleted, in one atomic commit.",
        "--full (or a schema change) rebuilds into a new generation that replaces the live one only when complete."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the index was built (files that failed are in the report)", "1:the index could not be built",
        "2:with --strict, some files failed", "3:another reindex is running"})
public final class ReindexCommand implements Callable<Integer> {

  @Mixin
  LocationOptions locations;

  @Mixin
  BackendOptions backendOptions;

  @Mixin
  SolrLayoutOptions layout;

  @Option(names = "--threads", description = "Files parsed at once (default: ${DEFAULT-VALUE}, the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--strict", description = "Exit non-zero (2) when any file failed.")
  boolean strict;

  @Option(names = "--full", description = "Read every file into a new index generation.")
  boolean full;

  @Option(names = "--incremental", description = "SolrCloud: update the live collection in place (unchanged files "
      + "skipped) instead of building a new collection behind the alias. The embedded index is incremental by default.")
  boolean incremental;

  @Option(names = "--time-limit", paramLabel = "SECONDS",
      description = "Stop reading a file after this long and report it (default: ${DEFAULT-VALUE}).")
  long timeLimit = ExtractOptions.DEFAULTS.timeLimit().toSeconds();

  @Option(names = "--report", paramLabel = "FILE", description = "Write the per-file report (JSON lines) here instead of beside the index.")
  Path report;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AgendaOptions options = locations.resolve();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      BuildSummary s = run(options, backendOptions.resolve(layout), new Ingestor(ExtractOptions.DEFAULTS.withTimeLimit(Duration.ofSeconds(timeLimit))),
          threads, full, incremental, report, out);
      return strict && s.failed() > 0 ? 2 : 0;
    } catch (IndexLayout.IndexBusyException e) {
      err.println("agenda reindex: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("agenda reindex: the index could not be built: " + e.getMessage());
      return 1;
    }
  }

  /** Brings the index up to date, with progress and a summary. Used by serve on first start too. */
  static BuildSummary run(AgendaOptions options, Backend backend, Ingestor ingestor, int threads, boolean full,
      boolean incremental, Path report, PrintWriter out) throws IOException {
    out.printf("Indexing %s into %s on %d threads%n", options.corpus(), backend.describe(options), threads);
    boolean inPlace = incremental && !full; // the embedded index is incremental unless --full anyway
    if (backend.isSolr()) {
      out.println(inPlace ? "SolrCloud: updating the live collection in place (a new collection instead if there is "
          + "none, the schema changed or --shards/--replicas differ)."
          : "SolrCloud: reading every file into a new collection, then switching the alias to it.");
    }
    out.flush();
    BuildSummary s = (inPlace ? backend.incrementalReindexer(options, ingestor, threads)
        : backend.reindexer(options, ingestor, threads)).reindex(options.corpus(), full,
        new Progress(out, Progress.isTerminal(), options.corpus()), report);
    out.printf("Done in %.1f s: %d files read (%d ok, %d with warnings, %d failed), %d unchanged, %d removed; "
        + "%d pages, %d records.%n", s.elapsed().toMillis() / 1000.0, s.files().size(), s.ok(), s.warnings(),
        s.failed(), s.unchanged(), s.removed(), s.pages(), s.records());
    out.printf("Per-file report: %s%n", s.report());
    out.flush();
    return s;
  }
}
