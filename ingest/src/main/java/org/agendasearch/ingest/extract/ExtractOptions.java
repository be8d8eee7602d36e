package org.agendasearch.ingest.extract;

import java.time.Duration;

/**
 * How to read files.
 *
 * @param password the password for encrypted PDFs, or null
 * @param ocr whether to OCR pages that have no text layer
 * @param maxPages pages past this are not read (a warning says so)
 * @param ocrTimeout time allowed to OCR one page
 * @param timeLimit time allowed to read one file; past it the file is stopped and reported
 */
public record ExtractOptions(String password, boolean ocr, int maxPages, Duration ocrTimeout, Duration timeLimit) {
  public static final ExtractOptions DEFAULTS =
      new ExtractOptions(null, true, 5_000, Duration.ofSeconds(60), Duration.ofSeconds(300));

  public ExtractOptions withPassword(String newPassword) {
    return new ExtractOptions(newPassword, ocr, maxPages, ocrTimeout, timeLimit);
  }

  public ExtractOptions withOcr(boolean enabled) {
    return new ExtractOptions(password, enabled, maxPages, ocrTimeout, timeLimit);
  }

  public ExtractOptions withTimeLimit(Duration limit) {
    return new ExtractOptions(password, ocr, maxPages, ocrTimeout, limit);
  }

  public ExtractOptions withMaxPages(int pages) {
    return new ExtractOptions(password, ocr, pages, ocrTimeout, timeLimit);
  }
}
