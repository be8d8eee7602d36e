package org.agendasearch.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.agendasearch.alerts.mail.AlertEmails;
import org.agendasearch.alerts.mail.Mailer;
import org.agendasearch.alerts.store.AlertStore;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.search.query.InvalidQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due ({@code agenda alerts send}; a server runs it after each reindex and on a
 * schedule): for each confirmed alert whose {@link Frequency} says so, the records first indexed
 * since it last looked that match its search, in one email; none when there are none. An alert
 * moves its "checked" instant before it sends ({@link AlertStore#claim}), so of two servers sending
 * at once only one emails it, and no record is sent twice.
 *
 * <p>The instant it moves to is the newest first-indexed stamp the search can see, not the run's
 * own time: a record is stamped with the start of the reindex that added it, so a reindex still
 * running when a run starts (its stamp later than every visible one) has its records sent by the
 * next run. A reindex that commits while an alert is being searched makes that alert wait a run.
 */
public final class AlertSender {

  private static final Logger LOG = LoggerFactory.getLogger(AlertSender.class);

  /** What one run did: alerts looked at, emails sent, and a line for each alert that failed. */
  public record Report(int due, int sent, List<String> failures) {}

  private final AlertStore store;
  private final AlertService service;
  private final Mailer mailer;
  private final AlertEmails emails;
  private final SearchBackend search;
  private final Function<SavedSearch, SearchRequest> requests;
  private final LongSupplier clock;

  /**
   * @param requests reads a saved search as the site reads its address (the web layer's parameters)
   */
  public AlertSender(AlertStore store, AlertService service, Mailer mailer, AlertEmails emails, SearchBackend search,
      Function<SavedSearch, SearchRequest> requests, LongSupplier clock) {
    this.store = store;
    this.service = service;
    this.mailer = mailer;
    this.emails = emails;
    this.search = search;
    this.requests = requests;
    this.clock = clock;
  }

  /** Sends every alert that is due now; one alert's failure is reported and the run goes on. */
  public synchronized Report sendDue() {
    long now = clock.getAsLong();
    service.purge();
    int due = 0;
    int sent = 0;
    List<String> failures = new ArrayList<>();
    for (Alert a : store.confirmed()) {
      if (!a.frequency().due(a.checkedAt(), now)) {
        continue;
      }
      due++;
      try {
        if (send(a, now)) {
          sent++;
        }
      } catch (RuntimeException e) {
        // A bad search, the mail server down: this alert waits for the next run, the rest go on.
        LOG.warn("alert {} ({}): {}", a.id(), a.search(), e.getMessage());
        failures.add(a.id() + " " + a.search() + ": " + e.getMessage());
      }
    }
    return new Report(due, sent, failures);
  }

  private boolean send(Alert a, long now) {
    SavedSearch saved = SavedSearch.parse(a.search());
    SearchResults r;
    java.util.OptionalLong before = search.newestFirstIndexed();
    try {
      r = search.search(requests.apply(saved).indexedAfter(a.checkedAt(), AlertEmails.MAX_HITS));
    } catch (InvalidQueryException e) {
      throw new IllegalStateException("the search cannot run: " + e.getMessage(), e);
    }
    if (!before.equals(search.newestFirstIndexed())) {
      return false; // a reindex committed during the search: look again next run, none missed or sent twice
    }
    long mark = Math.max(a.checkedAt(), before.orElse(a.checkedAt()));
    if (!store.claim(a.id(), a.checkedAt(), mark)) {
      return false; // another server has just sent it
    }
    if (r.total() == 0) {
      return false;
    }
    try {
      mailer.send(emails.alert(a.email(), saved, r.hits(), r.total(), service.newUnsubscribeToken(a),
          service.newManageToken(a.email())));
    } catch (RuntimeException e) {
      store.claim(a.id(), mark, a.checkedAt()); // not sent: the same records next run
      throw e;
    }
    store.sent(a.id());
    return true;
  }
}
