package org.agendasearch.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchService;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up, or an index folder that cannot be written, in the middle of a reindex:
 * the reindex fails with the reason, the live index stays searchable, and the next reindex
 * completes. (The tests run as root, so permissions cannot simulate these: a directory that fails
 * its writes does.)
 */
class DiskFaultsTest {

  @TempDir
  Path tmp;

  /** A directory whose writes fail once {@code budget} bytes have been written. */
  static final class FullDisk extends FilterDirectory {
    private final AtomicLong left;

    FullDisk(Directory in, long budget) {
      super(in);
      this.left = new AtomicLong(budget);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      IndexOutput out = in.createOutput(name, context);
      return new IndexOutput(out.toString(), out.getName()) {
        @Override
        public void writeByte(byte b) throws IOException {
          spend(1);
          out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          spend(length);
          out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
          return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
          return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }

    private void spend(long n) throws IOException {
      if (left.addAndGet(-n) < 0) {
        throw new IOException("No space left on device");
      }
    }
  }

  private Path corpus() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (String f : new String[] {"001_aa98a297444b1522.pdf", "004_879e1e000eb8b86d.pdf"}) {
      Files.copy(TestFiles.repoRoot().resolve("corpus").resolve(f), corpus.resolve(f));
    }
    return corpus;
  }

  @Test
  void a_disk_that_fills_during_a_full_rebuild_leaves_the_live_index_and_the_next_reindex_completes() throws Exception {
    Path corpus = corpus();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    new IndexBuilder(new Ingestor(), 1).rebuild(corpus, layout, ReindexListener.NONE);
    Path live = layout.current().orElseThrow();
    IndexBuilder full = new IndexBuilder(new Ingestor(), 1, p -> new FullDisk(FSDirectory.open(p), 200_000));
    assertThatThrownBy(() -> full.reindex(corpus, layout, true, ReindexListener.NONE, null))
        .hasStackTraceContaining("No space left on device");
    assertThat(layout.current()).contains(live);
    assertThat(layout.generations()).containsExactly(live); // the half-written generation is gone
    try (SearchService search = new SearchService(layout.root())) {
      assertThat(search.search(SearchRequest.of("Colwall")).total()).isPositive();
    }
    BuildSummary next = new IndexBuilder(new Ingestor(), 1).reindex(corpus, layout, true, ReindexListener.NONE, null);
    assertThat(next.failed()).isZero();
    assertThat(layout.current().orElseThrow()).isNotEqualTo(live);
  }

  @Test
  void an_index_folder_that_cannot_be_written_fails_an_incremental_reindex_cleanly() throws Exception {
    Path corpus = corpus();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    new IndexBuilder(new Ingestor(), 1).rebuild(corpus, layout, ReindexListener.NONE);
    Files.copy(TestFiles.repoRoot().resolve("corpus/002_c0727628f51b2c4a.pdf"), corpus.resolve("new.pdf"));
    IndexBuilder readOnly = new IndexBuilder(new Ingestor(), 1, p -> new FilterDirectory(FSDirectory.open(p)) {
      @Override
      public IndexOutput createOutput(String name, IOContext context) throws IOException {
        throw new AccessDeniedException(name, null, "read-only file system");
      }
    });
    assertThatThrownBy(() -> readOnly.reindex(corpus, layout, false, ReindexListener.NONE, null))
        .hasStackTraceContaining("read-only");
    try (SearchService search = new SearchService(layout.root())) {
      assertThat(search.search(SearchRequest.of("Colwall")).total()).isPositive();
      assertThat(search.search(SearchRequest.of("\"action log\"")).total()).isZero();
    }
    BuildSummary next = new IndexBuilder(new Ingestor(), 1).reindex(corpus, layout, false, ReindexListener.NONE, null);
    assertThat(next.files()).extracting(FileResult::file).containsExactly("new.pdf");
  }
}
