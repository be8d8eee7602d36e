package org.agendasearch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.ingest.corpus.Councils;
import org.agendasearch.search.CouncilSummary;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.sources.FakeModernGov;
import org.agendasearch.web.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agenda fetch} end to end: a council fetched from a ModernGov site (the fake one, on a
 * loopback port) into a copy of the bundled corpus, fetched again (nothing downloaded), indexed, and
 * searched beside the bundled council.
 */
class FetchCommandTest {

  static final String PACK = "/documents/g101/Public reports pack 26th-Feb-2015 14.00 Cabinet.pdf";
  static final String MINUTES = "/documents/g101/Printed minutes 26th-Feb-2015 14.00 Cabinet.pdf";

  @TempDir
  Path tmp;

  @Test
  void a_council_of_a_system_we_cannot_fetch_from_is_named_and_the_others_go_on_and_bad_arguments_get_2()
      throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("councils.json"), """
        {"councils": [{"name": "Legacy Council", "slug": "legacy", "source": {"type": "cmis", "url": "https://cmis.example"}},
                      {"name": "Unreachable Council", "slug": "unreachable",
                       "source": {"type": "moderngov", "url": "http://127.0.0.1:9/"}},
                      {"name": "Paper Council", "slug": "paper"}]}
        """);
    AgendaCommandTest.Run r = AgendaCommandTest.run("fetch", "--corpus", corpus.toString(), "--delay", "0", "--report",
        tmp.resolve("r.jsonl").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("Legacy Council: failed: no fetcher for a source of type \"cmis\" (ModernGov only, so far)")
        .contains("failed   https://cmis.example: no fetcher for a source of type \"cmis\"")
        .contains("Unreachable Council: failed: neither the web service (could not reach http://127.0.0.1:9/")
        .doesNotContain("null")
        .doesNotContain("Paper Council");
    assertThat(Files.readAllLines(tmp.resolve("r.jsonl"))).hasSize(2);
    assertThat(AgendaCommandTest.run("fetch", "--corpus", corpus.toString(), "--council", "X").exit()).isEqualTo(2);
    assertThat(AgendaCommandTest.run("fetch", "--corpus", tmp.resolve("empty").toString()).err())
        .contains("has a source; give --moderngov URL --council NAME");
  }

  @Test
  void a_council_is_fetched_then_fetched_again_for_nothing_then_searched_beside_the_bundled_one() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (var files = Files.list(TestFiles.repoRoot().resolve("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    try (FakeModernGov site = new FakeModernGov()) {
      FakeModernGov.Committee cabinet = new FakeModernGov.Committee("12", "Cabinet", false, false);
      site.committees.add(cabinet);
      site.meeting("101", cabinet, LocalDate.of(2015, 2, 26), List.of(
          new FakeModernGov.Paper("Public reports pack", PACK, true, null),
          new FakeModernGov.Paper("Printed minutes", MINUTES, true, null)), List.of());
      // Real papers: the bundled Cabinet pack, and for its printed minutes another council's Cabinet
      // minutes (of 26 March 2009): the site's meeting.json is the authority, the PDF's date a quality line.
      site.files.put(PACK, Files.readAllBytes(corpus.resolve("001_aa98a297444b1522.pdf")));
      site.files.put(MINUTES, Files.readAllBytes(TestFiles.repoRoot().resolve(
          "ingest/src/test/resources/councils/london-borough-of-harrow/harrow-cabinet-2009-03-26-minutes.pdf")));

      AgendaCommandTest.Run first = AgendaCommandTest.run("fetch", "--moderngov", site.base().toString(), "--council",
          "Example Council", "--corpus", corpus.toString(), "--from", "2015-01-01", "--to", "2015-12-31", "--delay", "0",
          "--report", tmp.resolve("fetch-1.jsonl").toString());
      assertThat(first.exit()).as(first.err()).isZero();
      assertThat(first.out()).contains("Fetching 1 council into " + corpus + ", meetings 2015-01-01 to 2015-12-31")
          .contains("Example Council: 1 meeting listed")
          .contains("Example Council: 1 meeting, 2 new, 0 changed, 0 unchanged, 0 present, 0 failed");
      assertThat(corpus.resolve("example-council/cabinet/2015-02-26_101/Public_reports_pack.pdf")).exists();
      assertThat(corpus.resolve("example-council/cabinet/2015-02-26_101/meeting.json")).exists();
      List<String> report = Files.readAllLines(tmp.resolve("fetch-1.jsonl"));
      assertThat(report).hasSize(2);
      JsonNode line = PackJson.MAPPER.readTree(report.get(0));
      assertThat(line.path("status").asText()).isEqualTo("new");
      List<String> fields = new java.util.ArrayList<>();
      line.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).containsExactly("council", "meeting_id", "committee", "date", "title", "url", "file", "status",
          "bytes", "sha256");
      assertThat(line.path("file").asText()).isEqualTo("example-council/cabinet/2015-02-26_101/Public_reports_pack.pdf");
      assertThat(line.path("bytes").asLong()).isEqualTo(Files.size(corpus.resolve("001_aa98a297444b1522.pdf")));
      // Remembered in councils.json, beside the bundled council that stays the default.
      Councils councils = Councils.load(corpus);
      assertThat(councils.defaultSlug()).isEqualTo("herefordshire-council");
      assertThat(councils.bySlug("example-council").orElseThrow().source().url()).isEqualTo(site.base().toString());

      int before = site.requests.size();
      Path index = tmp.resolve("index");
      AgendaCommandTest.Run second = AgendaCommandTest.run("fetch", "--corpus", corpus.toString(), "--index",
          index.toString(), "--from", "2015-01-01", "--to", "2015-12-31", "--delay", "0", "--report",
          tmp.resolve("fetch-2.jsonl").toString(), "--reindex");
      assertThat(second.exit()).as(second.err()).isZero();
      assertThat(second.out()).contains("Example Council: 1 meeting, 0 new, 0 changed, 0 unchanged, 2 present, 0 failed")
          .contains("7 files read (7 ok, 0 with warnings, 0 failed)");
      assertThat(site.paperRequests(before)).isEmpty();
      String reindexReport = second.out().lines().filter(l -> l.startsWith("Per-file report: ") && l.contains("index"))
          .findFirst().orElseThrow().substring("Per-file report: ".length());
      assertThat(Files.readString(Path.of(reindexReport)))
          .contains("meeting.json: date \\\"2015-02-26\\\", the PDF \\\"2009-03-26\\\"");

      // Later the site republishes the minutes and a bundled pack leaves the corpus: a fetch of every
      // council reindexes the council whose papers changed, and no other (the bundled one keeps its records).
      Files.delete(corpus.resolve("004_879e1e000eb8b86d.pdf"));
      byte[] minutes = site.files.get(MINUTES);
      byte[] republished = java.util.Arrays.copyOf(minutes, minutes.length + 14);
      System.arraycopy("\n% republished".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, republished,
          minutes.length, 14);
      site.files.put(MINUTES, republished); // the same minutes, other bytes (after the PDF's end)
      AgendaCommandTest.Run third = AgendaCommandTest.run("fetch", "--corpus", corpus.toString(), "--index",
          index.toString(), "--from", "2015-01-01", "--to", "2015-12-31", "--delay", "0", "--recheck-days", "100000",
          "--report", tmp.resolve("fetch-3.jsonl").toString(), "--reindex");
      assertThat(third.exit()).as(third.err()).isZero();
      assertThat(third.out()).contains("Example Council: 1 meeting, 0 new, 1 changed, 1 unchanged, 0 present, 0 failed")
          .contains("Reindexing the councils whose papers are new or changed: example-council")
          .contains("councils example-council only")
          .contains("1 files read (1 ok, 0 with warnings, 0 failed), 1 unchanged, 0 removed");
      AgendaCommandTest.Run fourth = AgendaCommandTest.run("fetch", "--corpus", corpus.toString(), "--index",
          index.toString(), "--from", "2015-01-01", "--to", "2015-12-31", "--delay", "0", "--report",
          tmp.resolve("fetch-4.jsonl").toString(), "--reindex");
      assertThat(fourth.exit()).as(fourth.err()).isZero();
      assertThat(fourth.out()).contains("No council's papers are new or changed: nothing to reindex.")
          .doesNotContain("files read");
    }
    try (Services services = Services.open(tmp.resolve("index"), corpus)) {
      assertThat(services.search().councils()).extracting(CouncilSummary::slug, CouncilSummary::meetings)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("example-council", 1),
              org.assertj.core.groups.Tuple.tuple("herefordshire-council", 4));
      // The pack and the printed minutes are one meeting's papers: one meeting, listed by its pack.
      assertThat(services.search().meetings("example-council", null, null)).singleElement()
          .satisfies(m -> assertThat(m.source()).isEqualTo("example-council/cabinet/2015-02-26_101/Public_reports_pack.pdf"));
      SearchResults colwall = services.search().search(SearchRequest.of("Colwall"));
      assertThat(colwall.facets().get("council")).extracting(f -> f.value())
          .containsExactlyInAnyOrder("Example Council", "Herefordshire Council");
      assertThat(colwall.facets().get("committee")).extracting(f -> f.value())
          .contains("Cabinet · Example Council", "Cabinet · Herefordshire Council");
    }
  }
}
