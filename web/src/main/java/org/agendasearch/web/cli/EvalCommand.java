package org.agendasearch.web.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.agendasearch.ingest.eval.EvalRun;
import org.agendasearch.ingest.eval.Evaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agenda eval DIR}: parse accuracy (precision, recall, F1 per record kind). */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Parse every document in DIR (and its sub-folders) that has expected records and print precision, recall and F1 per record kind, overall and per folder (council). Exit 1 when there is nothing to compare.")
public final class EvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "Documents, each with name.truth.json (hand-written) or name.expected.json beside it (or see --golden).")
  Path dir;

  @Option(names = "--golden", paramLabel = "DIR", description = "Expected records as name.json in this folder instead.")
  Path golden;

  @Option(names = "--ignore-pages", description = "Compare records without their page numbers (for renderings with no pages).")
  boolean ignorePages;

  @Option(names = "--differences", description = "List every record that differs.")
  boolean differences;

  @Option(names = "--people", paramLabel = "DIR", description = "Score only the people of the minutes (attendance, apologies, declarations, movers, votes), against name.truth.json files in this folder that state them.")
  Path people;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("agenda eval: no such folder: " + dir);
      return 2;
    }
    Evaluation e = people != null ? EvalRun.people(dir, people) : EvalRun.run(dir, golden, !ignorePages);
    if (e.compared() == 0) {
      spec.commandLine().getErr().println("agenda eval: nothing to compare in " + dir
          + ": no document there has expected records (name.truth.json or name.expected.json beside it, or --golden).");
      return 1;
    }
    out.print(e.table());
    if (e.groups().size() > 1) {
      out.println();
      out.print(e.groupTable());
    }
    if (differences) {
      e.differences().forEach(d -> out.println("  " + d));
    }
    out.flush();
    return 0;
  }
}
