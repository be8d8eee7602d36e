package org.agendasearch.search.query;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/**
 * The query language: words (all must match, or any with {@code relaxed}), {@code "phrases"},
 * {@code OR}, {@code -exclusion}, {@code prefix*}, and the qualifiers {@code committee:},
 * {@code type:} and {@code title:}. Anything else that looks like a qualifier ({@code http:})
 * is searched as words.
 */
public final class UserQueryParser {

  public static final int MAX_LENGTH = 500;
  /** A prefix needs this many characters before the {@code *}: shorter ones match too much. */
  public static final int MIN_PREFIX = 3;
  static final int MAX_CLAUSES = 64;

  private static final Set<String> QUALIFIERS = Set.of("committee", "type", "title");
  private static final Pattern QUALIFIER = Pattern.compile("(?<![\\\\\\w])([\\p{L}\\w]+):");
  private static final Pattern UNKNOWN_FIELD = Pattern.compile("(?<![\\\\\\w])(\\p{L}+):[\\p{L}\\d(*][^\\s)]*");
  private static final Set<String> URL_SCHEMES = Set.of("http", "https", "mailto", "ftp", "www");
  private static final Pattern PREFIX = Pattern.compile("(?<![\\w*?])([^\\s\"()*?:]*)[*?]");

  private final Analyzer analyzer;

