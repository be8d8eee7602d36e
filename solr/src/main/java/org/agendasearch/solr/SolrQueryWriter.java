package org.agendasearch.solr;

import java.util.Locale;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.agendasearch.search.query.InvalidQueryException;

/**
 * Writes the query that the shared {@link org.agendasearch.search.query.UserQueryParser} built as
 * Solr's standard query syntax, term for term, so that Solr runs the same query the embedded index
 * would. Terms are already analyzed; the configset's query analyzers only split on spaces.
 *
 * <pre>
 * +((title:council)^3.0 (text:council)^1.0) +((title:tax)^3.0 (text:tax)^1.0)
 * (text_exact:"cost -gap- living"~0)^1.5     a phrase whose stop word left a gap
 * +(committee_text:cabinet) +filter(type:page)   a filter clause (TypeWeighting's), not scored
 * </pre>
 */
public final class SolrQueryWriter {

  /** Stands where a phrase has a gap (a dropped stop word); query_gap.txt in the configset. */
  static final String GAP = "-gap-";

  private SolrQueryWriter() {}

  /** The Solr query string for a Lucene query built by the query parser. */
  public static String write(Query q) {
    StringBuilder sb = new StringBuilder();
    write(q, sb);
    return sb.toString();
  }

  private static void write(Query q, StringBuilder sb) {
    switch (q) {
      case BooleanQuery b -> writeBoolean(b, sb);
      case BoostQuery b -> {
        sb.append('(');
        write(b.getQuery(), sb);
        sb.append(")^").append(number(b.getBoost()));
      }
      case TermQuery t -> term(t.getTerm(), sb);
      case PhraseQuery p -> phrase(p, sb);
      case PrefixQuery p -> {
        field(p.getPrefix().field(), sb);
        sb.append(escape(p.getPrefix().text())).append('*');
      }
      case WildcardQuery w -> {
        field(w.getTerm().field(), sb);
        sb.append(escapeKeepingWildcards(w.getTerm().text()));
      }
      case FuzzyQuery f -> {
        term(f.getTerm(), sb);
        sb.append('~').append(f.getMaxEdits());
      }
      case TermRangeQuery r -> {
        field(r.getField(), sb);
        sb.append(r.includesLower() ? '[' : '{')
            .append(r.getLowerTerm() == null ? "*" : escape(r.getLowerTerm().utf8ToString()))
            .append(" TO ")
            .append(r.getUpperTerm() == null ? "*" : escape(r.getUpperTerm().utf8ToString()))
            .append(r.includesUpper() ? ']' : '}');
      }
      case MatchAllDocsQuery m -> sb.append("*:*");
      case MatchNoDocsQuery m -> sb.append("(-*:*)");
      default -> throw new InvalidQueryException("This search cannot run on SolrCloud ("
          + q.getClass().getSimpleName() + "); use words, \"phrases\", OR, -word and word*.");
    }
  }

  private static void writeBoolean(BooleanQuery b, StringBuilder sb) {
    boolean positive = b.clauses().stream().anyMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT);
    if (!positive) {
      // Lucene matches nothing with exclusions alone; Solr would add "everything" to them.
      sb.append("(-*:*)");
      return;
    }
    if (b.getMinimumNumberShouldMatch() > 0) {
      throw new InvalidQueryException("This search cannot run on SolrCloud (minimum should match).");
    }
    sb.append('(');
    boolean first = true;
    for (BooleanClause c : b.clauses()) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      switch (c.occur()) {
        case MUST -> sb.append('+');
        case MUST_NOT -> sb.append('-');
        case SHOULD -> { }
        case FILTER -> sb.append("+filter");
      }
      sb.append('(');
      write(c.query(), sb);
      sb.append(')');
    }
    sb.append(')');
  }

  private static void phrase(PhraseQuery p, StringBuilder sb) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    field(terms[0].field(), sb);
    sb.append('"');
    for (int i = 0; i < terms.length; i++) {
      if (i > 0) {
        int gap = positions[i] - positions[i - 1] - 1;
        if (gap < 0) {
          throw new InvalidQueryException("This search cannot run on SolrCloud (stacked phrase terms).");
        }
        sb.append(' ');
        for (int g = 0; g < gap; g++) {
          sb.append(GAP).append(' ');
        }
      }
      sb.append(escapeInPhrase(terms[i].text()));
    }
    sb.append("\"~").append(p.getSlop());
  }

  private static void term(Term t, StringBuilder sb) {
    field(t.field(), sb);
    sb.append(escape(t.text()));
  }

  private static void field(String name, StringBuilder sb) {
    sb.append(name).append(':');
  }

  private static String number(float f) {
    return f == Math.rint(f) ? String.format(Locale.ROOT, "%.1f", f) : Float.toString(f);
  }

  /** Escapes every character that Solr's standard syntax gives a meaning. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\+-!():^[]\"{}~*?|&;/ ".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String escapeKeepingWildcards(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c == '*' || c == '?') {
        sb.append(c);
      } else {
        sb.append(escape(String.valueOf(c)));
      }
    }
    return sb.toString();
  }

  private static String escapeInPhrase(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
