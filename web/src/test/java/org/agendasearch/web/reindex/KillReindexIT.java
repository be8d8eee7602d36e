package org.agendasearch.web.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.ingest.synth.PackGenerator;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchService;
import org.agendasearch.search.index.IndexLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code agenda reindex} processes killed with SIGKILL at five named points of a full
 * rebuild: the live index is the one it should be there, it stays intact (it passes Lucene's
 * CheckIndex) and searchable, and the next reindex completes. Two
 * reindexes at once: the second refuses with a clear message.
 */
class KillReindexIT {

  @TempDir
  Path tmp;

  @Test
  void kill_9_at_any_moment_leaves_the_live_index_intact_and_the_next_reindex_completes() throws Exception {
    Path corpus = corpus();
    Path index = tmp.resolve("index");
    assertThat(agenda("reindex", "--corpus", corpus.toString(), "--index", index.toString()).waitFor()).isZero();
    IndexLayout layout = new IndexLayout(index);
    // Each reindex stops at its point and says so; the kill comes when it has said so, not after a guessed delay.
    for (String point : STOP_POINTS) {
      Path before = layout.current().orElseThrow();
      Process p = org.agendasearch.web.bench.ChildJvm.startReadable(List.of("-Xmx512m", "-D" + STOP_AT + "=" + point),
          "reindex", "--full", "--threads", "2", "--corpus", corpus.toString(), "--index", index.toString());
      try {
        new ChildOutput(p).await(Pattern.compile("^stopped at " + point + "$"), Duration.ofSeconds(300));
      } finally {
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
        p.waitFor(30, TimeUnit.SECONDS);
      }
      Path live = layout.current().orElseThrow();
      // Until the new generation is published the old one stays live; from then on the new one is.
      if (point.equals("published")) {
        assertThat(live).as("live index after kill at %s", point).isNotEqualTo(before);
      } else {
        assertThat(live).as("live index after kill at %s", point).isEqualTo(before);
      }
      try (FSDirectory dir = FSDirectory.open(live); CheckIndex check = new CheckIndex(dir)) {
        assertThat(check.checkIndex().clean).as("live index after kill at %s", point).isTrue();
      }
      try (SearchService search = new SearchService(index)) {
        assertThat(search.search(SearchRequest.of("Colwall")).total()).as("search after kill at %s", point)
            .isPositive();
      }
    }
    Process last = agenda("reindex", "--full", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(output(last)).isZero();
  }

  @Test
  void a_second_reindex_at_the_same_time_refuses_with_a_clear_message() throws Exception {
    Path corpus = corpus();
    Path index = tmp.resolve("index");
    // The first reindex is this test holding the same OS file lock a reindex takes; the second is
    // a real agenda process. (Two real processes would race: a fast first one can finish before
    // the second's JVM has started.)
    try (IndexLayout.Lock first = new IndexLayout(index).lock()) {
      Process second = agenda("reindex", "--corpus", corpus.toString(), "--index", index.toString());
      assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String out = output(second);
      assertThat(second.exitValue()).as(out).isEqualTo(3);
      assertThat(out).contains("another reindex is already running");
    }
    Process after = agenda("reindex", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(after.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(after.exitValue()).as(output(after)).isZero();
  }

  /** The system property that stops a reindex at a named point (see the search module's StopPoints). */
  private static final String STOP_AT = "agenda.test.stopAt";

  /**
   * Where a full reindex is killed: lock held and nothing written; records handed to the writer;
   * every file read, before the commit; committed, not published; published, not pruned.
   */
  private static final List<String> STOP_POINTS = List.of("planned", "indexing", "committing", "committed", "published");

  /** The sample packs and enough synthetic ones that a full reindex takes a few seconds. */
  private Path corpus() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    try (var s = Files.list(TestFiles.repoRoot().resolve("corpus"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".pdf")).toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    PackGenerator.generate(new PackGenerator.Options(40, 3, 8, 0, 0), corpus.resolve("synthetic"));
    return corpus;
  }

  /** A real agenda process; its output goes to a log file (a full pipe would block it). */
  private Process agenda(String... args) throws IOException {
    Path log = Files.createTempFile(tmp, "agenda", ".log");
    Process p = org.agendasearch.web.bench.ChildJvm.start(List.of("-Xmx512m"), log, args);
    logs.put(p, log);
    return p;
  }

  private final java.util.Map<Process, Path> logs = new java.util.HashMap<>();

  private String output(Process p) throws IOException {
    return Files.readString(logs.get(p), StandardCharsets.UTF_8);
  }
}
