package org.agendasearch.web.alerts;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendasearch.alerts.mail.SmtpMailer;
import org.agendasearch.alerts.testing.Databases;
import org.agendasearch.alerts.testing.Inbox;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.web.Services;
import org.agendasearch.web.WebApp;

/**
 * The real server with email alerts on a random loopback port, over a corpus in a temporary folder
 * (sample packs copied in), subscriptions in SQLite or PostgreSQL, mail to a GreenMail SMTP server;
 * a reindex (through the admin job, as a server runs it) sends what is due.
 */
final class AlertServer implements AutoCloseable {

  final Path corpus;
  final Services services;
  final Alerts alerts;
  final Inbox inbox;
  final Javalin app;
  final String base;

  AlertServer(Path tmp, String database, String... packs) throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (String pack : packs) {
      addPack(pack, pack);
    }
    Path index = tmp.resolve("data/index");
    new IndexBuilder(new Ingestor(), 2).rebuild(corpus, new IndexLayout(index), ReindexListener.NONE);
    services = Services.open(index, corpus);
    inbox = new Inbox();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    base = "http://127.0.0.1:" + port;
    // A millisecond behind the index's clock: a record indexed in the same millisecond as a
    // confirmation is still new to the alert (on a real server they are seconds apart).
    alerts = Alerts.create(inbox.settings(base), Databases.url(database, tmp), services.search(),
        new SmtpMailer(inbox.settings(base)), () -> System.currentTimeMillis() - 1);
    services.jobs().afterEach(alerts::sendDue);
    app = WebApp.create(services, System::nanoTime, alerts).start("127.0.0.1", port);
  }

  /** Copies a sample pack into the corpus under another name. */
  void addPack(String sample, String name) throws IOException {
    Files.copy(TestFiles.repoRoot().resolve("corpus").resolve(sample), corpus.resolve(name));
  }

  /** Reindexes as the admin endpoint does, and waits for it and the alerts it sends. */
  void reindex() throws Exception {
    if (!services.jobs().start(false)) {
      throw new IllegalStateException("a reindex is already running");
    }
    services.jobs().ended().get();
  }

  @Override
  public void close() throws IOException {
    app.stop();
    inbox.close();
    services.close();
  }
}
