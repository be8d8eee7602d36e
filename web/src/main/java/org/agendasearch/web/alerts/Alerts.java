package org.agendasearch.web.alerts;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.agendasearch.alerts.AlertSender;
import org.agendasearch.alerts.AlertService;
import org.agendasearch.alerts.mail.AlertEmails;
import org.agendasearch.alerts.mail.MailSettings;
import org.agendasearch.alerts.mail.Mailer;
import org.agendasearch.alerts.mail.SmtpMailer;
import org.agendasearch.alerts.store.AlertStore;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.web.api.Params;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email alerts, set up: the store, the flows, the sender, and where mail goes. Built from the
 * environment ({@link #fromEnv}): none without {@code AGENDA_SMTP_HOST}, so that a site with no way
 * to send mail shows no sign-up form. The database is {@code AGENDA_DB_URL} (a JDBC address), or the
 * SQLite file {@code alerts.db} beside the index folder.
 */
public record Alerts(AlertStore store, AlertService service, AlertSender sender, MailSettings mail) {

  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

  /** How often a server sends what is due, besides after each reindex: daily and weekly alerts wait for this. */
  public static final long SCHEDULE_MINUTES = 15;

  /** The alerts the environment asks for, or empty when it sets no SMTP host. */
  public static Optional<Alerts> fromEnv(Map<String, String> env, Path index, SearchBackend backend) {
    return MailSettings.fromEnv(env).map(mail -> create(mail, databaseUrl(env, index), backend,
        new SmtpMailer(mail), System::currentTimeMillis));
  }

  /** The JDBC address alerts use: {@code AGENDA_DB_URL}, or {@code alerts.db} in the folder that holds the index. */
  public static String databaseUrl(Map<String, String> env, Path index) {
    String url = env.get("AGENDA_DB_URL");
    if (url != null && !url.isBlank()) {
      if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("AGENDA_DB_URL must be a jdbc:postgresql:// or jdbc:sqlite: address, not \""
            + url.replaceAll("password=[^&]*", "password=...") + "\"");
      }
      return url.strip();
    }
    return AlertStore.sqlite(index.toAbsolutePath().getParent());
  }

  /** Alerts on this database and mailer, sending searches to {@code backend}, timed by {@code clock}. */
  public static Alerts create(MailSettings mail, String databaseUrl, SearchBackend backend, Mailer mailer,
      LongSupplier clock) {
    AlertStore store = AlertStore.open(databaseUrl);
    AlertEmails emails = new AlertEmails(mail.baseUrl());
    AlertService service = new AlertService(store, mailer, emails, clock);
    AlertSender sender = new AlertSender(store, service, mailer, emails, backend,
        s -> Params.savedRequest(s.path(), s.params()), clock);
    return new Alerts(store, service, sender, mail);
  }

  /** Sends what is due, logging the outcome; never throws (it runs after a reindex and on a timer). */
  public void sendDue() {
    try {
      AlertSender.Report r = sender.sendDue();
      if (r.due() > 0) {
        LOG.info("alerts: {} due, {} sent, {} failed", r.due(), r.sent(), r.failures().size());
      }
    } catch (RuntimeException e) {
      LOG.warn("alerts: sending failed: {}", e.getMessage());
    }
  }

  /** Runs {@link #sendDue} every {@link #SCHEDULE_MINUTES} minutes on a daemon thread. */
  public ScheduledExecutorService schedule() {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "alerts-schedule");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::sendDue, SCHEDULE_MINUTES, SCHEDULE_MINUTES, TimeUnit.MINUTES);
    return timer;
  }
}
