package org.agendasearch.alerts;

import java.time.Duration;
import java.util.Locale;

/** How often an alert may send: after each reindex, once a day, once a week. */
public enum Frequency {
  IMMEDIATELY(Duration.ZERO),
  DAILY(Duration.ofDays(1)),
  WEEKLY(Duration.ofDays(7));

  /**
   * A run of {@code alerts send} a few minutes early still sends a daily alert: a schedule of
   * "every day at 7" must not skip a day because yesterday's run took longer.
   */
  static final Duration SLACK = Duration.ofMinutes(10);

  private final Duration period;

  Frequency(Duration period) {
    this.period = period;
  }

  /** Whether an alert last checked at {@code checkedAt} is due at {@code now} (epoch millis). */
  public boolean due(long checkedAt, long now) {
    return this == IMMEDIATELY || now - checkedAt >= period.minus(SLACK).toMillis();
  }

  /** "daily", as forms and the database say it. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The frequency a form names, or null. */
  public static Frequency ofKey(String key) {
    for (Frequency f : values()) {
      if (f.key().equals(key)) {
        return f;
      }
    }
    return null;
  }
}
