package org.agendasearch.search.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a reindex: every file read (ok, warning or failed), how many were skipped as
 * unchanged or removed as gone, totals, and where the report was written.
 *
 * @param target where the records went: the index generation's folder, or the Solr collection
 * @param full true when every file was read into a new generation (or collection)
 */
public record BuildSummary(List<FileResult> files, int unchanged, int removed, int records, Duration elapsed,
    String target, Path report, boolean full) {

  public long ok() {
    return files.stream().filter(f -> f.status().equals("ok")).count();
  }

  public long warnings() {
    return files.stream().filter(f -> f.status().equals("warning")).count();
  }

  public long failed() {
    return files.stream().filter(FileResult::failed).count();
  }

  public int pages() {
    return files.stream().mapToInt(FileResult::pages).sum();
  }
}
