package org.agendasearch.search;

/**
 * The search engine cannot answer just now (a SolrCloud that is down or unreachable): the service
 * says so (HTTP 503) rather than failing as if it had a bug.
 */
public final class SearchUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
