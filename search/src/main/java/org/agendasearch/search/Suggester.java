package org.agendasearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.agendasearch.search.schema.Schema;

/**
 * "Did you mean": each plain word of a query that the index does not know is
 * replaced by the closest known word of the unstemmed text, straight from the terms
 * dictionary (no separate spelling index to keep in step).
 */
final class Suggester {

  private static final Pattern WORD = Pattern.compile("(?<![\\w:*\"-])(\\p{L}{4,})(?![\\w:*])");

  private Suggester() {}

  /** The query with misspelt words corrected, or null when there is nothing to correct. */
  static String suggest(IndexReader reader, String query) {
    if (query == null || query.isBlank() || query.contains("\"")) {
      return null;
    }
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMinQueryLength(4);
    Matcher m = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    try {
      while (m.find()) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        SuggestWord[] s = checker.suggestSimilar(new Term(Schema.TEXT_EXACT, word), 1, reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        String replacement = m.group(1);
        if (s.length > 0 && !s[0].string.equals(word)) {
          replacement = s[0].string;
          changed = true;
        }
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    m.appendTail(out);
    return changed ? out.toString() : null;
  }
}
