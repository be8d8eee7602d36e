package org.agendasearch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AgendaCommandTest {

  @TempDir
  Path tmp;

  public record Run(int exit, String out, String err) {}

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = AgendaCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void parse_json_gives_the_contract() throws Exception {
    Run r = run("parse", TestFiles.repoRoot().resolve("corpus/001_aa98a297444b1522.pdf").toString(), "--json");
    assertThat(r.exit()).isZero();
    JsonNode j = PackJson.MAPPER.readTree(r.out());
    assertThat(j.path("kind").asText()).isEqualTo("agenda_pack");
    assertThat(j.path("pages").asInt()).isEqualTo(53);
    assertThat(j.path("meeting").path("committee").asText()).isEqualTo("Cabinet");
    assertThat(j.path("meeting").path("date").asText()).isEqualTo("2015-02-26");
    assertThat(j.path("meeting").path("time").asText()).isEqualTo("14:00");
    assertThat(j.path("agenda_items")).hasSize(9);
    assertThat(j.path("minutes").get(0).path("items").get(0).path("number").asText()).isEqualTo("54");
    assertThat(j.path("reports")).hasSize(6);
    assertThat(j.path("warnings")).isEmpty();
  }

  @Test
  void parse_gives_each_bad_file_its_own_exit_code_and_a_one_line_reason() {
    assertThat(run("parse", TestFiles.faulty("empty.pdf").toString())).satisfies(r -> {
      assertThat(r.exit()).isEqualTo(3);
      assertThat(r.err()).contains("empty").doesNotContain("Exception").doesNotContain("\tat ");
    });
    assertThat(run("parse", TestFiles.faulty("not-a-pdf.pdf").toString()).exit()).isEqualTo(4);
    assertThat(run("parse", TestFiles.faulty("password-protected.pdf").toString())).satisfies(r -> {
      assertThat(r.exit()).isEqualTo(5);
      assertThat(r.err()).contains("encrypted").contains("--password");
    });
    assertThat(run("parse", tmp.resolve("missing.pdf").toString()).exit()).isEqualTo(2);
    assertThat(run("parse", TestFiles.repoRoot().resolve("corpus/000_507079886cabe88a.pdf").toString(),
        "--time-limit", "0")).satisfies(r -> {
          assertThat(r.exit()).isEqualTo(8);
          assertThat(r.err()).contains("limit:");
        });
  }

  @Test
  void reindex_then_search_from_the_terminal() {
    Path corpus = TestFiles.repoRoot().resolve("corpus");
    Run reindex = run("reindex", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(), "--threads", "2");
    assertThat(reindex.exit()).isZero();
    assertThat(reindex.out()).contains("Full rebuild: 5 files to read, 0 unchanged, 0 removed")
        .contains("5/5 files").contains("5 files read (5 ok, 0 with warnings, 0 failed)");
    Run again = run("reindex", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("Incremental update: 0 files to read, 5 unchanged, 0 removed");
    Run busy = run("reindex", "--corpus", tmp.resolve("no-such-folder").toString(), "--index",
        tmp.resolve("index").toString());
    assertThat(busy.exit()).isEqualTo(1);
    assertThat(busy.err()).contains("no corpus folder");
    Run search = run("search", "Colwall", "--index", tmp.resolve("index").toString(), "--committee", "Cabinet", "--json");
    assertThat(search.exit()).isZero();
    assertThat(search.out()).contains("001_aa98a297444b1522.pdf");
    Run dated = run("search", "minutes", "--index", tmp.resolve("index").toString(), "--type", "resolution",
        "--from", "2020-01-01", "--to", "2020-12-31");
    assertThat(dated.exit()).isZero();
    assertThat(dated.out()).contains("2020-09-15").doesNotContain("2015-01-22").contains("*minutes*")
        .doesNotContain("<mark>");
    Run bad = run("search", "\"unclosed", "--index", tmp.resolve("index").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("closing");
  }

  @Test
  void search_on_an_empty_index_says_what_to_do() {
    Run r = run("search", "budget", "--index", tmp.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("agenda reindex");
  }
}
