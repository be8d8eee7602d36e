package org.agendasearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.agendasearch.search.index.Records;
import org.agendasearch.search.schema.Schema;

/**
 * Lucene's unified highlighter writing {@link Snippet}s: up to two passages of about
 * {@link #PASSAGE_CHARS} characters, centred on the matches and cut at word boundaries (a
 * sentence iterator gave whole pages of bullets that have no full stop).
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  /** Each of a snippet's (at most two) passages is about this long, so both fit {@link Snippet#MAX_CHARS}. */
  static final int PASSAGE_CHARS = 130;
  static final int PASSAGES = 2;

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.UK), PASSAGE_CHARS, 0.5f))
        .withMaxLength(Records.MAX_REPORT_CHARS));
  }

  /** The snippet of each document's text, in the order given; null where a document has no text. */
  Snippet[] snippets(Query query, int[] docs) throws IOException {
    Object[] out = highlightFieldsAsObjects(new String[] {Schema.TEXT}, query, docs, new int[] {PASSAGES})
        .get(Schema.TEXT);
    Snippet[] snippets = new Snippet[docs.length];
    for (int i = 0; i < docs.length; i++) {
      snippets[i] = (Snippet) out[i];
    }
    return snippets;
  }
}
