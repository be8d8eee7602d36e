package org.agendasearch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.agendasearch.alerts.Frequency;
import org.agendasearch.alerts.SavedSearch;
import org.agendasearch.alerts.mail.SmtpMailer;
import org.agendasearch.alerts.store.AlertStore;
import org.agendasearch.alerts.testing.Inbox;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.search.LuceneBackend;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.web.alerts.Alerts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code agenda alerts send} and {@code list}, with their settings given as an environment. */
class AlertsCommandTest {

  @TempDir
  Path tmp;

  private static AgendaCommandTest.Run run(Callable<Integer> command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(command);
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return new AgendaCommandTest.Run(cmd.execute(args), out.toString(), err.toString());
  }

  @Test
  void send_says_why_it_sends_nothing_without_smtp() {
    AlertsSendCommand send = new AlertsSendCommand();
    send.env = Map.of();
    AgendaCommandTest.Run r = run(send, "--index", tmp.resolve("index").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("agenda alerts send: no alerts sent: no SMTP server is set up "
        + "(set AGENDA_SMTP_HOST, AGENDA_MAIL_FROM and AGENDA_BASE_URL)\n");
  }

  @Test
  void send_emails_what_is_due_and_list_shows_every_alert() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "AGENDA\n1. Ledbury Road bus lane\n");
    Path index = tmp.resolve("data/index");
    new IndexBuilder(new Ingestor(), 1).rebuild(corpus, new IndexLayout(index), ReindexListener.NONE);
    String db = AlertStore.sqlite(tmp.resolve("data"));
    try (Inbox inbox = new Inbox(); LuceneBackend backend = new LuceneBackend(index)) {
      // A millisecond behind the index's clock, as in AlertServer: the record is indexed after the confirmation.
      Alerts alerts = Alerts.create(inbox.settings("https://agenda.test"), db, backend,
          new SmtpMailer(inbox.settings("https://agenda.test")), () -> System.currentTimeMillis() - 1);
      alerts.service().signUp("ann@example.org", SavedSearch.parse("/search?q=Ledbury"), Frequency.IMMEDIATELY, "127.0.0.1");
      String confirm = Inbox.link(inbox.messages().get(0), "https://agenda.test/alerts/confirm?token=");
      assertThat(alerts.service().confirm(confirm.substring(confirm.indexOf('=') + 1))).isPresent();
      Files.writeString(corpus.resolve("b.txt"), "AGENDA\n1. Ledbury Road crossing\n");
      new IndexBuilder(new Ingestor(), 1).reindex(corpus, new IndexLayout(index), false, ReindexListener.NONE, null);

      Map<String, String> env = Map.of("AGENDA_SMTP_HOST", "127.0.0.1", "AGENDA_SMTP_PORT", Integer.toString(inbox.port()),
          "AGENDA_SMTP_STARTTLS", "false", "AGENDA_MAIL_FROM", "alerts@agenda.test", "AGENDA_BASE_URL", "https://agenda.test",
          "AGENDA_DB_URL", db);
      AlertsSendCommand send = new AlertsSendCommand();
      send.env = env;
      AgendaCommandTest.Run sent = run(send, "--index", index.toString(), "--corpus", corpus.toString());
      assertThat(sent.err()).isEmpty();
      assertThat(sent.out()).isEqualTo("1 alerts due, 1 emails sent, 0 failed\n");
      assertThat(sent.exit()).isZero();
      assertThat(inbox.messages()).hasSize(2);
      assertThat(inbox.messages().get(1).getSubject()).isEqualTo("1 new result for \"Ledbury\" – Agenda Search");

      AlertsListCommand list = new AlertsListCommand();
      list.env = env;
      AgendaCommandTest.Run listed = run(list, "--index", index.toString());
      assertThat(listed.exit()).isZero();
      assertThat(listed.out()).startsWith("1 alerts in sqlite\nann@example.org  immediately confirmed     1 sent  since ")
          .endsWith("  /search?q=Ledbury\n");
    }
  }
}
