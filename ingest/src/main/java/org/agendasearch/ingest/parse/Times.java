package org.agendasearch.ingest.parse;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a time of day: {@code 10.15 am}, {@code 2.00pm}, {@code 1 pm}, {@code 2:30 p.m.},
 * {@code 530pm}, {@code 7: 13 p.m.} (a space typed after the colon), {@code 7:30 o'clock p.m.}, {@code 14:00}, {@code 19:30pm}, {@code at 1900}, {@code AT 19.00 HRS}, {@code noon}.
 */
final class Times {

  private static final Pattern TWELVE_HOUR = Pattern.compile(
      "(?i)\\b(2[0-3]|[01]?\\d)(?:[.:] ?([0-5]\\d))?(?:\\s*o['’]?\\s?clock)?\\s*([ap])\\.?\\s?m\\b\\.?");
  /** {@code 530pm}, {@code 1030 a.m.}: hours and minutes with no stop between. */
  private static final Pattern GLUED = Pattern.compile("(?i)\\b(1[0-2]|0?[1-9])([0-5]\\d)\\s*([ap])\\.?\\s?m\\b");
  private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b");
  /** {@code at 1900}, {@code AT 19.00}, {@code at 19:00 hrs}: a 24-hour time after "at" or "Time:". */
  private static final Pattern AT_HOURS = Pattern.compile(
      "(?i)\\b(?:at|time\\s*:|from|commencing)\\s+([01]?\\d|2[0-3])[.:]?([0-5]\\d)(?:\\s*(?:hrs|hours|h))?\\b(?!\\s*[ap]\\.?m)");

  private Times() {}

  /** The first time of day in the text, if any. */
  static Optional<LocalTime> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TWELVE_HOUR.matcher(text);
    if (m.find()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      boolean pm = m.group(3).toLowerCase(Locale.ROOT).equals("p");
      if (hour >= 1 && hour <= 12) {
        return Optional.of(LocalTime.of(hour % 12 + (pm ? 12 : 0), minute));
      }
      if (hour >= 13 && pm) {
        return Optional.of(LocalTime.of(hour, minute)); // "at 19:30pm": a 24-hour time with "pm" after it
      }
    }
    Matcher glued = GLUED.matcher(text);
    if (glued.find()) {
      int hour = Integer.parseInt(glued.group(1));
      boolean pm = glued.group(3).toLowerCase(Locale.ROOT).equals("p");
      return Optional.of(LocalTime.of(hour % 12 + (pm ? 12 : 0), Integer.parseInt(glued.group(2))));
    }
    Matcher at = AT_HOURS.matcher(text);
    if (at.find()) {
      return Optional.of(LocalTime.of(Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2))));
    }
    if (text.toLowerCase(Locale.ROOT).matches(".*\\bnoon\\b.*")) {
      return Optional.of(LocalTime.NOON);
    }
    Matcher h = TWENTY_FOUR_HOUR.matcher(text);
    if (h.find()) {
      return Optional.of(LocalTime.of(Integer.parseInt(h.group(1)), Integer.parseInt(h.group(2))));
    }
    return Optional.empty();
  }
}
