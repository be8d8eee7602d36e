package org.agendasearch.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code agenda}: parse, index, search and serve council agenda packs. */
@Command(name = "agenda", mixinStandardHelpOptions = true, version = "agenda 0.1.0",
    description = "Turns council agenda packs (PDF) into a searchable record of what was proposed, discussed and decided.",
    subcommands = {ParseCommand.class, ReindexCommand.class, FetchCommand.class, ServeCommand.class, SearchCommand.class,
        GenerateCommand.class, EvalCommand.class, BenchCommand.class, MemoryProbeCommand.class, SolrCommand.class,
        TrainCommand.class, AlertsCommand.class})
public final class AgendaCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    quietLibraries();
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line, with wrong settings ("AGENDA_PORT=seventy", "--backend elastic") and an
   * unreachable SolrCloud told in one line rather than a stack trace.
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new AgendaCommand());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException || e instanceof org.agendasearch.search.SearchUnavailableException) {
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage()); // "agenda alerts send: ..."
        cmd.getErr().flush();
        return e instanceof IllegalArgumentException ? 2 : 1;
      }
      throw e;
    });
    return cli;
  }

  /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  /** Lucene logs its vector-API notice through java.util.logging at start: not news to a user. */
  static void quietLibraries() {
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
