package org.agendasearch.web.cli;

import java.nio.file.Path;
import org.agendasearch.web.AgendaOptions;
import picocli.CommandLine.Option;

/** The {@code --corpus} and {@code --index} options shared by the commands. */
public final class LocationOptions {

  @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of packs (default: $AGENDA_CORPUS or corpus/).")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: $AGENDA_INDEX or data/index/).")
  Path index;

  AgendaOptions resolve() {
    return AgendaOptions.resolve(corpus, index, null, System.getenv());
  }

  AgendaOptions resolve(Integer port) {
    return AgendaOptions.resolve(corpus, index, port, System.getenv());
  }
}
