package org.agendasearch.web.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.agendasearch.solr.SolrAdmin;
import org.agendasearch.solr.SolrSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agenda solr init|status}: set up and look at the SolrCloud backend. */
@Command(name = "solr", mixinStandardHelpOptions = true,
    description = {"Set up the SolrCloud backend: 'init' uploads the configset and creates the collection and its alias;",
        "'status' shows where the alias points. Then: agenda reindex --backend solr, agenda serve --backend solr."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:SolrCloud refused or did not answer", "2:wrong settings"})
public final class SolrCommand implements Callable<Integer> {

  @CommandLine.Parameters(index = "0", paramLabel = "init|status", description = "What to do.")
  String action;

  @Option(names = "--solr-url", paramLabel = "URLS",
      description = "SolrCloud node URLs, comma-separated (default: $AGENDA_SOLR_URL).")
  String solrUrl;

  @Option(names = "--solr-collection", paramLabel = "ALIAS",
      description = "The alias searches use (default: $AGENDA_SOLR_COLLECTION or agenda).")
  String collection;

  @Option(names = "--shards", description = "Shards of each new collection (default: ${DEFAULT-VALUE}).")
  int shards = 2;

  @Option(names = "--replicas", description = "Copies of each shard (default: ${DEFAULT-VALUE}; 2+ survives a node going down).")
  int replicas = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SolrSettings settings = SolrSettings.of(solrUrl != null ? solrUrl : System.getenv("AGENDA_SOLR_URL"))
        .withAlias(collection != null ? collection : System.getenv("AGENDA_SOLR_COLLECTION"))
        .withLayout(shards, replicas);
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      switch (action) {
        case "init" -> {
          String target = admin.init();
          out.printf("Configset %s uploaded; alias %s -> collection %s (%d shards x %d replicas for new collections).%n",
              SolrAdmin.configName(), settings.alias(), target, shards, replicas);
        }
        case "status" -> {
          java.util.Optional<String> target = admin.aliasTarget();
          if (target.isPresent()) {
            int[] layout = admin.layoutOf(target.get());
            out.printf("Alias %s -> %s (%d shards x %d replicas)%n", settings.alias(), target.get(), layout[0], layout[1]);
          } else {
            out.printf("Alias %s -> (none: run agenda solr init)%n", settings.alias());
          }
          out.printf("Collections built for it: %s%n", String.join(", ", admin.builtCollections()));
        }
        default -> {
          err.println("agenda solr: the action is init or status, not \"" + action + "\"");
          return 2;
        }
      }
      out.flush();
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("agenda solr " + action + ": " + e.getMessage());
      return 1;
    }
  }
}
