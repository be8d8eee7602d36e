package org.agendasearch.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code agenda}: parse, index, search and serve council agenda packs. */
@Command(name = "agenda", mixinStandardHelpOptions = true, version = "agenda 0.1.0",
    description = "Turns council agenda packs (PDF) into a searchable record of what was proposed, discussed and decided.",
    subcommands = {ParseCommand.class, ReindexCommand.class, ServeCommand.class, SearchCommand.class,
        GenerateCommand.class, EvalCommand.class, BenchCommand.class, MemoryProbeCommand.class})
public final class AgendaCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    quietLibraries();
    System.exit(new CommandLine(new AgendaCommand()).execute(args));
  }

  /** Lucene logs its vector-API notice through java.util.logging at start: not news to a user. */
  static void quietLibraries() {
    java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.SEVERE);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
