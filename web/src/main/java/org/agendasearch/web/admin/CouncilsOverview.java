package org.agendasearch.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.corpus.Councils;
import org.agendasearch.search.CouncilSummary;
import org.agendasearch.search.index.CorpusReader;
import org.agendasearch.sources.Manifest;

/**
 * The operators' view of each council ({@code GET /api/admin/councils}, {@code /admin/councils}):
 * its documents in the corpus, pages read, meetings and years indexed, when it was last fetched and
 * reindexed, and every file that failed or was read with warnings, with the reason: what until now
 * sat only in JSON-lines files on the server's disk. A file's latest line in any reindex report is
 * its state.
 */
public final class CouncilsOverview {

  private CouncilsOverview() {}

  /** A file that failed, or was read with warnings or with parts the parser did not understand. */
  public record Problem(String file, String status, String reason, List<String> quality) {}

  /** One council as operators see it. */
  public record Council(String name, String slug, int documents, int pages, int meetings, List<Integer> years,
      Instant lastFetch, Instant lastReindex, List<Problem> problems) {}

  /** Every council of the corpus (its folders and councils.json) and of the index, by slug. */
  public static List<Council> of(Path corpus, Path reports, List<CouncilSummary> indexed) throws IOException {
    Councils councils = Councils.load(corpus);
    Map<String, org.agendasearch.ingest.corpus.Council> bySlug = new TreeMap<>();
    Map<String, List<String>> files = new HashMap<>();
    for (Path f : CorpusReader.corpusFiles(corpus)) {
      String rel = CorpusReader.relative(corpus, f);
      councils.councilOf(rel).ifPresent(c -> {
        bySlug.putIfAbsent(c.slug(), c);
        files.computeIfAbsent(c.slug(), k -> new ArrayList<>()).add(rel);
      });
    }
    councils.councils().forEach(c -> bySlug.putIfAbsent(c.slug(), c));
    Map<String, Line> latest = latestLines(reports);
    List<Council> out = new ArrayList<>();
    for (org.agendasearch.ingest.corpus.Council c : bySlug.values()) {
      List<String> own = files.getOrDefault(c.slug(), List.of());
      int pages = 0;
      Instant lastReindex = null;
      List<Problem> problems = new ArrayList<>();
      for (String f : own) {
        Line l = latest.get(f);
        if (l == null) {
          continue;
        }
        pages += l.pages();
        lastReindex = lastReindex == null || l.when().isAfter(lastReindex) ? l.when() : lastReindex;
        if (!l.status().equals("ok") || !l.quality().isEmpty()) {
          problems.add(new Problem(f, l.status(), l.reason(), l.quality()));
        }
      }
      CouncilSummary s = indexed.stream().filter(x -> x.slug().equals(c.slug())).findFirst().orElse(null);
      out.add(new Council(c.name(), c.slug(), own.size(), pages, s == null ? 0 : s.meetings(),
          s == null ? List.of() : s.years(), lastFetch(corpus, c), lastReindex, problems));
    }
    return out;
  }

  private static Instant lastFetch(Path corpus, org.agendasearch.ingest.corpus.Council c) throws IOException {
    Path manifest = corpus.resolve(c.slug()).resolve(Manifest.FILE_NAME);
    return Files.isRegularFile(manifest) ? Files.getLastModifiedTime(manifest).toInstant() : null;
  }

  private record Line(String status, int pages, String reason, List<String> quality, Instant when) {}

  /** Each file's line in the newest report that has it. */
  private static Map<String, Line> latestLines(Path reports) throws IOException {
    Map<String, Line> out = new LinkedHashMap<>();
    if (!Files.isDirectory(reports)) {
      return out;
    }
    List<Path> newestFirst;
    try (Stream<Path> s = Files.list(reports)) {
      newestFirst = s.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
          .sorted(Comparator.comparing(CouncilsOverview::modified).reversed()).toList();
    }
    for (Path report : newestFirst) {
      Instant when = modified(report);
      try (BufferedReader in = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode j = PackJson.MAPPER.readTree(line);
          List<String> quality = new ArrayList<>();
          j.path("quality").forEach(q -> quality.add(q.asText()));
          out.putIfAbsent(j.path("file").asText(), new Line(j.path("status").asText(), j.path("pages").asInt(),
              j.path("reason").isNull() ? null : j.path("reason").asText(null), quality, when));
        }
      }
    }
    return out;
  }

  private static Instant modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

}
