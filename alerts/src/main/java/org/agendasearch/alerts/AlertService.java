package org.agendasearch.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.agendasearch.alerts.mail.AlertEmails;
import org.agendasearch.alerts.mail.Mailer;
import org.agendasearch.alerts.store.AlertStore;
import org.agendasearch.alerts.store.AlertStore.Purpose;

/**
 * Signing up, confirming (double opt-in), unsubscribing and managing alerts. Whatever an address
 * has or has not asked before, a sign-up gets the same answer, and asking again for an alert that
 * exists sends no second email.
 */
public final class AlertService {

  /** How long a confirmation link works. */
  public static final Duration CONFIRM_FOR = Duration.ofHours(48);
  /** An alert never confirmed is deleted after this. */
  public static final Duration UNCONFIRMED_KEPT = Duration.ofDays(7);
  /** How long an unsubscribe link in an email works: long after the email, as people expect. */
  public static final Duration UNSUBSCRIBE_FOR = Duration.ofDays(365);
  /** How long the link to an address's alerts works. */
  public static final Duration MANAGE_FOR = Duration.ofDays(30);
  /** Sign-ups a day for one address: enough to follow several searches, too few to flood an inbox. */
  public static final int SIGN_UPS_PER_ADDRESS_A_DAY = 5;
  /** Sign-ups an hour from one client address. */
  public static final int SIGN_UPS_PER_CLIENT_AN_HOUR = 10;

  /** Deliberately plain: something@somewhere.tld, no spaces, no angle brackets, at most 254 characters. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]+");

  private final AlertStore store;
  private final Mailer mailer;
  private final AlertEmails emails;
  private final LongSupplier clock;

  public AlertService(AlertStore store, Mailer mailer, AlertEmails emails, LongSupplier clock) {
    this.store = store;
    this.mailer = mailer;
    this.emails = emails;
    this.clock = clock;
  }

  /** A sign-up that cannot be taken, with a sentence that says why. */
  public static class SignUpException extends RuntimeException {
    public SignUpException(String message) {
      super(message);
    }
  }

  /** Too many sign-ups from this address or client: try later. */
  public static final class TooManySignUps extends SignUpException {
    public TooManySignUps(String message) {
      super(message);
    }
  }

  /**
   * Asks for an alert: checks the address and the limits, then emails a confirmation link, unless
   * the same alert exists already (confirmed, or waiting with a live link). The caller answers the
   * same either way.
   *
   * @param client the client's address, for the limit per client
   */
  public void signUp(String emailGiven, SavedSearch search, Frequency frequency, String client) {
    String email = checkedEmail(emailGiven);
    long now = clock.getAsLong();
    if (store.signUpsByClient(client, now - Duration.ofHours(1).toMillis()) >= SIGN_UPS_PER_CLIENT_AN_HOUR) {
      throw new TooManySignUps("Too many alerts asked for from your address in the last hour: try again later.");
    }
    if (store.signUpsByEmail(email, now - Duration.ofDays(1).toMillis()) >= SIGN_UPS_PER_ADDRESS_A_DAY) {
      throw new TooManySignUps("Too many alerts asked for this email address today: try again tomorrow.");
    }
    store.recordSignUp(email, client, now);
    Optional<Alert> existing = store.find(email, search.toString(), frequency);
    if (existing.isPresent() && (existing.get().confirmed() || store.hasLiveConfirmToken(existing.get().id(), now))) {
      return;
    }
    Alert alert = existing.orElseGet(() -> {
      Alert a = new Alert(Tokens.id(), email, search.toString(), frequency, now, null, now, 0);
      store.insert(a);
      return a;
    });
    String token = Tokens.random();
    store.addToken(Tokens.hash(token), Purpose.CONFIRM, email, alert.id(), now + CONFIRM_FOR.toMillis());
    mailer.send(emails.confirmation(email, search, frequency.key(), token));
  }

  /** Follows a confirmation link: the alert it confirms, or empty when the link has expired or is unknown. */
  public Optional<Alert> confirm(String token) {
    long now = clock.getAsLong();
    Optional<AlertStore.Token> t = live(token, Purpose.CONFIRM, now);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    store.confirm(t.get().alertId(), now);
    return store.get(t.get().alertId());
  }

  /** Follows an unsubscribe link: the alert deleted, or empty when there was none. */
  public Optional<Alert> unsubscribe(String token) {
    Optional<AlertStore.Token> t = live(token, Purpose.UNSUBSCRIBE, clock.getAsLong());
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Optional<Alert> alert = store.get(t.get().alertId());
    store.delete(t.get().alertId());
    return alert;
  }

  /** The address a manage link is for, if it still works. */
  public Optional<String> manager(String token) {
    return live(token, Purpose.MANAGE, clock.getAsLong()).map(AlertStore.Token::email);
  }

  /** The alerts of the address a manage link is for (empty when the link does not work). */
  public List<Alert> alertsOf(String manageToken) {
    return manager(manageToken).map(store::byEmail).orElse(List.of());
  }

  /** Deletes one of the alerts of the address a manage link is for; false if it is not one of them. */
  public boolean delete(String manageToken, String alertId) {
    Optional<String> email = manager(manageToken);
    Optional<Alert> alert = store.get(alertId == null ? "" : alertId);
    return email.isPresent() && alert.isPresent() && alert.get().email().equals(email.get()) && store.delete(alertId);
  }

  /** A new link to the page of an address's alerts (its token). */
  public String newManageToken(String email) {
    String token = Tokens.random();
    store.addToken(Tokens.hash(token), Purpose.MANAGE, email, null, clock.getAsLong() + MANAGE_FOR.toMillis());
    return token;
  }

  /** A new one-click unsubscribe token for an alert. */
  String newUnsubscribeToken(Alert alert) {
    String token = Tokens.random();
    store.addToken(Tokens.hash(token), Purpose.UNSUBSCRIBE, alert.email(), alert.id(),
        clock.getAsLong() + UNSUBSCRIBE_FOR.toMillis());
    return token;
  }

  /** Deletes alerts never confirmed within {@link #UNCONFIRMED_KEPT}, expired links and old sign-ups. */
  public int purge() {
    long now = clock.getAsLong();
    return store.purge(now - UNCONFIRMED_KEPT.toMillis(), now, now - Duration.ofDays(1).toMillis());
  }

  private Optional<AlertStore.Token> live(String token, Purpose purpose, long now) {
    return token == null || token.isBlank() || token.length() > 100 ? Optional.empty()
        : store.token(Tokens.hash(token.strip()), purpose, now);
  }

  static String checkedEmail(String given) {
    String email = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
    if (email.isEmpty()) {
      throw new SignUpException("Give the email address the alerts should go to.");
    }
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      throw new SignUpException("That does not look like an email address: write it as name@example.org.");
    }
    return email;
  }
}
