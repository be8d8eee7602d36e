package org.agendasearch.web.pages;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates as people write them: {@code {{ m.date | humandate }}} gives "Thursday 26 February 2015"
 * (the ISO date stays in the {@code <time datetime>} around it), {@code | shortdate} gives
 * "26 Feb 2015". Fixed to British English, whatever the server's locale. Also {@code | anchor},
 * an item or minute number as the page's anchors write it ({@link org.agendasearch.web.api.Anchors}).
 */
public final class Dates extends AbstractExtension {

  static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  /** "Thursday 26 February 2015" for "2015-02-26"; the text as given when it is not a date; "Undated" for none. */
  public static String human(Object iso) {
    return format(iso, LONG);
  }

  private static String format(Object iso, DateTimeFormatter f) {
    if (iso == null || iso.toString().isBlank()) {
      return "Undated";
    }
    try {
      LocalDate d = iso instanceof LocalDate ld ? ld : LocalDate.parse(iso.toString());
      return d.format(f);
    } catch (DateTimeParseException e) {
      return iso.toString();
    }
  }

  @Override
  public Map<String, Filter> getFilters() {
    return Map.of("humandate", filter(LONG), "shortdate", filter(SHORT), "anchor", new Filter() {
      @Override
      public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
          int lineNumber) {
        // The part of an anchor after "minute-": the same as every link to it makes (Anchors).
        return org.agendasearch.web.api.Anchors.minute(input == null ? "" : input.toString()).substring("minute-".length());
      }

      @Override
      public List<String> getArgumentNames() {
        return List.of();
      }
    });
  }

  private static Filter filter(DateTimeFormatter f) {
    return new Filter() {
      @Override
      public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
          int lineNumber) {
        return format(input, f);
      }

      @Override
      public List<String> getArgumentNames() {
        return List.of();
      }
    };
  }
}
