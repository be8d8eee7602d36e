package org.agendasearch.web.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.FileResult;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.web.AgendaOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agenda reindex}: rebuild the index from the corpus, reporting on every file. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the search index from a corpus folder. The live index keeps serving until the new one is complete.")
public final class ReindexCommand implements Callable<Integer> {

  @Mixin
  LocationOptions locations;

  @Option(names = "--threads", description = "Files parsed at once (default: ${DEFAULT-VALUE}, the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--strict", description = "Exit non-zero when any file failed.")
  boolean strict;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AgendaOptions options = locations.resolve();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      BuildSummary s = run(options, threads, out);
      return strict && s.failed() > 0 ? 1 : 0;
    } catch (IndexLayout.IndexBusyException e) {
      err.println("agenda reindex: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("agenda reindex: the index could not be built: " + e.getMessage());
      return 1;
    }
  }

  /** Rebuilds the index, printing a line per file and a summary. Used by serve on first start. */
  static BuildSummary run(AgendaOptions options, int threads, PrintWriter out) throws IOException {
    if (!Files.isDirectory(options.corpus())) {
      throw new IOException("no corpus folder at " + options.corpus());
    }
    int total = IndexBuilder.corpusFiles(options.corpus()).size();
    out.printf("Indexing %d files from %s into %s on %d threads%n", total, options.corpus(), options.index(), threads);
    out.flush();
    AtomicInteger done = new AtomicInteger();
    BuildSummary s = new IndexBuilder(new Ingestor(), threads).rebuild(options.corpus(), new IndexLayout(options.index()),
        r -> progress(out, done.incrementAndGet(), total, r));
    out.printf("Done in %.1f s: %d files ok, %d with warnings, %d failed; %d pages, %d records.%n",
        s.elapsed().toMillis() / 1000.0, s.ok(), s.warnings(), s.failed(), s.pages(), s.records());
    out.printf("Per-file report: %s%n", s.report());
    out.flush();
    return s;
  }

  private static synchronized void progress(PrintWriter out, int n, int total, FileResult r) {
    out.printf("[%d/%d] %-8s %s  %d pages, %d records, %.1f s%s%n", n, total, r.status(), r.file(), r.pages(),
        r.records(), r.milliseconds() / 1000.0, r.reason() == null ? "" : "  (" + r.reason() + ")");
    out.flush();
  }
}
