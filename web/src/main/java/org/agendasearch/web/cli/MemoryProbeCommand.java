package org.agendasearch.web.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.extract.ExtractOptions;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Run by the benchmark in a child JVM with a set heap: parse or reindex, then print the peak heap. */
@Command(name = "memory-probe", hidden = true)
public final class MemoryProbeCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "parse or reindex")
  String what;

  @Parameters(index = "1..*", description = "FILE, or CORPUS INDEX")
  java.util.List<Path> paths;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Ingestor ingestor = new Ingestor(ExtractOptions.DEFAULTS.withOcr(false));
    if (what.equals("parse")) {
      int pages = ingestor.ingest(paths.get(0)).pages().size();
      spec.commandLine().getOut().println("pages=" + pages);
    } else {
      new IndexBuilder(ingestor, Runtime.getRuntime().availableProcessors())
          .rebuild(paths.get(0), new IndexLayout(paths.get(1)), r -> { });
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    spec.commandLine().getOut().printf("peak_heap_mb=%d%n", peak / (1024 * 1024));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
