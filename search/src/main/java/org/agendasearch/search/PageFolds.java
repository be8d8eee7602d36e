package org.agendasearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.agendasearch.search.schema.Schema;

/**
 * Folding, done before anything is counted: a page hit folds into a matching record of the same
 * file whose pages cover it (the record is what people look for, the page only repeats its words),
 * a matching record over several pages (a report) learns which of its pages match, best first, so
 * that its hit can show and link to its best page; and the same minute or resolution read from
 * several files (a later pack and the standalone minutes) is one hit.
 *
 * <p>One pass over every match reads doc values only ({@link Schema#DOCUMENT_SORT},
 * {@link Schema#PAGE_SPAN}, {@link Schema#FOLDS}, {@link Schema#FACT}); the folded pages are then left out of the
 * search itself ({@link #foldedPages()}), so the total, the facet counts and every page of results
 * count exactly the hits a person can page through. A file's records are indexed as one block
 * ({@code updateDocuments}), so they sit together in one segment, in order.
 */
final class PageFolds {

  /** A matching page of a record: its Lucene doc, its PDF page number and its score. */
  record PageMatch(int doc, int page, float score) {}

  /** A copy of a minute or resolution: its Lucene doc and score. */
  private record Copy(int doc, float score) {}

  private final Map<Integer, FixedBitSet> folded = new HashMap<>();
  private final Map<Integer, List<PageMatch>> pagesOf = new HashMap<>();
  private final Map<String, List<Copy>> copiesByFact = new HashMap<>();
  private final Map<Integer, List<Integer>> copiesOf = new HashMap<>();
  private int foldedCount;

  private PageFolds() {}

  /** Runs the pass for {@code query} (the whole query, filters included) on {@code searcher}. */
  @SuppressWarnings("deprecation")
  static PageFolds of(IndexSearcher searcher, Query query) throws IOException {
    PageFolds folds = new PageFolds();
    searcher.search(query, folds.new Pass());
    folds.pagesOf.values().forEach(l -> l.sort(Comparator.comparingDouble(PageMatch::score).reversed()
        .thenComparingInt(PageMatch::page)));
    folds.foldCopies(searcher.getIndexReader().leaves());
    return folds;
  }

  /**
   * The same minute or resolution read from several files is one hit: the best-scoring copy (the
   * first in index order on a tie) stays and lists the others; the others leave the results.
   */
  private void foldCopies(List<LeafReaderContext> leaves) {
    for (List<Copy> copies : copiesByFact.values()) {
      if (copies.size() < 2) {
        continue;
      }
      copies.sort(Comparator.comparingDouble(Copy::score).reversed().thenComparingInt(Copy::doc));
      List<Integer> others = new ArrayList<>();
      for (Copy c : copies.subList(1, copies.size())) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(c.doc(), leaves));
        FixedBitSet bits = folded.computeIfAbsent(leaf.ord, k -> new FixedBitSet(leaf.reader().maxDoc()));
        if (!bits.getAndSet(c.doc() - leaf.docBase)) {
          foldedCount++;
        }
        others.add(c.doc());
      }
      copiesOf.put(copies.get(0).doc(), others);
    }
    copiesByFact.clear();
  }

  /** The other copies (global doc ids) of a minute or resolution found in several files. */
  List<Integer> copiesOf(int doc) {
    return copiesOf.getOrDefault(doc, List.of());
  }

  /** How many page hits were folded into a record. */
  int foldedCount() {
    return foldedCount;
  }

  /** The matching pages of a multi-page record (global doc id), best first; empty for others. */
  List<PageMatch> pagesOf(int doc) {
    return pagesOf.getOrDefault(doc, List.of());
  }

  /** Matches the folded page hits: added as MUST_NOT, they leave the results. */
  Query foldedPages() {
    return new FoldedPagesQuery(this);
  }

  /** Collects one file's matches at a time (they are contiguous) and folds them when it ends. */
  private final class Pass extends SimpleCollector {
    private LeafReaderContext leaf;
    private SortedDocValues documents;
    private NumericDocValues spans;
    private NumericDocValues foldable;
    private SortedDocValues facts;
    private Scorable scorer;
    private int currentFile = -1;
    private final List<long[]> records = new ArrayList<>(); // {doc, first, last}
    private final List<PageMatch> pages = new ArrayList<>();

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      leaf = context;
      documents = DocValues.getSorted(context.reader(), Schema.DOCUMENT_SORT);
      spans = context.reader().getNumericDocValues(Schema.PAGE_SPAN);
      foldable = context.reader().getNumericDocValues(Schema.FOLDS);
      facts = context.reader().getSortedDocValues(Schema.FACT);
      currentFile = -1;
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (facts != null && facts.advanceExact(doc)) {
        copiesByFact.computeIfAbsent(facts.lookupOrd(facts.ordValue()).utf8ToString(), k -> new ArrayList<>())
            .add(new Copy(leaf.docBase + doc, scorer.score()));
      }
      if (spans == null || !spans.advanceExact(doc)) {
        return; // an index from before page spans: nothing folds
      }
      int file = documents.advanceExact(doc) ? documents.ordValue() : -1;
      if (file != currentFile) {
        flush();
        currentFile = file;
      }
      long span = spans.longValue();
      int first = (int) (span >>> 32);
      int last = (int) span;
      if (foldable != null && foldable.advanceExact(doc)) {
        pages.add(new PageMatch(doc, first, scorer.score()));
      } else {
        records.add(new long[] {doc, first, last});
      }
    }

    @Override
    public void finish() {
      flush();
    }

    private void flush() {
      for (PageMatch p : pages) {
        boolean covered = false;
        for (long[] r : records) {
          if (r[1] <= p.page() && p.page() <= r[2]) {
            covered = true;
            if (r[2] > r[1]) {
              pagesOf.computeIfAbsent(leaf.docBase + (int) r[0], k -> new ArrayList<>())
                  .add(new PageMatch(leaf.docBase + p.doc(), p.page(), p.score()));
            }
          }
        }
        if (covered) {
          folded.computeIfAbsent(leaf.ord, k -> new FixedBitSet(leaf.reader().maxDoc())).set(p.doc());
          foldedCount++;
        }
      }
      records.clear();
      pages.clear();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }

  /** The folded pages of one search, as a query; bound to the reader the pass ran on. */
  private static final class FoldedPagesQuery extends Query {
    private final PageFolds folds;

    FoldedPagesQuery(PageFolds folds) {
      this.folds = folds;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) {
          FixedBitSet bits = folds.folded.get(context.ord);
          if (bits == null) {
            return null;
          }
          return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode,
              new BitSetIterator(bits, bits.cardinality())));
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false;
        }
      };
    }

    @Override
    public String toString(String field) {
      return "FoldedPages(" + folds.foldedCount + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
      return other == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
