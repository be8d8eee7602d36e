package org.agendasearch.search.query;

/** A query or parameter a person sent that we cannot run, with a message that says what to change. */
public final class InvalidQueryException extends RuntimeException {
  public InvalidQueryException(String message) {
    super(message);
  }
}
