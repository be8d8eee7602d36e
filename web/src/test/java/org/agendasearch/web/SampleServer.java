package org.agendasearch.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.solr.SolrSettings;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;

/** The real server on a random loopback port over the sample corpus, indexed into a temporary folder. */
public final class SampleServer implements AutoCloseable {

  private final Services services;
  private final Javalin app;

  private SampleServer(Services services, Javalin app) {
    this.services = services;
    this.app = app;
  }

  public static SampleServer start() throws IOException {
    Path index = Files.createTempDirectory("agenda-server");
    Path corpus = TestFiles.repoRoot().resolve("corpus");
    new IndexBuilder(new Ingestor(), 2).rebuild(corpus, new IndexLayout(index), r -> { });
    Services services = Services.open(index, corpus);
    return new SampleServer(services, WebApp.create(services).start("127.0.0.1", 0));
  }

  /** The same server on SolrCloud: the sample corpus indexed into the alias of {@code settings}. */
  public static SampleServer startSolr(SolrSettings settings) throws IOException {
    Path work = Files.createTempDirectory("agenda-server-solr");
    Path corpus = TestFiles.repoRoot().resolve("corpus");
    AgendaOptions options = new AgendaOptions(corpus, work.resolve("index"), 0);
    Backend backend = Backend.solr(settings);
    backend.reindexer(options, new Ingestor(), 2).reindex(corpus, true, r -> { }, null);
    Services services = backend.services(options, null, 0);
    return new SampleServer(services, WebApp.create(services).start("127.0.0.1", 0));
  }

  public int port() {
    return app.port();
  }

  /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  @Override
  public void close() throws IOException {
    app.stop();
    services.close();
  }
}
