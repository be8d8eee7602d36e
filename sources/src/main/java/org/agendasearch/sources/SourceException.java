package org.agendasearch.sources;

/**
 * A council's site did not give what was asked (an HTTP error, a timeout, malformed XML, an HTML page
 * where a PDF was expected, a file too large): the reason, in a sentence, for the fetch report.
 */
public final class SourceException extends Exception {

  private final int status;

  /** @param status the HTTP status when the site answered with an error, else 0 */
  public SourceException(String reason, int status) {
    super(reason);
    this.status = status;
  }

  public SourceException(String reason) {
    this(reason, 0);
  }

  /** The HTTP status of the answer that failed, or 0 when there was none (a timeout, bad content). */
  public int status() {
    return status;
  }
}
