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

public class AgendaCommandTest {

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
  void parse_says_a_minute_has_no_heading_rather_than_null() {
    Run r = run("parse", TestFiles.repoRoot().resolve(
        "ingest/src/test/resources/councils/township-of-wilmot/2024-05-27-council-minutes.pdf").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("   1.  (no heading)  (p. 1)").doesNotContain("null");
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
    Run ofCouncil = run("search", "Colwall", "--index", tmp.resolve("index").toString(), "--council",
        "herefordshire-council");
    assertThat(ofCouncil.exit()).isZero();
    assertThat(ofCouncil.out()).startsWith("4 results").contains("    Herefordshire Council, Cabinet, 2015-02-26");
    assertThat(run("search", "Colwall", "--index", tmp.resolve("index").toString(), "--council", "elsewhere").out())
        .startsWith("0 results");
  }

  @Test
  void search_on_an_empty_index_says_what_to_do() {
    Run r = run("search", "budget", "--index", tmp.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("agenda reindex");
  }

  @Test
  void search_takes_the_sort_as_the_readme_writes_it_and_lists_only_its_own_options() {
    Run help = run("search", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--index", "--sort", "--committee", "--backend", "--solr-url")
        .doesNotContain("--corpus", "--shards", "--replicas", "RELEVANCE");
    for (String sort : new String[] {"newest", "oldest", "relevance", "Newest"}) {
      Run r = run("search", "budget", "--sort", sort, "--index", tmp.resolve("none").toString());
      assertThat(r.err()).as(sort).doesNotContain("expected one of", "Invalid value");
      assertThat(r.exit()).as(sort).isEqualTo(1); // an empty index: the sort itself was accepted
    }
    Run bad = run("search", "budget", "--sort", "random", "--index", tmp.resolve("none").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("relevance, newest or oldest");
  }

  @Test
  void parse_of_a_folder_parses_each_file_in_it() throws Exception {
    Path folder = tmp.resolve("two");
    java.nio.file.Files.createDirectories(folder.resolve("sub"));
    java.nio.file.Files.copy(TestFiles.repoRoot().resolve("corpus/001_aa98a297444b1522.pdf"), folder.resolve("a.pdf"));
    java.nio.file.Files.writeString(folder.resolve("sub/b.txt"), "Minutes of the Cabinet\n\nThe meeting closed.");
    Run r = run("parse", folder.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    java.util.List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSize(2);
    assertThat(PackJson.MAPPER.readTree(lines.get(0)).path("meeting").path("committee").asText()).isEqualTo("Cabinet");
    assertThat(lines.get(1)).contains("b.txt");
    Run text = run("parse", folder.toString());
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("a.pdf").contains("b.txt");
    assertThat(run("parse", tmp.resolve("nothing-here").toString()).err()).contains("no such file or folder");
  }

  @Test
  void eval_with_nothing_to_compare_says_so_and_fails() throws Exception {
    Path empty = java.nio.file.Files.createDirectories(tmp.resolve("no-truth"));
    java.nio.file.Files.copy(TestFiles.repoRoot().resolve("corpus/001_aa98a297444b1522.pdf"), empty.resolve("a.pdf"));
    Run r = run("eval", empty.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("nothing to compare");
    assertThat(r.out()).doesNotContain("F1");
  }

  @Test
  void eval_of_hand_written_truth_prints_f1_per_council() {
    Run r = run("eval", TestFiles.repoRoot().resolve("ingest/src/test/resources/councils").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("resolution").contains("sligo-county-council").contains("city-of-tulsa");
  }
}
