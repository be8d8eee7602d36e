package org.agendasearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.agendasearch.ingest.extract.ExtractOptions;
import org.agendasearch.ingest.extract.ExtractionException;
import org.agendasearch.ingest.model.Pack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nasty files are reported with a reason, never a crash, a hang or a stack trace. */
class HostileFilesTest {

  @TempDir
  Path tmp;

  private final Ingestor ingestor = new Ingestor();

  /** The outcome of ingesting a file: a pack, or the failure's reason. */
  private Object outcome(Ingestor in, Path file) {
    try {
      return in.ingest(file);
    } catch (ExtractionException e) {
      return e;
    }
  }

  @Test
  void a_loop_in_the_page_tree_is_reported_not_followed_forever() throws Exception {
    Object r = outcome(ingestor, HostilePdfs.pageTreeLoop(tmp));
    if (r instanceof ExtractionException e) {
      assertThat(e.getMessage()).startsWith("corrupt:");
    } else {
      assertThat(((Pack) r).pages()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    }
  }

  @Test
  void deeply_nested_objects_do_not_overflow_the_stack() throws Exception {
    Object r = outcome(ingestor, HostilePdfs.deepNesting(tmp, 200_000));
    if (r instanceof ExtractionException e) {
      assertThat(e.failure()).isEqualTo(ExtractionException.Failure.CORRUPT);
    } else {
      assertThat(((Pack) r).pages().get(0).text()).contains("Nested");
    }
  }

  @Test
  void a_huge_image_is_not_decoded_for_ocr() throws Exception {
    Object r = outcome(ingestor, HostilePdfs.hugeImage(tmp));
    assertThat(r).isInstanceOf(Pack.class);
    assertThat(((Pack) r).warnings()).anySatisfy(w -> assertThat(w).contains("too large"));
  }

  @Test
  void a_decompression_bomb_neither_exhausts_the_heap_nor_runs_past_the_time_limit() throws Exception {
    Path bomb = HostilePdfs.decompressionBomb(tmp, 1L << 30); // 1 GiB of zeros in about 1 MB
    assertThat(Files.size(bomb)).isLessThan(5_000_000);
    long t0 = System.nanoTime();
    Object r = outcome(new Ingestor(ExtractOptions.DEFAULTS.withTimeLimit(Duration.ofSeconds(20))), bomb);
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(120);
    if (r instanceof ExtractionException e) {
      assertThat(e.failure()).isIn(ExtractionException.Failure.LIMIT, ExtractionException.Failure.CORRUPT);
    } else {
      assertThat(((Pack) r).pages()).hasSize(1);
    }
  }

  @Test
  void a_file_past_its_time_limit_is_stopped_and_reported() {
    Ingestor hasty = new Ingestor(ExtractOptions.DEFAULTS.withTimeLimit(Duration.ZERO));
    Object r = outcome(hasty, TestFiles.repoRoot().resolve("corpus/000_507079886cabe88a.pdf"));
    assertThat(r).isInstanceOfSatisfying(ExtractionException.class, e -> {
      assertThat(e.failure()).isEqualTo(ExtractionException.Failure.LIMIT);
      assertThat(e.getMessage()).startsWith("limit:").contains("took longer");
    });
  }

  @Test
  void pages_past_the_page_limit_are_not_read_and_a_warning_says_so() throws Exception {
    Pack p = new Ingestor(ExtractOptions.DEFAULTS.withMaxPages(10))
        .ingest(TestFiles.repoRoot().resolve("corpus/001_aa98a297444b1522.pdf"));
    assertThat(p.pages()).hasSize(10);
    assertThat(p.warnings()).anySatisfy(w -> assertThat(w).startsWith("limit:").contains("53 pages"));
  }
}
