package org.agendasearch.search.query;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/**
 * Weights a parsed query by record type at query time ({@link Schema#typeWeight}: pages 0.5,
 * resolutions 1.2, the rest 1), keeping Lucene's block-max skipping: pages are searched in their
 * own fields ({@link Schema#PAGE_TEXT}), boosted by their weight, and resolutions through a filter
 * on their type, boosted. Every clause then has a maximum score Lucene can skip by, which a
 * per-record weight from doc values ({@code FunctionScoreQuery}) did not. A record matches one
 * branch only, so its score is its unweighted score times its type's weight, as before.
 *
 * <pre>
 * budget       -&gt;  ((title:budget)^3 text:budget) -type:resolution
 *                  ((title:budget)^3 text:budget) +type:resolution)^1.2
 *                  (page_text:budget)^0.5
 * </pre>
 *
 * Both backends run the same weighted query (SolrCloud through its query writer).
 */
public final class TypeWeighting {

  private static final Set<String> TEXT_FIELDS = Set.of(Schema.TITLE, Schema.TITLE_EXACT, Schema.TEXT, Schema.TEXT_EXACT);

  private TypeWeighting() {}

  /** The query, weighted by type. */
  public static Query weigh(Query parsed) {
    // A query of words alone cannot match a page through the record fields, nor a record through
    // the page fields; one with a qualifier on another field (committee:, type:) or none (a query of
    // exclusions: everything except) could, and is kept to its kind by its type.
    boolean wordsOnly = wordsOnly(parsed);
    Query records = wordsOnly ? parsed : new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
        .add(type(RecordType.PAGE), BooleanClause.Occur.MUST_NOT).build();
    Query pages = onPageFields(parsed);
    if (!wordsOnly && !(pages instanceof MatchNoDocsQuery)) {
      pages = new BooleanQuery.Builder().add(pages, BooleanClause.Occur.MUST)
          .add(type(RecordType.PAGE), BooleanClause.Occur.FILTER).build();
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder()
        .add(new BooleanQuery.Builder().add(records, BooleanClause.Occur.MUST)
            .add(type(RecordType.RESOLUTION), BooleanClause.Occur.MUST_NOT).build(), BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(new BooleanQuery.Builder().add(records, BooleanClause.Occur.MUST)
            .add(type(RecordType.RESOLUTION), BooleanClause.Occur.FILTER).build(), Schema.typeWeight(RecordType.RESOLUTION)),
            BooleanClause.Occur.SHOULD);
    if (!(pages instanceof MatchNoDocsQuery)) {
      out.add(new BoostQuery(pages, Schema.typeWeight(RecordType.PAGE)), BooleanClause.Occur.SHOULD);
    }
    return out.build();
  }

  /**
   * The query with its words on the records' fields and on the pages' too, unweighted: what the
   * highlighter looks for in either.
   */
  public static Query anyRecord(Query parsed) {
    Query pages = onPageFields(parsed);
    return pages instanceof MatchNoDocsQuery ? parsed : new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.SHOULD).add(pages, BooleanClause.Occur.SHOULD).build();
  }

  /**
   * The same query on the pages' fields ({@link Schema#pageField}); a clause on a title, which pages
   * do not index, matches nothing. A query class the parser does not make is left as it is.
   */
  public static Query onPageFields(Query q) {
    return switch (q) {
      case BooleanQuery b -> onPageFields(b);
      case BoostQuery b -> {
        Query inner = onPageFields(b.getQuery());
        yield inner instanceof MatchNoDocsQuery ? inner : new BoostQuery(inner, b.getBoost());
      }
      case TermQuery t -> {
        Term term = onPages(t.getTerm());
        yield term == null ? none() : new TermQuery(term);
      }
      case PhraseQuery p -> {
        String field = Schema.pageField(p.getField());
        if (field == null) {
          yield none();
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
        for (int i = 0; i < p.getTerms().length; i++) {
          b.add(new Term(field, p.getTerms()[i].bytes()), p.getPositions()[i]);
        }
        yield b.build();
      }
      case PrefixQuery p -> {
        Term term = onPages(p.getPrefix());
        yield term == null ? none() : new PrefixQuery(term);
      }
      case WildcardQuery w -> {
        Term term = onPages(w.getTerm());
        yield term == null ? none() : new WildcardQuery(term);
      }
      case FuzzyQuery f -> {
        Term term = onPages(f.getTerm());
        yield term == null ? none() : new FuzzyQuery(term, f.getMaxEdits(), f.getPrefixLength());
      }
      case TermRangeQuery r -> {
        String field = Schema.pageField(r.getField());
        yield field == null ? none() : new TermRangeQuery(field, r.getLowerTerm(), r.getUpperTerm(), r.includesLower(),
            r.includesUpper());
      }
      default -> q;
    };
  }

  private static Query onPageFields(BooleanQuery b) {
    BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    int should = 0;
    int required = 0;
    for (BooleanClause c : b.clauses()) {
      Query q = onPageFields(c.query());
      boolean none = q instanceof MatchNoDocsQuery;
      switch (c.occur()) {
        case MUST, FILTER -> {
          if (none) {
            return none();
          }
          required++;
        }
        case SHOULD -> {
          if (none) {
            continue;
          }
          should++;
        }
        case MUST_NOT -> {
          if (none) {
            continue;
          }
        }
      }
      out.add(q, c.occur());
    }
    return required == 0 && should == 0 ? none() : out.build();
  }

  private static Term onPages(Term t) {
    String field = Schema.pageField(t.field());
    return field == null ? null : new Term(field, t.bytes());
  }

  private static Query none() {
    return new MatchNoDocsQuery("no page field");
  }

  private static TermQuery type(RecordType type) {
    return new TermQuery(new Term(Schema.TYPE, type.key()));
  }

  /** Whether every clause of the query is on a title or text field (a query of words). */
  private static boolean wordsOnly(Query q) {
    boolean[] words = {true};
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        words[0] &= TEXT_FIELDS.contains(field);
        return true;
      }

      @Override
      public void visitLeaf(Query query) {
        // Match-all, for "everything except": it matches pages and records alike.
        words[0] &= !(query instanceof MatchAllDocsQuery);
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          words[0] &= TEXT_FIELDS.contains(t.field());
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return words[0];
  }
}
