package org.agendasearch.web.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.extract.ExtractOptions;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.CouncilScope;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.solr.SharedBuild;
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
        "--full (or a schema change) rebuilds into a new generation that replaces the live one only when complete.",
        "--council SLUG: only that council's records are added, replaced and deleted (in place; never another's).",
        "SolrCloud, many machines: --build NAME --workers N --worker I builds a new collection, each worker a share of",
        "the councils; the alias switches when every share is in."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the index was built (files that failed are in the report); for a worker, its share is in",
        "1:the index could not be built", "2:with --strict, some files failed; or bad arguments",
        "3:another reindex is running", "4:no such council in the corpus"})
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

  @Option(names = "--council", paramLabel = "SLUG", description = "Only this council's records (its folder "
      + "corpus/SLUG/; repeatable): added, replaced and deleted in place, never another council's. On SolrCloud, "
      + "runs for different councils can go at the same time.")
  List<String> councils = List.of();

  @Option(names = "--build", paramLabel = "NAME", description = "SolrCloud: the name of a new collection that "
      + "--workers build together (a letter, then letters, digits, _), the same for every worker.")
  String build;

  @Option(names = "--workers", paramLabel = "N", description = "SolrCloud, with --build: how many workers share the "
      + "build (councils dealt round by sorted slug).")
  int workers;

  @Option(names = "--worker", paramLabel = "I", description = "SolrCloud, with --build: which worker this is, 1 to N.")
  int worker;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AgendaOptions options = locations.resolve();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Backend backend = backendOptions.resolve(layout);
      Ingestor ingestor = new Ingestor(ExtractOptions.DEFAULTS.withTimeLimit(Duration.ofSeconds(timeLimit)));
      if (build != null || workers != 0 || worker != 0) {
        return worker(options, backend, ingestor, out, err);
      }
      BuildSummary s = run(options, backend, ingestor, threads, full, incremental, CouncilScope.of(councils), report,
          out);
      return strict && s.failed() > 0 ? 2 : 0;
    } catch (CouncilScope.UnknownCouncilException e) {
      err.println("agenda reindex: " + e.getMessage());
      return 4;
    } catch (IndexLayout.IndexBusyException e) {
      err.println("agenda reindex: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("agenda reindex: the index could not be built: " + e.getMessage());
      return 1;
    }
  }

  /** One worker's share of a build on SolrCloud ({@code --build NAME --workers N --worker I}). */
  private int worker(AgendaOptions options, Backend backend, Ingestor ingestor, PrintWriter out, PrintWriter err)
      throws IOException {
    if (!backend.isSolr() || build == null || workers < 1 || !councils.isEmpty() || incremental) {
      err.println("agenda reindex: --build NAME --workers N --worker I go together, on SolrCloud (--backend solr), "
          + "without --council or --incremental");
      return 2;
    }
    SharedBuild.Share share;
    try {
      share = new SharedBuild.Share(build, worker, workers);
    } catch (IllegalArgumentException e) {
      err.println("agenda reindex: " + e.getMessage());
      return 2;
    }
    SharedBuild shared = new SharedBuild(backend.solr(), ingestor, threads, options.index().resolve("reports"));
    out.printf("Worker %d of %d of build %s: indexing its councils of %s into %s on %d threads%n", worker, workers,
        build, options.corpus(), shared.collection(build), threads);
    out.flush();
    SharedBuild.Outcome o = shared.run(options.corpus(), share, new Progress(out, Progress.isTerminal(),
        options.corpus()), report);
    summarise(o.summary(), out);
    out.printf("Councils of this share: %s%n", o.councils().isEmpty() ? "none (more workers than councils)"
        : String.join(", ", o.councils()));
    if (o.complete()) {
      out.printf("Build %s complete: alias %s -> %s%n", build, backend.solr().alias(), o.collection());
    } else {
      out.printf("Build %s: share %d done; waiting for worker%s %s (the alias stays where it is until every share "
          + "is in; the last worker switches it)%n", build, worker, o.waitingFor().size() == 1 ? "" : "s",
          String.join(", ", o.waitingFor().stream().map(String::valueOf).toList()));
    }
    out.flush();
    return strict && o.summary().failed() > 0 ? 2 : 0;
  }

  /** Brings the index up to date, with progress and a summary. Used by serve on first start too. */
  static BuildSummary run(AgendaOptions options, Backend backend, Ingestor ingestor, int threads, boolean full,
      boolean incremental, Path report, PrintWriter out) throws IOException {
    return run(options, backend, ingestor, threads, full, incremental, CouncilScope.ALL, report, out);
  }

  /** As {@link #run(AgendaOptions, Backend, Ingestor, int, boolean, boolean, Path, PrintWriter)}, for the councils in {@code scope}. */
  static BuildSummary run(AgendaOptions options, Backend backend, Ingestor ingestor, int threads, boolean full,
      boolean incremental, CouncilScope scope, Path report, PrintWriter out) throws IOException {
    out.printf("Indexing %s into %s on %d threads%s%n", options.corpus(), backend.describe(options), threads,
        scope.all() ? "" : ", councils " + scope + " only");
    // The embedded index is incremental unless --full anyway; a scoped run is always in place.
    boolean inPlace = !scope.all() || (incremental && !full);
    if (backend.isSolr()) {
      out.println(!scope.all() ? "SolrCloud: updating the live collection in place, these councils' records only."
          : inPlace ? "SolrCloud: updating the live collection in place (a new collection instead if there is "
          + "none, the schema changed or --shards/--replicas differ)."
          : "SolrCloud: reading every file into a new collection, then switching the alias to it.");
    }
    out.flush();
    BuildSummary s = (inPlace ? backend.incrementalReindexer(options, ingestor, threads)
        : backend.reindexer(options, ingestor, threads)).reindex(options.corpus(), full, scope,
        new Progress(out, Progress.isTerminal(), options.corpus()), report);
    summarise(s, out);
    return s;
  }

  private static void summarise(BuildSummary s, PrintWriter out) {
    out.printf("Done in %.1f s: %d files read (%d ok, %d with warnings, %d failed), %d unchanged, %d removed; "
        + "%d pages, %d records.%n", s.elapsed().toMillis() / 1000.0, s.files().size(), s.ok(), s.warnings(),
        s.failed(), s.unchanged(), s.removed(), s.pages(), s.records());
    out.printf("Per-file report: %s%n", s.report());
    out.flush();
  }
}
