package org.agendasearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.agendasearch.search.schema.Schema;

/**
 * {@link Folding} on the embedded index: one pass over every match reads doc values only
 * ({@link Schema#DOCUMENT_SORT}, {@link Schema#PAGE_SPAN}, {@link Schema#FOLDS}, {@link Schema#FACT});
 * the folded matches are then left out of the search itself ({@link #foldedPages()}), so the
 * total, the facet counts and every page of results count exactly the hits a person can page
 * through. The pages fold in the columns of a {@link MatchTable} (no object per match); the copies
 * of a fact, which are few, by {@link Folding} itself.
 */
final class PageFolds {

  private final Map<Integer, FixedBitSet> folded = new HashMap<>();
  private final MatchTable table;
  private final Folding<Integer> facts;
  private final int foldedCount;

  private PageFolds(MatchTable table, Folding<Integer> facts, List<LeafReaderContext> leaves, int maxDoc) {
    this.table = table;
    this.facts = facts;
    FixedBitSet all = new FixedBitSet(Math.max(1, maxDoc));
    table.foldPages(all);
    for (int doc : facts.folded()) {
      all.set(doc);
    }
    this.foldedCount = all.cardinality();
    if (foldedCount == 0) {
      return;
    }
    for (LeafReaderContext leaf : leaves) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      int doc = leaf.docBase >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : all.nextSetBit(leaf.docBase);
      if (doc >= end) {
        continue;
      }
      FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
      for (; doc < end; doc = doc + 1 >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : all.nextSetBit(doc + 1)) {
        bits.set(doc - leaf.docBase);
      }
      folded.put(leaf.ord, bits);
    }
  }

  /** Runs the pass for {@code query} on {@code searcher}. */
  static PageFolds of(IndexSearcher searcher, Query query) throws IOException {
    return of(searcher, query, null);
  }

  /** Runs the pass for {@code query} on {@code searcher}, recording every match and its score in {@code into} (if not null). */
  static PageFolds of(IndexSearcher searcher, Query query, ScoredMatches into) throws IOException {
    Pass pass = pass(searcher, query, into);
    return new PageFolds(pass.table, Folding.of(pass.factMatches), searcher.getIndexReader().leaves(),
        searcher.getIndexReader().maxDoc());
  }

  /**
   * The matches of the pass for {@code query} as {@link Folding} takes them, folded by it: what
   * {@link #of} must give (for tests).
   */
  static Folding<Integer> byFolding(IndexSearcher searcher, Query query) throws IOException {
    Pass pass = pass(searcher, query, null);
    Map<Integer, Folding.Match<Integer>> facts = new HashMap<>();
    pass.factMatches.forEach(f -> facts.put(f.key(), f));
    return Folding.of(pass.table.matches(facts));
  }

  @SuppressWarnings("deprecation")
  private static Pass pass(IndexSearcher searcher, Query query, ScoredMatches into) throws IOException {
    Pass pass = new Pass(into, searcher.getIndexReader().maxDoc());
    searcher.search(query, pass);
    return pass;
  }

  /** The folded matches of segment {@code ord} (null: none). */
  FixedBitSet foldedIn(int ord) {
    return folded.get(ord);
  }

  /** How many matches were folded. */
  int foldedCount() {
    return foldedCount;
  }

  /** The matching pages of a multi-page record (global doc id), best first; empty for others. */
  List<Folding.PageMatch<Integer>> pagesOf(int doc) {
    return table.pagesOf(doc);
  }

  /** The other copies (global doc ids) of a minute or resolution found in several files. */
  List<Integer> copiesOf(int doc) {
    return facts.copiesOf(doc);
  }

  /** Whether {@code doc} (global) was folded. */
  boolean isFolded(int doc, List<LeafReaderContext> leaves) {
    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    FixedBitSet bits = folded.get(leaf.ord);
    return bits != null && bits.get(doc - leaf.docBase);
  }

  /** Matches the folded hits: added as MUST_NOT, they leave the results. */
  Query foldedPages() {
    return new FoldedPagesQuery(this);
  }

  /** Lists every match with what folding needs, from doc values. */
  private static final class Pass extends SimpleCollector {
    /** Every match, in columns. */
    final MatchTable table;
    /** The matches that record a fact, for {@link Folding}'s copies (as records: pages are folded by the table). */
    final List<Folding.Match<Integer>> factMatches = new ArrayList<>();
    private final ScoredMatches scored;
    private LeafReaderContext leaf;
    private SortedDocValues documents;
    private NumericDocValues spans;
    private NumericDocValues foldable;
    private SortedDocValues facts;
    private NumericDocValues ordinals;
    private Scorable scorer;
    /** The document id last read for a fact's place, by its ord in this segment. */
    private int placedOrd = -1;
    private String placedDocument;

    Pass(ScoredMatches scored, int maxDoc) {
      this.scored = scored;
      this.table = new MatchTable(maxDoc);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      leaf = context;
      placedOrd = -1;
      documents = DocValues.getSorted(context.reader(), Schema.DOCUMENT_SORT);
      spans = context.reader().getNumericDocValues(Schema.PAGE_SPAN);
      foldable = context.reader().getNumericDocValues(Schema.FOLDS);
      facts = context.reader().getSortedDocValues(Schema.FACT);
      ordinals = context.reader().getNumericDocValues(Schema.ORDINAL_SORT);
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      float score = scorer.score();
      if (scored != null) {
        scored.add(leaf, doc, score);
      }
      if (spans == null || !spans.advanceExact(doc)) {
        return; // an index from before page spans: nothing folds
      }
      // A file's records are indexed as one block (updateDocuments): one segment holds them all.
      // A file is its document's ord in the segment, offset by the segment's first doc (a
      // segment has fewer ords than docs, so no two files share a number); one file for the
      // records without a document.
      boolean hasDocument = documents.advanceExact(doc);
      int file = hasDocument ? leaf.docBase + documents.ordValue() : -1;
      long span = spans.longValue();
      boolean page = foldable != null && foldable.advanceExact(doc);
      String fact = facts != null && facts.advanceExact(doc) ? facts.lookupOrd(facts.ordValue()).utf8ToString() : null;
      String place = null;
      if (fact != null && hasDocument) {
        // Only copies of a fact are ordered among themselves: read the document id for those alone.
        if (documents.ordValue() != placedOrd) {
          placedOrd = documents.ordValue();
          placedDocument = documents.lookupOrd(placedOrd).utf8ToString();
        }
        place = Folding.place(placedDocument,
            ordinals != null && ordinals.advanceExact(doc) ? (int) ordinals.longValue() : 0);
      }
      table.add(leaf.docBase + doc, file, (int) (span >>> 32), (int) span, page, score);
      if (fact != null) {
        factMatches.add(new Folding.Match<>(leaf.docBase + doc, file, (int) (span >>> 32), (int) span, false, fact,
            score, place));
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }

  /** The folded pages of one search, as a query; bound to the reader the pass ran on. */
  private static final class FoldedPagesQuery extends PassBoundQuery {
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
      return "FoldedPages(" + folds.foldedCount() + ")";
    }
  }
}
