package org.agendasearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every match of a query with its score, per segment, as the fold pass ({@link PageFolds}) found
 * them; {@link #unfolded} turns them back into a query that matches the same documents with the same
 * scores, less the folded ones. The counting search (drill sideways, for the top hits and the facet
 * counts) then walks bit sets instead of scoring every match a second time.
 *
 * <p>Bound to the reader the pass ran on; not cached, not kept after the search.
 */
final class ScoredMatches {

  private final FixedBitSet[] bits;
  private final float[][] scores;

  /** Room for the matches of each of {@code leaves} (filled by {@link #add}). */
  ScoredMatches(List<LeafReaderContext> leaves) {
    this.bits = new FixedBitSet[leaves.size()];
    this.scores = new float[leaves.size()][];
  }

  /** Records a match: {@code doc} of segment {@code leaf} (its ord), with its score. */
  void add(LeafReaderContext leaf, int doc, float score) {
    FixedBitSet b = bits[leaf.ord];
    if (b == null) {
      int maxDoc = leaf.reader().maxDoc();
      b = bits[leaf.ord] = new FixedBitSet(maxDoc);
      scores[leaf.ord] = new float[maxDoc];
    }
    b.set(doc);
    scores[leaf.ord][doc] = score;
  }

  /**
   * The recorded matches less {@code folds}' folded ones, each scoring what the pass scored; the
   * recorded bits are changed (one search's matches are used once).
   */
  Query unfolded(PageFolds folds) {
    for (int ord = 0; ord < bits.length; ord++) {
      FixedBitSet folded = folds.foldedIn(ord);
      if (bits[ord] != null && folded != null) {
        bits[ord].andNot(folded);
      }
    }
    return new MatchesQuery(this);
  }

  /** The matches of one search with their recorded scores, as a query. */
  private static final class MatchesQuery extends PassBoundQuery {
    private final ScoredMatches matches;

    MatchesQuery(ScoredMatches matches) {
      this.matches = matches;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new Weight(this) {
        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) {
          FixedBitSet b = matches.bits[context.ord];
          if (b == null) {
            return null;
          }
          float[] s = matches.scores[context.ord];
          long cost = b.cardinality();
          return new ScorerSupplier() {
            @Override
            public Scorer get(long leadCost) {
              return new RecordedScorer(new BitSetIterator(b, cost), s);
            }

            @Override
            public long cost() {
              return cost;
            }
          };
        }

        @Override
        public org.apache.lucene.search.Explanation explain(LeafReaderContext context, int doc) {
          return org.apache.lucene.search.Explanation.noMatch("recorded matches cannot explain");
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false;
        }
      };
    }

    @Override
    public String toString(String field) {
      return "ScoredMatches";
    }
  }

  /** Walks a segment's matches, scoring each what the pass recorded. */
  private static final class RecordedScorer extends Scorer {
    private final DocIdSetIterator iterator;
    private final float[] scores;

    RecordedScorer(DocIdSetIterator iterator, float[] scores) {
      this.iterator = iterator;
      this.scores = scores;
    }

    @Override
    public int docID() {
      return iterator.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return iterator;
    }

    @Override
    public float getMaxScore(int upTo) {
      return Float.POSITIVE_INFINITY;
    }

    @Override
    public float score() {
      return scores[iterator.docID()];
    }
  }
}
