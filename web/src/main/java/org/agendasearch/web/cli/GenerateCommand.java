package org.agendasearch.web.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendasearch.ingest.synth.PackGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agenda generate}: synthetic packs with their expected records, for benchmarks and eval. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write synthetic agenda packs as PDFs, each with its expected records (name.expected.json).")
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--packs", description = "How many packs (default: ${DEFAULT-VALUE}).")
  int packs = 10;

  @Option(names = "--seed", description = "Random seed; the same seed writes the same packs (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--out", description = "Folder to write to (default: ${DEFAULT-VALUE}, git-ignored).")
  Path out = Path.of("data/generated");

  @Option(names = "--appendix-pages", description = "Appendix pages per report (default: ${DEFAULT-VALUE}).")
  int appendixPages = 6;

  @Option(names = "--long-every", description = "Every Nth pack is a very long one; 0 for none (default: ${DEFAULT-VALUE}).")
  int longEvery = 50;

  @Option(names = "--long-pages", description = "Appendix pages per report of a very long pack (default: ${DEFAULT-VALUE}).")
  int longPages = 400;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    List<Path> files = PackGenerator.generate(new PackGenerator.Options(packs, seed, appendixPages, longEvery, longPages), out);
    spec.commandLine().getOut().printf("Wrote %d packs to %s in %.1f s%n", files.size(), out.toAbsolutePath(),
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
