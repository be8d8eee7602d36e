package org.agendasearch.web.api;

import java.util.Locale;

/**
 * The stable anchors of a meeting page, one place for the page and for every link to it:
 * {@code #item-4} (agenda item 4), {@code #minute-56} (minute 56), {@code #resolution-56-1} (its
 * first resolution), {@code #report-2}.
 */
public final class Anchors {

  private Anchors() {}

  public static String item(String number) {
    return "item-" + slug(number);
  }

  public static String minute(String number) {
    return "minute-" + slug(number);
  }

  public static String resolution(String number, int k) {
    return "resolution-" + slug(number) + "-" + k;
  }

  public static String report(int k) {
    return "report-" + k;
  }

  /** The anchor a hit links to on its meeting page, or null for a meeting or a page. */
  public static String of(String type, String number) {
    if (number == null) {
      return null;
    }
    return switch (type) {
      case "agenda_item" -> item(number);
      case "minute_item", "resolution" -> minute(number);
      default -> null;
    };
  }

  private static String slug(String number) {
    return number == null ? "" : number.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
