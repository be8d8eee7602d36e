package org.agendasearch.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in text as councils print them, artefacts of extraction included.
 *
 * <ul>
 *   <li>{@code Thursday 26 February 2015}, {@code 26 th February 2015}, {@code 26th Feb 2015}
 *   <li>{@code 26 FEBRUA RY 2015} (a word split by the PDF's layout)
 *   <li>{@code 15/09/2020}, {@code 2020-09-15}
 * </ul>
 */
final class Dates {

  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  /** Day, optional ordinal, month letters possibly split by spaces, four-digit year. */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?i)\\b([0-3]?\\d)\\s*(?:st|nd|rd|th)?\\s+((?:[a-z]\\s?){3,10}?)\\.?,?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern NUMERIC = Pattern.compile("\\b([0-3]?\\d)/([01]?\\d)/((?:19|20)\\d\\d)\\b");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-([01]\\d)-([0-3]\\d)\\b");

  private Dates() {}

  /** The first date in the text, if any. */
  static Optional<LocalDate> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      int month = month(m.group(2));
      if (month > 0) {
        Optional<LocalDate> d = date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
    }
    Matcher num = NUMERIC.matcher(text);
    if (num.find()) {
      return date(Integer.parseInt(num.group(3)), Integer.parseInt(num.group(2)), Integer.parseInt(num.group(1)));
    }
    return Optional.empty();
  }

  /** Month number for a full or three-letter name, spaces inside ignored ("FEBRUA RY"); 0 if none. */
  static int month(String word) {
    String w = word.replace(" ", "").toLowerCase(Locale.ROOT);
    if (w.length() < 3) {
      return 0;
    }
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(w) || (w.length() == 3 && MONTHS[i].startsWith(w)) || (w.equals("sept") && i == 8)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
