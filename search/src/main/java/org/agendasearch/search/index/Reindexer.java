package org.agendasearch.search.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Brings an index up to date with a corpus folder, whichever engine holds it, reporting on every
 * file; the index being served stays as it was until the new one is complete.
 */
@FunctionalInterface
public interface Reindexer {

  /**
   * @param full read every file, even when an incremental update would do
   * @param report where to write the per-file report (JSON lines), or null for the default place
   */
  BuildSummary reindex(Path corpus, boolean full, ReindexListener listener, Path report) throws IOException;

  /**
   * The same, touching only the records of the councils in {@code scope}: files in scope are added,
   * replaced and (when gone from the corpus) deleted in the live index, in place; nothing outside
   * the scope is read or deleted. {@code full} reads every file in scope again.
   *
   * @throws IOException also when this index cannot be updated by council (none can, by default)
   */
  default BuildSummary reindex(Path corpus, boolean full, CouncilScope scope, ReindexListener listener, Path report)
      throws IOException {
    if (!scope.all()) {
      throw new IOException("this index cannot be reindexed one council at a time");
    }
    return reindex(corpus, full, listener, report);
  }
}
