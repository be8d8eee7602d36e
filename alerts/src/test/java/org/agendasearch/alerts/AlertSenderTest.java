package org.agendasearch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.agendasearch.alerts.mail.AlertEmails;
import org.agendasearch.alerts.mail.SmtpMailer;
import org.agendasearch.alerts.store.AlertStore;
import org.agendasearch.alerts.testing.Databases;
import org.agendasearch.alerts.testing.Inbox;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.search.LuceneBackend;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.index.ReindexListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an alert sends, and when, from a real index, on SQLite and PostgreSQL, over real SMTP. */
class AlertSenderTest {

  private static final String BASE = "https://agenda.test";

  @TempDir
  Path tmp;

  private final Inbox inbox = new Inbox();
  private final AtomicLong clock = new AtomicLong(1_000);
  private Path corpus;
  private IndexLayout layout;
  private LuceneBackend backend;
  private AlertStore store;
  private AlertService service;
  private AlertSender sender;

  private void open(String db) throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    layout = new IndexLayout(tmp.resolve("index"));
    Files.writeString(corpus.resolve("a.txt"), "AGENDA\n1. Ledbury Road bus lane\n2. Apologies\n");
    reindex(false);
    backend = new LuceneBackend(layout.root());
    store = AlertStore.open(Databases.url(db, tmp));
    SmtpMailer mailer = new SmtpMailer(inbox.settings(BASE));
    AlertEmails emails = new AlertEmails(BASE);
    service = new AlertService(store, mailer, emails, clock::get);
    sender = new AlertSender(store, service, mailer, emails, backend, s -> SearchRequest.of(s.words()), clock::get);
  }

  private void reindex(boolean full) throws Exception {
    new IndexBuilder(new Ingestor(), 1).clock(clock::get).reindex(corpus, layout, full, ReindexListener.NONE, null);
    if (backend != null) {
      backend.refresh();
    }
  }

  /** At {@code at}, a new file in the corpus and an incremental reindex. */
  private void add(long at, String file, String text) throws Exception {
    clock.set(at);
    Files.writeString(corpus.resolve(file), text);
    reindex(false);
  }

  /** Signs up and follows the confirmation link; returns the inbox size after. */
  private void follow(String search, Frequency f) {
    service.signUp("ann@example.org", SavedSearch.parse(search), f, "127.0.0.1");
    MimeMessage confirmation = inbox.messages().get(inbox.messages().size() - 1);
    String link = Inbox.link(confirmation, BASE + "/alerts/confirm?token=");
    assertThat(service.confirm(link.substring(link.indexOf("token=") + 6))).isPresent();
  }

  @AfterEach
  void close() throws Exception {
    inbox.close();
    if (backend != null) {
      backend.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void an_alert_sends_each_new_record_once_and_nothing_after_its_unsubscribe_link(String db) throws Exception {
    open(db);
    clock.set(2_000);
    follow("/search?q=Ledbury", Frequency.IMMEDIATELY);
    clock.set(2_500);
    assertThat(sender.sendDue()).isEqualTo(new AlertSender.Report(1, 0, java.util.List.of()));
    assertThat(inbox.messages()).hasSize(1); // the confirmation only: a.txt was indexed before

    add(3_000, "b.txt", "AGENDA\n1. Ledbury Road crossing\n");
    clock.set(3_500);
    assertThat(sender.sendDue()).isEqualTo(new AlertSender.Report(1, 1, java.util.List.of()));
    assertThat(inbox.messages()).hasSize(2);
    MimeMessage m = inbox.messages().get(1);
    assertThat(m.getSubject()).isEqualTo("1 new result for \"Ledbury\" – Agenda Search");
    String text = Inbox.part(m, "text/plain");
    String docId = backend.search(SearchRequest.of("crossing")).hits().get(0).documentId();
    assertThat(text).startsWith("New results for \"Ledbury\"\n" + BASE + "/search?q=Ledbury\n\n"
        + "Page\nAGENDA\nAGENDA 1. *Ledbury* Road crossing\n" + BASE + "/documents/" + docId + ".pdf#page=1\n");
    assertThat(text).doesNotContain("more:");
    assertThat(Inbox.part(m, "text/html")).contains("<mark>Ledbury</mark> Road crossing",
        "href=\"" + BASE + "/documents/" + docId + ".pdf#page=1\"");
    String unsubscribe = Inbox.link(m, BASE + "/alerts/unsubscribe?token=");
    assertThat(m.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe + ">");
    assertThat(m.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    assertThat(Inbox.link(m, BASE + "/alerts/manage?token=")).isNotEmpty();

    // Sent again, and after a full rebuild: nothing new, no email.
    clock.set(3_600);
    sender.sendDue();
    clock.set(4_000);
    reindex(true);
    clock.set(4_500);
    sender.sendDue();
    assertThat(inbox.messages()).hasSize(2);

    assertThat(service.unsubscribe(unsubscribe.substring(unsubscribe.indexOf("token=") + 6))).isPresent();
    add(5_000, "c.txt", "AGENDA\n1. Ledbury Road parking\n");
    clock.set(5_500);
    assertThat(sender.sendDue()).isEqualTo(new AlertSender.Report(0, 0, java.util.List.of()));
    assertThat(inbox.messages()).hasSize(2);
    assertThat(store.all()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void a_run_during_a_reindex_leaves_that_reindex_s_records_for_the_next_run(String db) throws Exception {
    open(db);
    clock.set(2_000);
    follow("/search?q=Ledbury", Frequency.IMMEDIATELY);
    Files.writeString(corpus.resolve("b.txt"), "AGENDA\n1. Ledbury Road crossing\n");
    // A reindex starts at 3 000 (its records are stamped 3 000); a run at 3 500 cannot see them yet.
    clock.set(3_500);
    assertThat(sender.sendDue().sent()).isZero();
    clock.set(3_000);
    reindex(false);
    clock.set(4_000);
    assertThat(sender.sendDue().sent()).isEqualTo(1);
    assertThat(inbox.messages()).hasSize(2);
    assertThat(Inbox.part(inbox.messages().get(1), "text/plain")).contains("*Ledbury* Road crossing");
    clock.set(4_500);
    assertThat(sender.sendDue().sent()).isZero();
    assertThat(inbox.messages()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite"})
  void an_email_lists_20_hits_and_says_how_many_more(String db) throws Exception {
    open(db);
    follow("/search?q=hedgerow", Frequency.IMMEDIATELY);
    clock.set(3_000);
    for (int i = 1; i <= 23; i++) {
      Files.writeString(corpus.resolve("hedge" + i + ".txt"), "AGENDA\n1. Hedgerow number " + i + "\n");
    }
    reindex(false);
    clock.set(3_500);
    sender.sendDue();
    MimeMessage m = inbox.messages().get(1);
    assertThat(m.getSubject()).isEqualTo("23 new results for \"hedgerow\" – Agenda Search");
    String text = Inbox.part(m, "text/plain");
    assertThat(text.split("\\*Hedgerow\\*", -1)).hasSize(21);
    assertThat(text).contains("\nand 3 more: " + BASE + "/search?q=hedgerow\n");
    assertThat(Inbox.part(m, "text/html")).contains(">and 3 more</a>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite"})
  void a_daily_alert_waits_a_day_and_then_sends_everything_new_since_it_last_looked(String db) throws Exception {
    open(db);
    follow("/search?q=Ledbury", Frequency.DAILY);
    add(3_000, "b.txt", "AGENDA\n1. Ledbury Road crossing\n");
    clock.set(1_000 + Duration.ofHours(23).toMillis());
    assertThat(sender.sendDue().due()).isZero();
    clock.set(1_000 + Duration.ofDays(1).toMillis());
    assertThat(sender.sendDue()).isEqualTo(new AlertSender.Report(1, 1, java.util.List.of()));
    assertThat(inbox.messages()).hasSize(2);
  }
}
