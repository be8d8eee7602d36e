package org.agendasearch.search.index;

/** Hears how a reindex is going: called from worker threads, so implementations are thread-safe. */
public interface ReindexListener {

  /** The plan: how many files will be read, how many are unchanged, how many were removed. */
  default void planned(int toRead, int unchanged, int removed, boolean full) {}

  /** The files that will be read, right after {@link #planned}: for an estimate by size of what is left. */
  default void plannedFiles(java.util.List<java.nio.file.Path> toRead) {}

  /** One file is done (read and indexed, or failed). */
  void fileDone(FileResult result);

  /** A listener that ignores everything. */
  ReindexListener NONE = r -> { };
}
