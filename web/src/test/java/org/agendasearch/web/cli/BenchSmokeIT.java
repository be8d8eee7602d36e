package org.agendasearch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agenda generate} and {@code agenda bench --quick} run from end to end on a few packs. */
class BenchSmokeIT {

  @TempDir
  Path tmp;

  @Test
  void generate_writes_packs_with_their_expected_records_and_eval_scores_them() throws Exception {
    AgendaCommandTest.Run gen = AgendaCommandTest.run("generate", "--packs", "3", "--seed", "9", "--out",
        tmp.resolve("gen").toString(), "--appendix-pages", "1", "--long-every", "0");
    assertThat(gen.exit()).isZero();
    assertThat(Files.list(tmp.resolve("gen")).filter(p -> p.toString().endsWith(".pdf"))).hasSize(3);
    assertThat(tmp.resolve("gen/synthetic-00000.expected.json")).exists();
    // Deterministic: the same seed writes the same records.
    AgendaCommandTest.run("generate", "--packs", "1", "--seed", "9", "--out", tmp.resolve("again").toString(),
        "--appendix-pages", "1", "--long-every", "0");
    assertThat(Files.readString(tmp.resolve("again/synthetic-00000.expected.json")))
        .isEqualTo(Files.readString(tmp.resolve("gen/synthetic-00000.expected.json")));
    AgendaCommandTest.Run eval = AgendaCommandTest.run("eval", tmp.resolve("gen").toString());
    assertThat(eval.exit()).isZero();
    assertThat(eval.out()).contains("resolution").contains("F1");
  }

  @Test
  void bench_quick_prints_every_section() {
    AgendaCommandTest.Run r = AgendaCommandTest.run("bench", "--quick", "--work", tmp.resolve("bench").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("## Machine").contains("## Parse").contains("pdftotext, 1 thread |")
        .contains("Ratio ours/pdftotext").contains("## Index").contains("## Growth").contains("## Memory")
        .contains("## Query").contains("| 4 |").doesNotContain("FAILS");
  }

  @Test
  void bench_query_only_prints_the_targets_of_searched_queries_from_a_load_client_of_its_own() {
    AgendaCommandTest.Run r = AgendaCommandTest.run("bench", "--quick", "--query-only", "--work",
        tmp.resolve("bench").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("## Query").contains("Load client: a JVM of its own")
        .contains("4 clients: HTTP throughput").contains("(target >= 0.8x: ").contains("(target <= 4x: ")
        .contains("counts cache on").doesNotContain("## Parse").doesNotContain("## Index");
    // Every request answered: the rows' error counts are 0.
    assertThat(r.out().lines().filter(l -> l.startsWith("| 4 |")).toList()).hasSize(3)
        .allSatisfy(l -> assertThat(l.split("\\|")[6].strip()).isEqualTo("0"));
  }
}
