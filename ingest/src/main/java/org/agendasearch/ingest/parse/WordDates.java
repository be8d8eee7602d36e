package org.agendasearch.ingest.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written out in words, as some county boards' minutes give it: {@code HELD THE FIFTH DAY OF MARCH IN THE YEAR
 * TWO THOUSAND AND NINE}, {@code the twenty-first day of June, 2019}, {@code meets in regular session this eleventh day of April
 * 2012} (an Ontario county's). A part of {@link Dates}, tried when no date in
 * figures was found.
 */
final class WordDates {

  private WordDates() {}

  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth");
  private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
  private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety");

  private static final String ORDINAL = "(?:(?:twenty|thirty)[\\s-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
      + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";
  private static final String NUMBER_WORDS = "(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
      + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
      + "|thousand|and)\\b[\\s-]*)+";
  /** {@code the fifth day of March in the year two thousand and nine}, {@code the 5th day of March, 2009} is {@link Dates}'. */
  private static final Pattern WORDS = Pattern.compile(
      "(?i)\\b(?:the|this)\\s+(" + ORDINAL + ")\\s+day\\s+of\\s+(\\p{L}{3,9})\\s*,?\\s+(?:in\\s+the\\s+year\\s+(?:of\\s+our\\s+lord\\s+)?)?"
      + "(" + NUMBER_WORDS + "|(?:19|20)\\d\\d\\b)");

  /** The first date written in words in the text. */
  static Optional<LocalDate> find(String text) {
    if (!text.toLowerCase(Locale.ROOT).contains("day of")) {
      return Optional.empty();
    }
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      int month = Dates.month(m.group(2));
      int day = ordinal(m.group(1));
      String y = m.group(3).strip();
      int year = Character.isDigit(y.charAt(0)) ? Integer.parseInt(y) : year(y);
      if (month > 0 && day > 0 && year >= 1900 && year <= 2100) {
        try {
          return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
          // "the thirty-first day of June": no such day; look on
        }
      }
    }
    return Optional.empty();
  }

  /** {@code fifth} is 5, {@code twenty-first} 21, {@code thirtieth} 30. */
  static int ordinal(String words) {
    String[] w = words.toLowerCase(Locale.ROOT).split("[\\s-]+");
    int tens = w.length == 2 ? (w[0].equals("twenty") ? 20 : 30) : 0;
    String last = w[w.length - 1];
    return last.equals("thirtieth") ? 30 : tens + ORDINALS.indexOf(last) + 1;
  }

  /** {@code two thousand and nine} is 2009, {@code nineteen ninety-nine} 1999, {@code twenty twenty} 2020; 0 if not a year. */
  static int year(String words) {
    String[] w = words.toLowerCase(Locale.ROOT).replaceAll("\\band\\b", " ").strip().split("[\\s-]+");
    int total = 0;
    int current = 0;
    boolean scaled = false;
    for (String t : w) {
      if (UNITS.contains(t)) {
        current += UNITS.indexOf(t);
      } else if (TENS.contains(t) && !t.isEmpty()) {
        current += TENS.indexOf(t) * 10;
      } else if (t.equals("hundred")) {
        current *= 100;
        scaled = true;
      } else if (t.equals("thousand")) {
        total += current * 1000;
        current = 0;
        scaled = true;
      } else {
        return 0;
      }
    }
    if (!scaled && w.length >= 2) {
      // "nineteen ninety-nine", "twenty twenty": the century's two figures, then the year's
      return belowHundred(w[0]) * 100 + java.util.Arrays.stream(w, 1, w.length).mapToInt(WordDates::belowHundred).sum();
    }
    return total + current;
  }

  /** {@code nineteen} is 19, {@code ninety} 90. */
  private static int belowHundred(String word) {
    return UNITS.contains(word) ? UNITS.indexOf(word) : TENS.indexOf(word) * 10;
  }
}
