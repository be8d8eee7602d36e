package org.agendasearch.web.cli;

import java.io.PrintWriter;
import org.agendasearch.ingest.corpus.Council;
import org.agendasearch.sources.FetchReport;
import org.agendasearch.sources.Fetcher;

/**
 * A council's fetch for people: the meetings listed, a line every few seconds ("Example Council:
 * 12/140 meetings, 30 papers new"), and each failure as it happens. A fetch is slow on purpose
 * (a pause between requests): the lines say it is going on.
 */
final class FetchProgress implements Fetcher.Listener {

  private static final long LINE_EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter out;
  private int total;
  private int fresh;
  private int failed;
  private long lastPrint = System.nanoTime();

  FetchProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void listed(Council council, int meetings) {
    total = meetings;
    out.printf("%s: %d meeting%s listed%n", council.name(), meetings, meetings == 1 ? "" : "s");
    out.flush();
  }

  @Override
  public void meetingDone(Council council, int done) {
    long now = System.nanoTime();
    if (now - lastPrint > LINE_EVERY_NANOS && done < total) {
      out.printf("%s: %d/%d meetings, %d papers new or changed, %d failed%n", council.name(), done, total, fresh, failed);
      out.flush();
      lastPrint = now;
    }
  }

  /** A line of the report: counted, and printed when it is a failure. */
  void line(FetchReport l) {
    if (l.isFailed()) {
      failed++;
      out.printf("failed   %s: %s%n", l.file() != null ? l.file() : l.url() != null ? l.url()
          : l.meetingId() != null ? "meeting " + l.meetingId() : l.council(), l.reason());
      out.flush();
    } else if (l.status().equals("new") || l.status().equals("changed")) {
      fresh++;
    }
  }
}
