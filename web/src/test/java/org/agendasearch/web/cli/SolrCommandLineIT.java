package org.agendasearch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.solr.LocalSolrCloud;
import org.agendasearch.web.cli.AgendaCommandTest.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator types, against a local SolrCloud of 2 nodes: init, reindex, search, status. */
class SolrCommandLineIT {

  static LocalSolrCloud cloud;
  static String urls;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    cloud = LocalSolrCloud.start(2);
    urls = String.join(",", cloud.urls());
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @Test
  void init_reindex_search_and_status() {
    Run init = AgendaCommandTest.run("solr", "init", "--solr-url", urls, "--solr-collection", "agenda_cli",
        "--shards", "3", "--replicas", "1");
    assertThat(init.exit()).as(init.err()).isZero();
    assertThat(init.out()).contains("alias agenda_cli -> collection agenda_cli_");

    Run reindex = AgendaCommandTest.run("reindex", "--backend", "solr", "--solr-url", urls, "--solr-collection",
        "agenda_cli", "--corpus", TestFiles.repoRoot().resolve("corpus").toString(), "--index", tmp.toString(),
        "--strict");
    assertThat(reindex.exit()).as(reindex.err()).isZero();
    assertThat(reindex.out()).contains("SolrCloud collection alias agenda_cli").contains("5 files read (5 ok")
        .contains("Per-file report");

    Run search = AgendaCommandTest.run("search", "--backend", "solr", "--solr-url", urls, "--solr-collection",
        "agenda_cli", "Colwall");
    assertThat(search.exit()).as(search.err()).isZero();
    assertThat(search.out()).contains("results").contains("Cabinet");

    Run status = AgendaCommandTest.run("solr", "status", "--solr-url", urls, "--solr-collection", "agenda_cli");
    assertThat(status.exit()).isZero();
    // The reindex built a new collection behind the alias, with the layout init chose.
    java.util.regex.Matcher made = java.util.regex.Pattern.compile("collection (agenda_cli_[0-9_]+)").matcher(init.out());
    assertThat(made.find()).isTrue();
    assertThat(status.out()).containsPattern("Alias agenda_cli -> agenda_cli_\\d.* \\(3 shards x 1 replicas\\)")
        .doesNotContain("-> " + made.group(1) + " ");

    Run inPlace = AgendaCommandTest.run("reindex", "--backend", "solr", "--solr-url", urls, "--solr-collection",
        "agenda_cli", "--corpus", TestFiles.repoRoot().resolve("corpus").toString(), "--index", tmp.toString(),
        "--incremental");
    assertThat(inPlace.exit()).as(inPlace.err()).isZero();
    assertThat(inPlace.out()).contains("in place").contains("0 files read").contains("5 unchanged");

    Run regrow = AgendaCommandTest.run("reindex", "--backend", "solr", "--solr-url", urls, "--solr-collection",
        "agenda_cli", "--corpus", TestFiles.repoRoot().resolve("corpus").toString(), "--index", tmp.toString(),
        "--shards", "1", "--replicas", "2");
    assertThat(regrow.exit()).as(regrow.err()).isZero();
    assertThat(AgendaCommandTest.run("solr", "status", "--solr-url", urls, "--solr-collection", "agenda_cli").out())
        .contains("(1 shards x 2 replicas)");
  }

  @Test
  void wrong_settings_are_one_line_messages() {
    Run elastic = AgendaCommandTest.run("search", "--backend", "elastic", "council");
    assertThat(elastic.exit()).isEqualTo(2);
    assertThat(elastic.err()).contains("lucene or solr").doesNotContain("\tat ");
    Run noUrl = AgendaCommandTest.run("search", "--backend", "solr", "--solr-url", "", "council");
    assertThat(noUrl.exit()).isEqualTo(2);
    assertThat(noUrl.err()).contains("--solr-url").doesNotContain("\tat ");
    Run down = AgendaCommandTest.run("search", "--backend", "solr", "--solr-url", "http://127.0.0.1:9/solr", "council");
    assertThat(down.exit()).isEqualTo(1);
    assertThat(down.err()).contains("SolrCloud did not answer").doesNotContain("\tat ");
  }
}
