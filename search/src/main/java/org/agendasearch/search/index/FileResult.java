package org.agendasearch.search.index;

/**
 * What happened to one file in a reindex: a line of the per-file report.
 *
 * @param status "ok", "warning" (indexed, with a problem worth knowing) or "failed" (not indexed)
 * @param reason the warnings or the failure, one line; null when ok
 * @param quality what the parser did not understand in the file ("no meeting date found", "minute
 *     numbering jumps from 56 to 58"): a file that was read may still have parsed badly, and an
 *     administrator lists those with {@code jq 'select(.quality | length > 0)'}
 */
public record FileResult(String file, String sha256, String status, int pages, int records, String reason,
    long milliseconds, java.util.List<String> quality) {

  public FileResult {
    quality = quality == null ? java.util.List.of() : java.util.List.copyOf(quality);
  }

  public FileResult(String file, String sha256, String status, int pages, int records, String reason, long milliseconds) {
    this(file, sha256, status, pages, records, reason, milliseconds, java.util.List.of());
  }

  public boolean failed() {
    return "failed".equals(status);
  }
}
