package org.agendasearch.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.agendasearch.search.schema.Schema;

/**
 * What a generation holds: its schema version, the corpus folder it was built from (null for an
 * index written before that was recorded) and each indexed file with its digest and stamp.
 */
record IndexedFiles(int schemaVersion, String corpus, Map<String, String> sha256BySource,
    Map<String, String> stampBySource) {

  /** Reads the live generation's commit, or empty when there is none to read. */
  static Optional<IndexedFiles> of(Path generation) throws IOException {
    try (Directory dir = FSDirectory.open(generation)) {
      if (!DirectoryReader.indexExists(dir)) {
        return Optional.empty();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Map<String, String> commit = reader.getIndexCommit().getUserData();
        String version = commit.get(Schema.COMMIT_SCHEMA_VERSION);
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery head = new TermQuery(new Term(Schema.FILE_HEAD, "1"));
        TopDocs heads = searcher.search(head, Math.max(1, searcher.count(head)));
        Map<String, String> files = new HashMap<>();
        Map<String, String> stamps = new HashMap<>();
        for (ScoreDoc sd : heads.scoreDocs) {
          Document d = searcher.storedFields().document(sd.doc);
          files.put(d.get(Schema.SOURCE), d.get(Schema.SHA256));
          if (d.get(Schema.FILE_STAMP) != null) {
            stamps.put(d.get(Schema.SOURCE), d.get(Schema.FILE_STAMP));
          }
        }
        return Optional.of(new IndexedFiles(version == null ? -1 : Integer.parseInt(version),
            commit.get(Schema.COMMIT_CORPUS), files, stamps));
      }
    }
  }
}
