package org.agendasearch.search.query;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A query of exclusions only ({@code -safeguarding}, {@code NOT safeguarding}) means everything
 * except those: Lucene's boolean query with no positive clause matches nothing, so such a query
 * (at any depth) gets "every record" as its positive clause.
 */
final class Negation {

  private Negation() {}

  static Query everythingExcept(Query q) {
    if (q instanceof BoostQuery b) {
      return new BoostQuery(everythingExcept(b.getQuery()), b.getBoost());
    }
    if (!(q instanceof BooleanQuery bq)) {
      return q;
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    boolean positive = false;
    for (BooleanClause c : bq.clauses()) {
      Query sub = c.occur() == BooleanClause.Occur.MUST_NOT ? c.query() : everythingExcept(c.query());
      out.add(sub, c.occur());
      positive |= c.occur() != BooleanClause.Occur.MUST_NOT;
    }
    if (!positive && !bq.clauses().isEmpty()) {
      out.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    return out.build();
  }
}
