package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The relevance set ({@code relevance.tsv}): queries as people ask them, each with the records
 * that answer it. Prints every query's rank, the mean reciprocal rank and recall at 3, and fails
 * under the floors set from the measurement.
 */
class RelevanceTest {

  /**
   * Measured 2026-11-23 on 37 queries: MRR 0.946, recall@3 1.000 after tuning (pages not matched
   * by the pack title, type weights, minute text without its resolutions, a meeting sentence; exact
   * fields for phrases only, which cost 0.013 of MRR for a quarter of the query time);
   * 0.874 and 0.919 before. The floors leave room for one query to slip a place.
   */
  static final double MIN_MRR = 0.92;
  static final double MIN_RECALL_AT_3 = 0.95;

  record Judgement(String query, Set<String> relevant) {}

  static List<Judgement> judgements() throws IOException {
    List<Judgement> out = new ArrayList<>();
    try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        out.add(new Judgement(parts[0], Set.of(parts[1].split(","))));
      }
    }
    return out;
  }

  @Test
  void relevant_records_come_first() throws Exception {
    List<Judgement> set = judgements();
    assertThat(set).hasSizeGreaterThanOrEqualTo(30);
    double reciprocal = 0;
    int inTop3 = 0;
    StringBuilder report = new StringBuilder();
    try (SearchService search = new SearchService(SampleIndex.root())) {
      for (Judgement j : set) {
        List<SearchHit> hits = search.search(new SearchRequest(j.query(), null, null, null, null, null, null, 1, 10)).hits();
        int rank = 0;
        for (int i = 0; i < hits.size(); i++) {
          if (j.relevant().contains(hits.get(i).id())) {
            rank = i + 1;
            break;
          }
        }
        reciprocal += rank == 0 ? 0 : 1.0 / rank;
        inTop3 += rank >= 1 && rank <= 3 ? 1 : 0;
        report.append(String.format("  %-3s %-60s top: %s%n", rank == 0 ? "-" : rank, j.query(),
            hits.isEmpty() ? "(none)" : hits.get(0).id()));
      }
    }
    double mrr = reciprocal / set.size();
    double recall3 = (double) inTop3 / set.size();
    System.out.printf("Relevance over %d queries: MRR %.3f, recall@3 %.3f%n%s", set.size(), mrr, recall3, report);
    assertThat(mrr).as("mean reciprocal rank").isGreaterThanOrEqualTo(MIN_MRR);
    assertThat(recall3).as("recall at 3").isGreaterThanOrEqualTo(MIN_RECALL_AT_3);
  }
}
