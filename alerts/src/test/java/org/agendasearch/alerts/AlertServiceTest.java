package org.agendasearch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.agendasearch.alerts.mail.AlertEmails;
import org.agendasearch.alerts.mail.SmtpMailer;
import org.agendasearch.alerts.store.AlertStore;
import org.agendasearch.alerts.testing.Databases;
import org.agendasearch.alerts.testing.Inbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sign-up, double opt-in, unsubscribe and manage, on SQLite and PostgreSQL, mail over real SMTP. */
class AlertServiceTest {

  @TempDir
  Path tmp;

  private final Inbox inbox = new Inbox();
  private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
  private String url;
  private AlertStore store;
  private AlertService service;

  private static final SavedSearch BUS_LANE = SavedSearch.parse("/search?q=bus+lane&committee=Cabinet");

  private void open(String db) {
    url = Databases.url(db, tmp);
    store = AlertStore.open(url);
    service = new AlertService(store, new SmtpMailer(inbox.settings("https://agenda.test")),
        new AlertEmails("https://agenda.test"), clock::get);
  }

  @AfterEach
  void stop() {
    inbox.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void a_sign_up_sends_one_confirmation_and_nothing_is_confirmed_before_its_link_is_followed(String db) throws Exception {
    open(db);
    service.signUp(" Ann@Example.org ", BUS_LANE, Frequency.DAILY, "10.0.0.1");
    service.signUp("ann@example.org", BUS_LANE, Frequency.DAILY, "10.0.0.1");

    assertThat(inbox.messages()).hasSize(1);
    MimeMessage m = inbox.messages().get(0);
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ann@example.org");
    assertThat(m.getSubject()).isEqualTo("Confirm your alert for \"bus lane\", committee Cabinet – Agenda Search");
    assertThat(Inbox.part(m, "text/html")).contains("<a href=\"https://agenda.test/alerts/confirm?token=");
    assertThat(store.all()).singleElement().satisfies(a -> {
      assertThat(a.confirmed()).isFalse();
      assertThat(a.search()).isEqualTo("/search?q=bus+lane&committee=Cabinet");
      assertThat(a.frequency()).isEqualTo(Frequency.DAILY);
    });

    String token = Inbox.link(m, "https://agenda.test/alerts/confirm?token=").substring(
        "https://agenda.test/alerts/confirm?token=".length());
    assertThat(service.confirm("not-" + token)).isEmpty();
    assertThat(service.confirm(token)).hasValueSatisfying(a -> assertThat(a.confirmedAt()).isEqualTo(clock.get()));
    assertThat(service.confirm(token)).as("a confirmation link works once").isEmpty();

    // Asking again for a confirmed alert sends nothing either.
    service.signUp("ann@example.org", BUS_LANE, Frequency.DAILY, "10.0.0.1");
    assertThat(inbox.messages()).hasSize(1);
    // Another frequency is another alert.
    service.signUp("ann@example.org", BUS_LANE, Frequency.WEEKLY, "10.0.0.1");
    assertThat(inbox.messages()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void tokens_are_kept_only_as_their_hash(String db) throws Exception {
    open(db);
    service.signUp("ann@example.org", BUS_LANE, Frequency.DAILY, "10.0.0.1");
    String token = Inbox.link(inbox.messages().get(0), "https://agenda.test/alerts/confirm?token=")
        .substring("https://agenda.test/alerts/confirm?token=".length());
    List<String> stored = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT hash FROM token")) {
      while (rs.next()) {
        stored.add(rs.getString(1));
      }
    }
    assertThat(stored).containsExactly(Tokens.hash(token));
    assertThat(token).hasSize(43); // 32 random bytes, base64url
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void a_confirmation_link_expires_and_an_unconfirmed_alert_is_deleted_after_7_days(String db) {
    open(db);
    service.signUp("ann@example.org", BUS_LANE, Frequency.DAILY, "10.0.0.1");
    String token = Inbox.link(inbox.messages().get(0), "https://agenda.test/alerts/confirm?token=")
        .substring("https://agenda.test/alerts/confirm?token=".length());
    clock.addAndGet(AlertService.CONFIRM_FOR.toMillis() + 1);
    assertThat(service.confirm(token)).isEmpty();

    // Asked again once the link has expired: a new link.
    service.signUp("ann@example.org", BUS_LANE, Frequency.DAILY, "10.0.0.1");
    assertThat(inbox.messages()).hasSize(2);
    assertThat(store.all()).hasSize(1);

    // Seven days from the first sign-up, less a millisecond, then seven days.
    clock.addAndGet(Duration.ofDays(7).toMillis() - AlertService.CONFIRM_FOR.toMillis() - 2);
    assertThat(service.purge()).isZero();
    clock.addAndGet(2);
    assertThat(service.purge()).isEqualTo(1);
    assertThat(store.all()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void sign_ups_are_limited_per_address_and_per_client(String db) {
    open(db);
    for (int i = 0; i < AlertService.SIGN_UPS_PER_ADDRESS_A_DAY; i++) {
      service.signUp("ann@example.org", SavedSearch.parse("/search?q=road" + i), Frequency.DAILY, "10.0.0." + i);
    }
    assertThatThrownBy(() -> service.signUp("ann@example.org", BUS_LANE, Frequency.DAILY, "10.0.0.99"))
        .isInstanceOf(AlertService.TooManySignUps.class).hasMessageContaining("this email address today");
    for (int i = 0; i < AlertService.SIGN_UPS_PER_CLIENT_AN_HOUR; i++) {
      service.signUp("person" + i + "@example.org", BUS_LANE, Frequency.DAILY, "10.9.9.9");
    }
    assertThatThrownBy(() -> service.signUp("bob@example.org", BUS_LANE, Frequency.DAILY, "10.9.9.9"))
        .isInstanceOf(AlertService.TooManySignUps.class).hasMessageContaining("from your address in the last hour");
    assertThat(inbox.messages()).hasSize(AlertService.SIGN_UPS_PER_ADDRESS_A_DAY + AlertService.SIGN_UPS_PER_CLIENT_AN_HOUR);
    clock.addAndGet(Duration.ofDays(1).toMillis() + 1);
    service.signUp("bob@example.org", BUS_LANE, Frequency.DAILY, "10.9.9.9");
    assertThat(inbox.messages()).hasSize(AlertService.SIGN_UPS_PER_ADDRESS_A_DAY + AlertService.SIGN_UPS_PER_CLIENT_AN_HOUR + 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void a_manage_link_lists_and_deletes_only_its_own_address_alerts(String db) {
    open(db);
    service.signUp("ann@example.org", BUS_LANE, Frequency.DAILY, "10.0.0.1");
    clock.incrementAndGet();
    service.signUp("ann@example.org", SavedSearch.parse("/resolutions?q=school"), Frequency.WEEKLY, "10.0.0.1");
    service.signUp("bob@example.org", BUS_LANE, Frequency.DAILY, "10.0.0.1");
    String ann = service.newManageToken("ann@example.org");
    assertThat(service.alertsOf(ann)).extracting(Alert::search)
        .containsExactly("/search?q=bus+lane&committee=Cabinet", "/resolutions?q=school");
    String bobs = store.byEmail("bob@example.org").get(0).id();
    assertThat(service.delete(ann, bobs)).isFalse();
    assertThat(service.delete(ann, service.alertsOf(ann).get(0).id())).isTrue();
    assertThat(service.alertsOf(ann)).extracting(Alert::search).containsExactly("/resolutions?q=school");
    assertThat(service.alertsOf("made-up")).isEmpty();
    clock.addAndGet(AlertService.MANAGE_FOR.toMillis() + 1);
    assertThat(service.alertsOf(ann)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not an address", "ann@", "@example.org", "ann@example", "<ann@example.org>", ""})
  void a_bad_address_is_refused_with_a_sentence(String email) {
    assertThatThrownBy(() -> AlertService.checkedEmail(email)).isInstanceOf(AlertService.SignUpException.class)
        .hasMessageMatching("(Give the email address|That does not look like an email address).*");
  }
}
