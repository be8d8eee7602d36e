package org.agendasearch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.web.cli.AgendaCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agenda reindex --council} and the worker options from the command line, on the embedded index. */
class ReindexCouncilCommandTest {

  @TempDir
  Path tmp;

  private static String corpus() {
    return TestFiles.repoRoot().resolve("corpus").toString();
  }

  @Test
  void an_unknown_council_is_a_sentence_and_exit_4_and_nothing_is_indexed() {
    Run r = AgendaCommandTest.run("reindex", "--corpus", corpus(), "--index", tmp.toString(), "--council",
        "herefordshire", "--council", "herefordshire-council");
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("no council \"herefordshire\" in ").contains("(its councils: herefordshire-council)")
        .doesNotContain("\tat ");
    assertThat(tmp.resolve("CURRENT")).doesNotExist();
  }

  @Test
  void worker_options_are_for_solrcloud_and_go_together() {
    Run lucene = AgendaCommandTest.run("reindex", "--corpus", corpus(), "--index", tmp.toString(), "--build", "b1",
        "--workers", "2", "--worker", "1");
    assertThat(lucene.exit()).isEqualTo(2);
    assertThat(lucene.err()).contains("--build NAME --workers N --worker I go together, on SolrCloud");
    Run badWorker = AgendaCommandTest.run("reindex", "--backend", "solr", "--solr-url", "http://127.0.0.1:9/solr",
        "--corpus", corpus(), "--index", tmp.toString(), "--build", "b1", "--workers", "2", "--worker", "3");
    assertThat(badWorker.exit()).isEqualTo(2);
    assertThat(badWorker.err()).contains("--worker is 1 to --workers (2), not 3").doesNotContain("\tat ");
  }

  @Test
  void a_council_is_reindexed_alone() {
    Run r = AgendaCommandTest.run("reindex", "--corpus", corpus(), "--index", tmp.toString(), "--council",
        "herefordshire-council");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("councils herefordshire-council only").contains("5 files read (5 ok");
    Run again = AgendaCommandTest.run("reindex", "--corpus", corpus(), "--index", tmp.toString(), "--council",
        "herefordshire-council");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 files read").contains("5 unchanged, 0 removed");
  }
}
