package org.agendasearch.search.index;

/**
 * What happened to one file in a reindex: a line of the per-file report.
 *
 * @param status "ok", "warning" (indexed, with a problem worth knowing) or "failed" (not indexed)
 * @param reason the warnings or the failure, one line; null when ok
 */
public record FileResult(String file, String sha256, String status, int pages, int records, String reason,
    long milliseconds) {

  public boolean failed() {
    return "failed".equals(status);
  }
}
