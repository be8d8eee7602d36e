package org.agendasearch.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time left is estimated from what was read (bytes, standing for pages), not from a count of files. */
class ReindexProgressTest {

  @TempDir
  Path corpus;

  @Test
  void one_small_file_read_of_a_corpus_of_big_ones_does_not_predict_an_hour() throws Exception {
    // One 1-page file of 1 kB, then one 99-page file of 99 kB: 1% of the bytes, 50% of the files.
    Path small = Files.write(corpus.resolve("small.pdf"), new byte[1_000]);
    Path big = Files.write(corpus.resolve("big.pdf"), new byte[99_000]);
    AtomicLong now = new AtomicLong();
    ReindexProgress p = new ReindexProgress(corpus, now::get);
    p.planned(2, 0, 0, true);
    p.plannedFiles(List.of(small, big));
    assertThat(p.snapshot().secondsLeft()).isEqualTo(-1);
    assertThat(p.snapshot().pagesToRead()).isEqualTo(-1);

    now.set(1_000_000_000L); // 1 s for the small file, so 1 page/s
    p.fileDone(new FileResult("small.pdf", "x", "ok", 1, 2, null, 1000));
    ReindexProgress.Snapshot s = p.snapshot();
    assertThat(s.filesDone()).isEqualTo(1);
    assertThat(s.pagesDone()).isEqualTo(1);
    assertThat(s.pagesToRead()).isEqualTo(99);
    assertThat(s.secondsLeft()).isEqualTo(99.0);
    assertThat(s.pagesPerSecond()).isEqualTo(1.0);
  }

  @Test
  void the_time_left_leaves_out_the_slow_first_file() throws Exception {
    // Ten files of 10 kB: the first takes 5 s (warm-up), each later one 0.5 s.
    List<Path> files = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      files.add(Files.write(corpus.resolve("f" + i + ".pdf"), new byte[10_000]));
    }
    AtomicLong now = new AtomicLong();
    ReindexProgress p = new ReindexProgress(corpus, now::get);
    p.planned(10, 0, 0, true);
    p.plannedFiles(files);
    now.set(5_000_000_000L);
    p.fileDone(new FileResult("f0.pdf", "x", "ok", 10, 10, null, 5000));
    assertThat(p.snapshot().secondsLeft()).isEqualTo(45.0); // one file done: all it knows
    now.set(5_500_000_000L);
    p.fileDone(new FileResult("f1.pdf", "x", "ok", 10, 10, null, 500));
    // 8 files left at 0.5 s each: 4 s (a rate since the start would say 22 s).
    assertThat(p.snapshot().secondsLeft()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p.snapshot().pagesToRead()).isEqualTo(80);
  }

  @Test
  void failures_are_counted_and_nothing_is_left_at_the_end() throws Exception {
    Path a = Files.write(corpus.resolve("a.pdf"), new byte[500]);
    AtomicLong now = new AtomicLong();
    ReindexProgress p = new ReindexProgress(corpus, now::get);
    p.planned(1, 3, 0, false);
    p.plannedFiles(List.of(a));
    now.set(2_000_000_000L);
    p.fileDone(new FileResult("a.pdf", "x", "failed", 0, 0, "not a PDF", 5));
    ReindexProgress.Snapshot s = p.snapshot();
    assertThat(s.failed()).isEqualTo(1);
    assertThat(s.full()).isFalse();
    assertThat(s.pagesToRead()).isZero();
    assertThat(s.secondsLeft()).isZero();
  }
}
