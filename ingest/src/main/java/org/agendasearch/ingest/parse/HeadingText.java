package org.agendasearch.ingest.parse;

import java.util.regex.Pattern;

/**
 * How much the text after an item number looks like a heading rather than a numbered sentence:
 *
 * <pre>
 * BUDGET AND MEDIUM TERM FINANCIAL STRATEGY       strong: capitals
 * Declarations of Interest                        strong: title case
 * County Councillor`s Report:                     strong: ends with a colon
 * To receive apologies for meeting                short: a few words, no full stop
 * Discussion with the City Attorney and possible vote to approve ...   sentence
 * That the minutes be approved.                   none: a decision, not a heading
 * </pre>
 */
final class HeadingText {

  /** From least to most like a heading. */
  enum Strength { NONE, SENTENCE, SHORT, STRONG }

  private static final Pattern DECISION = Pattern.compile(
      "^(?:RESOLVED|Resolved|AGREED|DECIDED|DECISION|That\\b|THAT\\b|T H A T\\b|Noted\\b|NOTED\\b|Carried\\b|CARRIED\\b)");
  private static final Pattern SMALL_WORD = Pattern.compile(
      "(?i)^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|vs?\\.?|&|-|–|—)$");
  private static final int SHORT_WORDS = 10;
  private static final Pattern YEAR_STOP = Pattern.compile(".*\\b(?:19|20)\\d\\d\\.$");
  private static final int TITLE_CASE_WORDS = 16;
  private static final int STOPPED_TITLE_WORDS = 5;
  /**
   * A finished sentence with more after it, which no title has: {@code Cllr Tom Shepherd was elected as Chairman of the
   * Parish Council. He was} (a parish's numbered paragraph), not {@code St. Mary's Church} nor {@code Cllr. Smith's motion}.
   */
  private static final Pattern INNER_STOP = Pattern.compile(
      "(?<!\\b(?:Cllr|Cr|Mrs|Ms|Mr|Dr|No|Nos|St|Rd|Ave|Co|Inc|Ltd|Bros|Corp|approx|etc))(?<=\\p{Ll}{2})\\.\\s+\\p{Lu}\\p{Ll}*\\s+\\p{Ll}");

  /**
   * A heading's note that nothing comes, or came, under it: {@code REPORTS FROM PRIORITY AGENCIES - None},
   * {@code DEPUTATION - Nil}, {@code CONTINUED BUSINESS: None}.
   */
  static final Pattern NOTHING_UNDER = Pattern.compile("(?:\\s+[-–—]|:)\\s+(?i:none|nil|n/a)\\.?$");

  private HeadingText() {}

  /** A title in the agenda's words with its "to" in lower case: {@code to receive declaration of interests}. */
  private static final Pattern AGENDA_WORDING = Pattern.compile(
      "^to\\s+(?:receive|approve|consider|note|agree|confirm|adjourn|discuss|review|resolve|elect|appoint|accept|adopt|authorise|authorize)\\b");
  /**
   * A title that opens with a count, an ordinal or a year, then a capital: {@code 15 Minute public participation session},
   * {@code 3rd Quarter Report}, {@code 2013 BENGAL EASTSIDE SHUFFLE 5K RUN/WALK}, {@code 2019/20 Budget}.
   */
  private static final Pattern NUMBER_FIRST = Pattern.compile(
      "^(?:\\d{1,3}(?:st|nd|rd|th)?\\s+\\p{Lu}\\p{Ll}|(?:19|20)\\d\\d(?:[/-]\\d{2,4})?\\s+\\p{Lu}\\p{L})");

  static Strength of(String title) {
    String t = title.strip();
    if (t.isEmpty()) {
      return Strength.NONE;
    }
    if (AGENDA_WORDING.matcher(t).lookingAt()) {
      return of("T" + t.substring(1)); // "1124/17 to receive declaration of interests": the agenda's wording, its "to" not capitalised
    }
    int first = t.codePointAt(0);
    if (!(Character.isLetter(first) || first == '"' || first == '“' || first == '‘' || first == '\''
        || Character.isDigit(first) && NUMBER_FIRST.matcher(t).lookingAt())
        || Character.isLowerCase(first) || DECISION.matcher(t).lookingAt()) {
      return Strength.NONE;
    }
    long letters = t.chars().filter(Character::isLetter).count();
    if (letters >= 3 && Lines.upperShare(t) >= 0.75) {
      return Strength.STRONG;
    }
    if (INNER_STOP.matcher(t).find()) {
      return Strength.SENTENCE;
    }
    String[] words = t.split("\\s+");
    // "Council – September 29, 2022.": a stop after a year closes a title, not a sentence
    boolean fullStop = t.endsWith(".") && !t.endsWith("..") && !t.matches(".*\\b[A-Z]\\.$") && !YEAR_STOP.matcher(t).matches();
    if (t.endsWith(":") && words.length <= TITLE_CASE_WORDS) {
      return Strength.STRONG;
    }
    if (!fullStop && words.length <= TITLE_CASE_WORDS && titleCase(words)) {
      return Strength.STRONG;
    }
    if (fullStop && words.length <= STOPPED_TITLE_WORDS && titleCase(words)) {
      return Strength.SHORT; // "Confirmation of Minutes.": a short title in capitals closed with a stop, as some minutes print them
    }
    if (!fullStop && words.length <= SHORT_WORDS) {
      return Strength.SHORT;
    }
    return Strength.SENTENCE;
  }

  /** Most words capitalised, the small joining words apart: {@code Declarations of Interest}. */
  static boolean titleCase(String[] words) {
    int counted = 0;
    int capitalised = 0;
    for (String w : words) {
      if (SMALL_WORD.matcher(w).matches() || w.chars().noneMatch(Character::isLetter)) {
        continue;
      }
      counted++;
      int c = w.codePointAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '"' || c == '“' || c == '‘') {
        capitalised++;
      }
    }
    return counted > 0 && capitalised >= Math.max(1, Math.ceil(counted * 0.7));
  }
}
