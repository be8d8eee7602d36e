package org.agendasearch.search.query;

/** A query or parameter a person sent that we cannot run, with a message that says what to change. */
public final class InvalidQueryException extends RuntimeException {
  public InvalidQueryException(String message) {
    super(message);
  }

  /** A search stopped at its time limit: the same words from every backend. */
  public static InvalidQueryException tookLongerThan(long millis) {
    return new InvalidQueryException("The search took longer than " + millis / 1000.0
        + " s and was stopped. Use more specific words, fewer wildcards, or a filter.");
  }
}
