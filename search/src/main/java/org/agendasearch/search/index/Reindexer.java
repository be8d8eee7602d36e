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
}
