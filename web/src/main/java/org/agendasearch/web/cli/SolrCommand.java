package org.agendasearch.web.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.agendasearch.solr.SharedBuild;
import org.agendasearch.solr.SolrAdmin;
import org.agendasearch.solr.SolrSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code agenda solr init|status|switch}: set up and look at the SolrCloud backend. */
@Command(name = "solr", mixinStandardHelpOptions = true,
    description = {"Set up the SolrCloud backend: 'init' uploads the configset and creates the collection and its alias;",
        "'status' shows where the alias points. Then: agenda reindex --backend solr, agenda serve --backend solr.",
        "'switch --build NAME --workers N' points the alias at a build of several workers once every share is in",
        "(the last worker does it itself; this is for when it could not)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:SolrCloud refused or did not answer; for switch, a share is not in yet",
        "2:wrong settings"})
public final class SolrCommand implements Callable<Integer> {

  @CommandLine.Parameters(index = "0", paramLabel = "init|status|switch", description = "What to do.")
  String action;

  @CommandLine.Option(names = "--build", paramLabel = "NAME", description = "switch: the build (as given to the workers).")
  String build;

  @CommandLine.Option(names = "--workers", paramLabel = "N", description = "switch: how many workers share the build.")
  int workers;

  @CommandLine.Mixin
  SolrOptions solr;

  @CommandLine.Mixin
  SolrLayoutOptions layout;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SolrSettings settings = layout.apply(solr.settings());
    try (SolrAdmin admin = new SolrAdmin(settings)) {
      switch (action) {
        case "init" -> {
          String target = admin.init();
          SolrAdmin.CollectionInfo info = admin.info(target);
          out.printf("Configset %s uploaded; alias %s -> collection %s (%d shards x %d replicas).%n",
              SolrAdmin.configName(), settings.alias(), target, info.shards(), info.replicas());
        }
        case "status" -> {
          java.util.Optional<String> target = admin.aliasTarget();
          if (target.isPresent()) {
            SolrAdmin.CollectionInfo info = admin.info(target.get());
            out.printf("Alias %s -> %s (%d shards x %d replicas)%n", settings.alias(), target.get(), info.shards(),
                info.replicas());
          } else {
            out.printf("Alias %s -> (none: run agenda solr init)%n", settings.alias());
          }
          out.printf("Collections built for it: %s%n", String.join(", ", admin.builtCollections()));
        }
        case "switch" -> {
          if (build == null || workers < 1) {
            err.println("agenda solr switch: give --build NAME --workers N, as the workers were given");
            return 2;
          }
          SharedBuild shared = new SharedBuild(settings, null, 1, null);
          java.util.List<Integer> waiting = shared.switchIfComplete(build, workers);
          if (!waiting.isEmpty()) {
            err.printf("agenda solr switch: build %s is not complete: no share from worker%s %s yet; the alias is "
                + "unchanged%n", build, waiting.size() == 1 ? "" : "s",
                String.join(", ", waiting.stream().map(String::valueOf).toList()));
            return 1;
          }
          out.printf("Build %s complete: alias %s -> %s%n", build, settings.alias(), shared.collection(build));
        }
        default -> {
          err.println("agenda solr: the action is init, status or switch, not \"" + action + "\"");
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
