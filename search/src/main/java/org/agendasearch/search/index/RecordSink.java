package org.agendasearch.search.index;

import java.io.IOException;
import java.util.List;
import org.agendasearch.search.schema.IndexRecord;

/** Where a reindex puts each file's records: a Lucene writer, or a Solr collection. */
@FunctionalInterface
public interface RecordSink {

  /**
   * Replaces every record of the file at {@code source} (corpus-relative) with {@code records}.
   * Called from several threads at once.
   */
  void replace(String source, List<IndexRecord> records) throws IOException;
}
