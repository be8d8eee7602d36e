package org.agendasearch.search.query;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentences a person gets for a query we cannot run: what is wrong in their words and what to
 * type instead. Never the parser's own message (it names grammar tokens, not what to change).
 */
final class QueryMessages {

  static final String LANGUAGE = "Use words, \"phrases\", OR, -word, word* and committee:, type:, title:";

  private static final Pattern EMPTY_QUALIFIER = Pattern.compile("(?i)(?<![\\w\\\\])(committee|type|title):(?=\\s|$|\\))");
  private static final Pattern OPERATOR = Pattern.compile("AND|OR|NOT|&&|\\|\\||!|\\+|-");

  private QueryMessages() {}

  /** Why Lucene's parser refused {@code text}, in words. */
  static String explain(String text, String parserMessage) {
    long quotes = text.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 1) {
      return "The query has an opening \" without a closing one. Close the phrase or remove the quote.";
    }
    long open = text.chars().filter(c -> c == '(').count();
    long close = text.chars().filter(c -> c == ')').count();
    if (open != close) {
      return "The query's brackets do not match (" + open + " opening, " + close + " closing).";
    }
    var empty = EMPTY_QUALIFIER.matcher(text);
    if (empty.find()) {
      String q = empty.group(1).toLowerCase(Locale.ROOT);
      return q + ": needs a value right after it, as in " + example(q) + ". To search for the word \"" + q
          + "\" itself, leave out the colon.";
    }
    String[] tokens = text.strip().split("\\s+");
    if (tokens.length > 0 && (OPERATOR.matcher(tokens[0]).matches() && tokens.length == 1
        || OPERATOR.matcher(tokens[tokens.length - 1]).matches() || isBinary(tokens[0]))) {
      return "AND, OR and NOT go between two words, as in budget OR finance or housing NOT homeless. To search "
          + "for the word itself, put it in quotes: \"" + tokens[0].toLowerCase(Locale.ROOT) + "\".";
    }
    return "The query could not be understood. " + LANGUAGE + "; or put it in quotes to search for the words as "
        + "written.";
  }

  /** A query Lucene parsed but refused to build (a fuzzy edit distance, a boost, a regular expression). */
  static String unusable(String text) {
    return "The query could not be run as typed: ~, ^ and / are not part of the search language. Remove them, or "
        + "put the words in quotes. " + LANGUAGE + ".";
  }

  /** {@code foo:bar}, where there is no field foo. */
  static String unknownField(String name, String typed) {
    return "There is no field \"" + name + "\": the fields are committee:, type: and title: (as in "
        + "committee:cabinet, type:resolution, title:budget). To search for \"" + typed
        + "\" as written, put it in quotes.";
  }

  private static boolean isBinary(String token) {
    return token.equals("AND") || token.equals("OR") || token.equals("&&") || token.equals("||");
  }

  private static String example(String qualifier) {
    return switch (qualifier) {
      case "committee" -> "committee:cabinet";
      case "type" -> "type:resolution";
      default -> "title:budget";
    };
  }
}