  public UserQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The Lucene query for what the person typed; blank matches everything. */
  public Query parse(String text, boolean relaxed) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidQueryException("The query is " + text.length() + " characters long; the most is "
          + MAX_LENGTH + ". Shorten it to the words that matter.");
    }
    String typed = Typography.ascii(text).strip();
    checkQualifiers(typed);
    // Slashes would start Lucene regular expressions, which are not part of our language (and
    // can be very slow): "http://x" and "2014/15" are words (and getRegexpQuery searches any
    // that slip through, such as "\\/x", as words).
    String q = escapeUnknownQualifiers(typed).replace("/", "\\/");
    checkWildcards(q);
    QueryParser parser = new Parser(analyzer);
    parser.setDefaultOperator(relaxed ? QueryParser.Operator.OR : QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    try {
      Query parsed = parser.parse(q);
      if (countClauses(parsed) > MAX_CLAUSES) {
        throw new InvalidQueryException("The query has too many words and operators; use at most about "
            + MAX_CLAUSES / Schema.SEARCH_FIELDS.size() + " words.");
      }
      return Negation.everythingExcept(parsed);
    } catch (ParseException e) {
      throw new InvalidQueryException(explain(typed, e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("The query expands to too many terms; make it more specific.");
    } catch (IllegalArgumentException e) {
      // Lucene refuses some values only when it builds the query: "word~3" (more than two edits),
      // "word^-1" (a negative boost), an unfinished regular expression.
      throw new InvalidQueryException(QueryMessages.unusable(typed));
    }
  }

  /** {@code http://x} or {@code 9:30} are words, not fields: escape their colons. */
  static String escapeUnknownQualifiers(String q) {
    Matcher m = QUALIFIER.matcher(q);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      m.appendReplacement(sb, Matcher.quoteReplacement(
          QUALIFIERS.contains(name) ? name + ":" : m.group(1) + "\\:"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static void checkWildcards(String q) {
    String noPhrases = q.replaceAll("\"[^\"]*\"", " ");
    Matcher m = PREFIX.matcher(noPhrases);
    while (m.find()) {
      String stem = m.group(1).replaceAll("^[-+]", "");
      if (stem.length() < MIN_PREFIX) {
        throw new InvalidQueryException("\"" + m.group() + "\" would match too many words: put at least "
            + MIN_PREFIX + " letters before * or ?.");
      }
    }
  }

  private static String explain(String text, ParseException e) {
    return QueryMessages.explain(text, e.getMessage());
  }

  /**
   * {@code foo:bar} names no field we have: say which exist rather than search for nothing.
   * Only a name of letters directly followed by a value counts ("9:30", "http://x" and
   * "Note: budget" are words); quoted phrases are left alone.
   */
  static void checkQualifiers(String q) {
    Matcher m = UNKNOWN_FIELD.matcher(q.replaceAll("\"[^\"]*\"", " "));
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (!QUALIFIERS.contains(name) && !URL_SCHEMES.contains(name)) {
        throw new InvalidQueryException(QueryMessages.unknownField(m.group(1), m.group()));
      }
    }
  }

  private static int countClauses(Query q) {
    int[] n = {0};
    q.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        n[0] += terms.length;
      }

      @Override
      public org.apache.lucene.search.QueryVisitor getSubVisitor(
          org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return n[0];
  }

  /** Searches the boosted text fields and maps the qualifiers to their fields. */
  private static final class Parser extends MultiFieldQueryParser {
    Parser(Analyzer analyzer) {
      super(Schema.SEARCH_FIELDS.keySet().toArray(String[]::new), analyzer, Schema.SEARCH_FIELDS);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (field == null) {
        return unqualified(queryText, quoted);
      }
      return switch (field) {
        case "type" -> typeQuery(queryText);
        case "committee" -> super.getFieldQuery(Schema.COMMITTEE_TEXT, queryText, quoted);
        case "title" -> new MultiFieldQueryParser(new String[] {Schema.TITLE, Schema.TITLE_EXACT}, getAnalyzer(),
            Map.of(Schema.TITLE, 1f, Schema.TITLE_EXACT, 1.5f)).parse(quoted
                ? "\"" + QueryParser.escape(queryText) + "\"" : QueryParser.escape(queryText));
        default -> super.getFieldQuery(field, queryText, quoted);
      };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return field != null && QUALIFIERS.contains(field) ? getFieldQuery(field, queryText, true)
          : super.getFieldQuery(field, queryText, slop);
    }

    /** Regular expressions are not part of the language: "/x/" that reaches here is words. */
    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      return getFieldQuery(field, termStr, false);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      if ("committee".equals(field)) {
        field = Schema.COMMITTEE_TEXT;
      } else if ("title".equals(field)) {
        field = Schema.TITLE_EXACT;
      }
      return super.getPrefixQuery(field, termStr);
    }

    /**
     * A word or phrase with no qualifier. A plain word searches the stemmed title and text; a
     * quoted phrase searches the unstemmed fields too, boosted, since its words should match as
     * written. Searching all four fields for every word doubled the scoring cost (the largest
     * cost of a search, measured with JFR on 120,000 pages: 9.6 ms to 7.6 ms a query) for a small gain on
     * the relevance set (MRR 0.959 with all four fields, 0.946 without; recall@3 1.0 either way).
     */
    private Query unqualified(String queryText, boolean quoted) throws ParseException {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int clauses = 0;
      for (Map.Entry<String, Float> f : Schema.SEARCH_FIELDS.entrySet()) {
        boolean exact = f.getKey().equals(Schema.TITLE_EXACT) || f.getKey().equals(Schema.TEXT_EXACT);
        if (exact && !quoted) {
          continue;
        }
        Query q = super.getFieldQuery(f.getKey(), queryText, quoted);
        if (q != null) {
          any.add(new BoostQuery(q, f.getValue()), BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
      return clauses == 0 ? null : any.build();
    }

    private static Query typeQuery(String value) throws ParseException {
      String key = value.toLowerCase(Locale.ROOT).strip().replace(' ', '_').replace('-', '_');
      if (key.endsWith("s") && RecordType.ofKey(key.substring(0, key.length() - 1)) != null) {
        key = key.substring(0, key.length() - 1);
      }
      if (RecordType.ofKey(key) == null) {
        throw new ParseException("unknown type \"" + value + "\" (types: meeting, agenda_item, report, "
            + "minute_item, resolution, page)");
      }
      return new TermQuery(new Term(Schema.TYPE, key));
    }
  }
}
