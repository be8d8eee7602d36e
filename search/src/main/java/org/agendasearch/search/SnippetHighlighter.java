package org.agendasearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.agendasearch.search.index.Records;
import org.agendasearch.search.query.TypeWeighting;
import org.agendasearch.search.schema.Schema;

/**
 * Lucene's unified highlighter writing {@link Snippet}s: up to two passages of about
 * {@link #PASSAGE_CHARS} characters, centred on the matches and cut at word boundaries (a
 * sentence iterator gave whole pages of bullets that have no full stop).
 */
public final class SnippetHighlighter extends UnifiedHighlighter {

  /** Each of a snippet's (at most two) passages is about this long, so both fit {@link Snippet#MAX_CHARS}. */
  static final int PASSAGE_CHARS = 130;
  static final int PASSAGES = 2;

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(settings(UnifiedHighlighter.builder(searcher, analyzer)));
  }

  private static Builder settings(Builder b) {
    return b.withFormatter(new SnippetFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.UK), PASSAGE_CHARS, 0.5f))
        .withMaxLength(Records.MAX_REPORT_CHARS);
  }

  /**
   * The snippet of a record's text for a query, by the same highlighter with no index at hand (the
   * text analysed again): how a backend that returns the text (SolrCloud) gives the same snippets
   * as the embedded index. Null when the text is empty.
   */
  public static Snippet highlight(Analyzer analyzer, Query query, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      UnifiedHighlighter h = settings(UnifiedHighlighter.builderWithoutSearcher(analyzer)).build();
      return (Snippet) h.highlightWithoutSearcher(Schema.TEXT, textOnly(query), text, PASSAGES);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The part of a query that can match a record's text: qualifiers on other fields
   * ({@code committee:scrutiny}, {@code type:resolution}) are left out and the rest need not all
   * match, so that the passages are found alike with the index at hand or without it.
   */
  public static Query textOnly(Query q) {
    if (q instanceof BoostQuery b) {
      return textOnly(b.getQuery());
    }
    if (q instanceof BooleanQuery bq) {
      BooleanQuery.Builder out = new BooleanQuery.Builder();
      int n = 0;
      for (BooleanClause c : bq.clauses()) {
        if (c.occur() != BooleanClause.Occur.MUST_NOT && mentionsText(c.query())) {
          out.add(textOnly(c.query()), BooleanClause.Occur.SHOULD);
          n++;
        }
      }
      return n == 0 ? new MatchNoDocsQuery() : out.build();
    }
    return q;
  }

  private static boolean mentionsText(Query q) {
    boolean[] text = {false};
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        text[0] |= field.equals(Schema.TEXT) || field.equals(Schema.TEXT_EXACT) || field.equals(Schema.PAGE_TEXT)
            || field.equals(Schema.PAGE_TEXT_EXACT);
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return text[0];
  }

  /**
   * The snippet of each document's text, in the order given; null where a document has no text.
   * A page's text is in {@link Schema#PAGE_TEXT}, the other records' in {@link Schema#TEXT}; each
   * document has one of the two.
   */
  Snippet[] snippets(Query query, int[] docs) throws IOException {
    java.util.Map<String, Object[]> out = highlightFieldsAsObjects(new String[] {Schema.TEXT, Schema.PAGE_TEXT},
        textOnly(TypeWeighting.anyRecord(query)), docs, new int[] {PASSAGES, PASSAGES});
    Snippet[] snippets = new Snippet[docs.length];
    for (int i = 0; i < docs.length; i++) {
      Object text = out.get(Schema.TEXT)[i];
      snippets[i] = (Snippet) (text != null ? text : out.get(Schema.PAGE_TEXT)[i]);
    }
    return snippets;
  }
}
