package org.agendasearch.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.agendasearch.search.schema.Schema;

/**
 * When each record was first indexed ({@link Schema#FIRST_INDEXED}): the stamp the live index
 * already gives its id, or this reindex's own for an id it has never held. Read from the live
 * generation as it was when the reindex began, so a rebuild into a new generation keeps every
 * stamp too. Thread-safe: the corpus is read on several threads.
 */
public final class FirstIndexed implements Closeable {

  private final long now;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private FirstIndexed(long now, DirectoryReader reader) {
    this.now = now;
    this.reader = reader;
    this.searcher = reader == null ? null : new IndexSearcher(reader);
  }

  /** The stamps of the live generation, if any, and {@code now} for records it does not hold. */
  public static FirstIndexed of(Optional<Path> live, long now) throws IOException {
    if (live.isEmpty()) {
      return new FirstIndexed(now, null);
    }
    Directory dir = FSDirectory.open(live.get());
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      return new FirstIndexed(now, null);
    }
    return new FirstIndexed(now, DirectoryReader.open(dir));
  }

  /** This reindex's stamp: what a record new to the index gets. */
  public long now() {
    return now;
  }

  /** The stamp of the record {@code id}: the one it was first given, or {@link #now()}. */
  public long of(String id) {
    if (searcher == null) {
      return now;
    }
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return now;
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.FIRST_INDEXED));
      IndexableField f = d.getField(Schema.FIRST_INDEXED);
      // An index written before the field existed: its records are stamped by this reindex.
      return f == null || f.numericValue() == null ? now : f.numericValue().longValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
      reader.directory().close();
    }
  }
}
