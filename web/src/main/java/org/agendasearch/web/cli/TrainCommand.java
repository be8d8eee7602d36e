package org.agendasearch.web.cli;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.web.Services;
import org.agendasearch.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The training run for the JVM's ahead-of-time cache ({@code ./agenda} runs it once with
 * {@code -XX:AOTCacheOutput} after each build): what a first start does, on the bundled corpus
 * in a throw-away index (a full reindex, the server started, a few pages and API calls), so that
 * the classes it loads and the methods it profiles are ready in every later start.
 */
@Command(name = "aot-training", hidden = true)
public final class TrainCommand implements Callable<Integer> {

  /** The requests a first visitor makes. */
  static final List<String> REQUESTS = List.of("/health", "/", "/search?q=council", "/api/search?q=budget+report",
      "/api/search?q=%22planning+application%22&sort=newest", "/meetings", "/resolutions", "/councils");

  @Parameters(index = "0", description = "The corpus folder to train on.")
  Path corpus;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path index = Files.createTempDirectory("agenda-aot-training");
    try {
      new IndexBuilder(new Ingestor(), Runtime.getRuntime().availableProcessors())
          .rebuild(corpus, new IndexLayout(index), r -> { });
      try (Services services = Services.open(index, corpus)) {
        Javalin app = WebApp.create(services).start("127.0.0.1", 0);
        try {
          HttpClient http = HttpClient.newHttpClient();
          for (String path : REQUESTS) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.discarding());
          }
        } finally {
          app.stop();
        }
      }
      spec.commandLine().getOut().println("Trained on " + corpus);
      return 0;
    } finally {
      IndexLayout.deleteTree(index);
    }
  }
}
