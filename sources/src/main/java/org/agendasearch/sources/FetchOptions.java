package org.agendasearch.sources;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What one fetch asks for and how politely: one options record, logged at start.
 *
 * @param corpus the corpus folder the papers go into
 * @param from the first meeting date fetched
 * @param to the last meeting date fetched
 * @param committees only committees whose title has one of these names (any case); empty for all
 * @param delay the pause between two requests to one host
 * @param timeout how long one request may take
 * @param retries how many times a request that timed out or got a 5xx is tried again
 * @param backoff the pause before the first retry (doubled for each next one)
 * @param maxFileBytes a larger file is refused
 * @param contact how the council's web team can reach whoever runs the fetch (in the User-Agent)
 * @param recheckDays papers of meetings at most this many days old are downloaded again and
 *     compared (minutes and supplements are added, packs republished); older ones that are present
 *     are left alone
 * @param clock today's date, for the recheck window
 */
public record FetchOptions(Path corpus, LocalDate from, LocalDate to, List<String> committees, Duration delay,
    Duration timeout, int retries, Duration backoff, long maxFileBytes, String contact, int recheckDays, Clock clock) {

  /** Between two requests to one host. */
  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
  /** One request. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  /** 100 MB: the largest packs are some 4,000 pages. */
  public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;

  public FetchOptions {
    committees = committees == null ? List.of() : List.copyOf(committees);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  /** The defaults for a corpus and a date range: 1 s between requests, 60 s timeouts, 3 retries, 30 days rechecked. */
  public static FetchOptions defaults(Path corpus, LocalDate from, LocalDate to) {
    return new FetchOptions(corpus, from, to, List.of(), DEFAULT_DELAY, DEFAULT_TIMEOUT, 3, Duration.ofSeconds(2),
        DEFAULT_MAX_FILE_BYTES, null, 30, Clock.systemDefaultZone());
  }

  /** The same options for other committees. */
  public FetchOptions withCommittees(List<String> names) {
    return new FetchOptions(corpus, from, to, names, delay, timeout, retries, backoff, maxFileBytes, contact,
        recheckDays, clock);
  }

  /** The User-Agent every request sends: the project, and the contact when one is configured. */
  public String userAgent() {
    return "AgendaSearch/0.1 (+https://github.com/agendasearch; fetches published council papers"
        + (contact == null || contact.isBlank() ? "" : "; contact " + contact.strip()) + ")";
  }
}
