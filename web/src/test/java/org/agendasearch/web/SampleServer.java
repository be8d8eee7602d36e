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

/**
 * The real server on a random loopback port over the sample corpus (or a corpus of two councils),
 * indexed into a temporary folder.
 */
public final class SampleServer implements AutoCloseable {

  private final Services services;
  private final Javalin app;

  private SampleServer(Services services, Javalin app) {
    this.services = services;
    this.app = app;
  }

  public static SampleServer start() throws IOException {
    return embedded(TestFiles.repoRoot().resolve("corpus"));
  }

  /** The same server on SolrCloud: the sample corpus indexed into the alias of {@code settings}. */
  public static SampleServer startSolr(SolrSettings settings) throws IOException {
    return solr(settings, TestFiles.repoRoot().resolve("corpus"));
  }

  /** The server on the embedded index over {@link #twoCouncilsCorpus()}. */
  public static SampleServer startTwoCouncils() throws IOException {
    return embedded(twoCouncilsCorpus());
  }

  /** The server on SolrCloud over {@link #twoCouncilsCorpus()}, indexed into the alias of {@code settings}. */
  public static SampleServer startSolrTwoCouncils(SolrSettings settings) throws IOException {
    return solr(settings, twoCouncilsCorpus());
  }

  /** The bundled Cabinet pack of 26 February 2015 (53 pages). */
  public static final String CABINET_PACK = "001_aa98a297444b1522.pdf";

  /**
   * A corpus of two councils, both with a Cabinet that met on 26 February 2015: the bundled
   * Cabinet pack directly under the corpus (the default council, Herefordshire) and the same pack
   * under {@code shropshire-council/cabinet/}, for Shropshire Council. Same words, same committee,
   * same date: only the council tells them apart.
   */
  public static Path twoCouncilsCorpus() throws IOException {
    Path corpus = Files.createTempDirectory("agenda-two-councils");
    Path pack = TestFiles.repoRoot().resolve("corpus").resolve(CABINET_PACK);
    Files.copy(pack, corpus.resolve(CABINET_PACK));
    Path shropshire = Files.createDirectories(corpus.resolve("shropshire-council/cabinet/2015-02-26_101"));
    Files.copy(pack, shropshire.resolve(CABINET_PACK));
    Files.writeString(corpus.resolve("councils.json"), """
        {"default": "herefordshire-council",
         "councils": [{"name": "Herefordshire Council", "slug": "herefordshire-council"},
                      {"name": "Shropshire Council", "slug": "shropshire-council"}]}
        """);
    return corpus;
  }

  private static SampleServer embedded(Path corpus) throws IOException {
    Path index = Files.createTempDirectory("agenda-server");
    new IndexBuilder(new Ingestor(), 2).rebuild(corpus, new IndexLayout(index), r -> { });
    Services services = Services.open(index, corpus);
    return new SampleServer(services, WebApp.create(services).start("127.0.0.1", 0));
  }

  private static SampleServer solr(SolrSettings settings, Path corpus) throws IOException {
    Path work = Files.createTempDirectory("agenda-server-solr");
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
