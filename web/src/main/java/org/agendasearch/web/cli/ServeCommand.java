package org.agendasearch.web.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.agendasearch.web.AgendaOptions;
import org.agendasearch.web.Backend;
import org.agendasearch.web.Services;
import org.agendasearch.web.WebApp;
import org.agendasearch.web.alerts.Alerts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agenda serve}: the web server; builds the index first when there is none. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve search over HTTP. If the index is missing or empty it is built from the corpus first.")
public final class ServeCommand implements Callable<Integer> {

  @Mixin
  LocationOptions locations;

  @Mixin
  BackendOptions backendOptions;

  @Mixin
  SolrLayoutOptions layout;

  @Option(names = "--port", description = "HTTP port (default: $AGENDA_PORT or 7070; 0 picks a free one).")
  Integer port;

  @Option(names = "--rate-limit", description = "Requests a second per client, 0 for none (default: $AGENDA_RATE_LIMIT or 20).")
  Double rateLimit;

  @Option(names = "--cache", description = "Searches whose results are kept per index reader, 0 for none "
      + "(embedded index; default: $AGENDA_SEARCH_CACHE or 256).")
  Integer cache;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    AgendaOptions options = locations.resolve(port);
    PrintWriter out = spec.commandLine().getOut();
    Backend backend = backendOptions.resolve(layout);
    out.printf("Options: corpus=%s index=%s port=%d%n", options.corpus(), backend.describe(options), options.port());
    String token = System.getenv("AGENDA_ADMIN_TOKEN");
    double rate = rateLimit != null ? rateLimit : Double.parseDouble(System.getenv().getOrDefault("AGENDA_RATE_LIMIT", "20"));
    Services services = backend.services(options, token, rate);
    int cacheSize = cache != null ? cache : Integer.parseInt(System.getenv().getOrDefault("AGENDA_SEARCH_CACHE",
        Integer.toString(org.agendasearch.search.SearchService.DEFAULT_CACHE)));
    if (services.search() instanceof org.agendasearch.search.LuceneBackend lucene) {
      lucene.service().cacheSize(cacheSize);
    }
    out.println(rate > 0 ? String.format("Rate limit: %.0f requests a second per client (bursts of %.0f)", rate, rate * 3)
        : "Rate limit: none");
    out.println(token == null || token.isBlank() ? "Admin endpoints: disabled (set AGENDA_ADMIN_TOKEN to enable them)"
        : "Admin endpoints: enabled (token from AGENDA_ADMIN_TOKEN)");
    services.files().mismatch().ifPresent(m -> out.println("Warning: " + m));
    Alerts alerts = Alerts.fromEnv(System.getenv(), options.index(), services.search()).orElse(null);
    out.println(alerts == null ? "Email alerts: off (set AGENDA_SMTP_HOST to turn them on)"
        : "Email alerts: on, mail via " + alerts.mail() + ", subscriptions in " + alerts.store().kind());
    if (alerts != null) {
      services.jobs().afterEach(alerts::sendDue);
      alerts.schedule();
    }
    Javalin app = WebApp.create(services, System::nanoTime, alerts);
    app.start("0.0.0.0", options.port());
    out.printf("Serving %d records at http://localhost:%d/%n", services.search().recordCount(), app.port());
    if (services.search().recordCount() == 0) {
      // Listen first: /health and the pages say how far the build is, search answers once it is committed.
      out.println("The index is empty: building it from the corpus now; search answers once it is committed.");
      services.jobs().start(false, new Progress(out, Progress.isTerminal(), options.corpus()));
      services.jobs().ended().thenRun(() -> {
        out.printf("Index build %s: %s; serving %d records%n", services.jobs().status().get("state"),
            services.jobs().status().get("message"), services.search().recordCount());
        out.flush();
      });
    }
    out.flush();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        services.close();
      } catch (java.io.IOException e) {
        // closing on exit: nothing left to do
      }
      stop.countDown();
    }));
    stop.await();
    return 0;
  }
}
