package org.agendasearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.agendasearch.search.schema.Schema;

/**
 * "Did you mean": each plain word of a query that the index does not know is replaced by the
 * closest known word of the pages' unstemmed text ({@link Schema#PAGE_TEXT_EXACT}: every page of every
 * file, so every word the records were parsed from), straight from the terms
 * dictionary (no separate spelling index to keep in step). The backend finds the corrections; the
 * rewriting is the same for every backend.
 */
public final class Suggester {

  /** A plain word of four letters or more: not a qualifier, prefix, phrase or exclusion. */
  private static final Pattern WORD = Pattern.compile("(?<![\\w:*\"-])(\\p{L}{4,})(?![\\w:*])");

  /** Characters of markup and code: {@code <script>}, {@code a=b;}, entities. */
  private static final Pattern MARKUP = Pattern.compile("[<>{}=;&\\[\\]]|\\p{Cntrl}");
  /** A suggested word must occur on at least this many pages: one-off OCR debris is not a word. */
  private static final float MIN_RECORDS = 2;

  private Suggester() {}

  /**
   * The query with misspelt words corrected, or null when there is nothing to correct.
   *
   * @param corrections for the query's plain words (lower case), the known word to use instead
   *     of each that the index does not have (words it has, or has nothing close to, are left out)
   */
  public static String suggest(String query, Function<List<String>, Map<String, String>> corrections) {
    if (query == null || query.isBlank() || query.contains("\"") || MARKUP.matcher(query).find()) {
      return null; // a phrase is meant as typed; markup or code is not misspelt English
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      words.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    if (words.isEmpty()) {
      return null;
    }
    Map<String, String> fixes = corrections.apply(words);
    m.reset();
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String fix = fixes.get(m.group(1).toLowerCase(Locale.ROOT));
      String replacement = m.group(1);
      if (fix != null && !fix.equals(m.group(1).toLowerCase(Locale.ROOT))) {
        replacement = fix;
        changed = true;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return changed ? out.toString() : null;
  }

  /** The word without accents ("café" to "cafe"). */
  public static String fold(String word) {
    return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  /** The corrections Lucene's {@link DirectSpellChecker} finds in an index's unstemmed text. */
  static Map<String, String> corrections(IndexReader reader, List<String> words) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMinQueryLength(4);
    checker.setThresholdFrequency(MIN_RECORDS);
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String word : words) {
        String folded = fold(word);
        if (!folded.equals(word)) {
          // "café": only its unaccented form, when the index has it; never another word ("cafs").
          if (reader.docFreq(new Term(Schema.PAGE_TEXT_EXACT, folded)) >= MIN_RECORDS) {
            out.put(word, folded);
          }
          continue;
        }
        SuggestWord[] s = checker.suggestSimilar(new Term(Schema.PAGE_TEXT_EXACT, word), 1, reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (s.length > 0) {
          out.put(word, s[0].string);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
