package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.agendasearch.search.query.TypeWeighting;
import org.agendasearch.search.query.UserQueryParser;
import org.agendasearch.search.schema.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * The page folding of {@link MatchTable} (columns of primitives) gives exactly what
 * {@link Folding#of} gives with one object per match: on random matches (files in runs and
 * interleaved, equal scores, pages under several records) and, through {@link PageFolds}, on the
 * sample index.
 */
class MatchTableTest {

  @Test
  void random_matches_fold_as_folding_folds_them() {
    Random random = new Random(19);
    for (int round = 0; round < 300; round++) {
      int maxDoc = 400;
      MatchTable table = new MatchTable(maxDoc);
      List<Folding.Match<Integer>> matches = new ArrayList<>();
      boolean interleaved = round % 3 == 0;
      int files = 1 + random.nextInt(6);
      List<Integer> docs = new ArrayList<>();
      for (int d = 0; d < maxDoc; d++) {
        if (random.nextInt(3) == 0) {
          docs.add(d);
        }
      }
      for (int i = 0; i < docs.size(); i++) {
        int doc = docs.get(i);
        int file = interleaved ? random.nextInt(files + 1) - 1 : (i * files) / Math.max(1, docs.size());
        boolean page = random.nextBoolean();
        int first = 1 + random.nextInt(8);
        int last = page ? first : first + (random.nextInt(3) == 0 ? random.nextInt(5) : 0);
        float score = random.nextInt(4) * 0.5f;
        table.add(doc, file, first, last, page, score);
        matches.add(new Folding.Match<>(doc, file, first, last, page, null, score, null));
      }
      Folding<Integer> expected = Folding.of(matches);
      FixedBitSet folded = new FixedBitSet(maxDoc);
      table.foldPages(folded);
      Set<Integer> actual = new HashSet<>();
      for (int d = folded.nextSetBit(0); d < maxDoc; d = d + 1 < maxDoc ? folded.nextSetBit(d + 1) : maxDoc) {
        actual.add(d);
      }
      assertThat(actual).as("round %d", round).isEqualTo(expected.folded());
      for (int doc : docs) {
        assertThat(table.pagesOf(doc)).as("round %d, doc %d", round, doc).isEqualTo(expected.pagesOf(doc));
      }
    }
  }

  @Test
  void page_folds_on_the_sample_index_are_foldings() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(
        new org.agendasearch.search.index.IndexLayout(SampleIndex.root()).current().orElseThrow()))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      UserQueryParser parser = new UserQueryParser(Schema.analyzer());
      List<Query> queries = new ArrayList<>(List.of(new MatchAllDocsQuery()));
      for (String q : List.of("budget", "council", "report", "minutes", "\"annual report\"", "resolved", "school")) {
        queries.add(TypeWeighting.weigh(parser.parse(q, false)));
      }
      int foldedSomewhere = 0;
      for (Query q : queries) {
        PageFolds folds = PageFolds.of(searcher, q);
        Folding<Integer> expected = PageFolds.byFolding(searcher, q);
        assertThat(folds.foldedCount()).as("%s", q).isEqualTo(expected.folded().size());
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          assertThat(folds.isFolded(doc, reader.leaves())).as("%s, doc %d", q, doc)
              .isEqualTo(expected.folded().contains(doc));
          assertThat(folds.pagesOf(doc)).as("%s, doc %d", q, doc).isEqualTo(expected.pagesOf(doc));
          assertThat(folds.copiesOf(doc)).as("%s, doc %d", q, doc).isEqualTo(expected.copiesOf(doc));
        }
        foldedSomewhere += folds.foldedCount() > 0 ? 1 : 0;
      }
      assertThat(foldedSomewhere).isEqualTo(queries.size());
    }
  }
}
