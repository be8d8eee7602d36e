package org.agendasearch.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.query.InvalidQueryException;

/** Reads a search request from query parameters, with a readable 400 for every bad value. */
public final class Params {

  private Params() {}

  public static SearchRequest searchRequest(Context ctx) {
    return searchRequest(ctx, List.of(), SearchRequest.Sort.RELEVANCE);
  }

  /** The officers' search: resolutions only, newest first unless {@code sort} says otherwise. */
  public static SearchRequest resolutionRequest(Context ctx) {
    return searchRequest(ctx, List.of("resolution"), SearchRequest.Sort.NEWEST);
  }

  /**
   * The search in the request; {@code forcedTypes} (when not empty) replaces any {@code type}
   * given, and {@code defaultSort} applies when no {@code sort} is given.
   */
  static SearchRequest searchRequest(Context ctx, List<String> forcedTypes, SearchRequest.Sort defaultSort) {
    return searchRequest(ctx.queryParamMap(), forcedTypes, defaultSort);
  }

  /**
   * The search a saved address says ({@code /search?...} or {@code /resolutions?...}, an email
   * alert's), read as the page at that address reads it.
   */
  public static SearchRequest savedRequest(String path, Map<String, List<String>> params) {
    return path.equals("/resolutions") ? searchRequest(params, List.of("resolution"), SearchRequest.Sort.NEWEST)
        : searchRequest(params, List.of(), SearchRequest.Sort.RELEVANCE);
  }

  private static SearchRequest searchRequest(Map<String, List<String>> params, List<String> forcedTypes,
      SearchRequest.Sort defaultSort) {
    List<Integer> years = new ArrayList<>();
    for (String y : nonBlank(all(params, "year"))) {
      years.add(intValue("year", y, 1900, 2999));
    }
    List<String> types = forcedTypes.isEmpty()
        ? nonBlank(all(params, "type")).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()
        : forcedTypes;
    String q = first(params, "q");
    return new SearchRequest(
        q,
        nonBlank(all(params, "committee")),
        years,
        types,
        date("from", first(params, "from")),
        date("to", first(params, "to")),
        sort(first(params, "sort"), blank(q) ? SearchRequest.Sort.NEWEST : defaultSort),
        intParam(first(params, "page"), "page", 1, 1, SearchRequest.MAX_PAGE),
        intParam(first(params, "size"), "size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE),
        nonBlank(all(params, "council")),
        0,
        nonBlank(all(params, "person")));
  }

  private static List<String> all(Map<String, List<String>> params, String name) {
    return params.getOrDefault(name, List.of());
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = all(params, name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** With no words every record matches equally: newest first is the useful order then. */
  private static boolean blank(String q) {
    return q == null || q.isBlank();
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    return intParam(ctx.queryParam(name), name, fallback, min, max);
  }

  private static int intParam(String v, String name, int fallback, int min, int max) {
    return v == null || v.isBlank() ? fallback : intValue(name, v, min, max);
  }

  public static int intValue(String name, String v, int min, int max) {
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new InvalidQueryException(name + " must be between " + min + " and " + max + ", not " + n + ".");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidQueryException(name + " must be a whole number, not \"" + abbreviate(v) + "\".");
    }
  }

  static LocalDate date(String name, String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException(name + " must be a date as YYYY-MM-DD, not \"" + abbreviate(v) + "\".");
    }
  }

  static SearchRequest.Sort sort(String v, SearchRequest.Sort fallback) {
    if (v == null || v.isBlank()) {
      return fallback;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Sort.RELEVANCE;
      case "newest" -> SearchRequest.Sort.NEWEST;
      case "oldest" -> SearchRequest.Sort.OLDEST;
      default -> throw new InvalidQueryException("sort must be relevance, newest or oldest, not \"" + abbreviate(v) + "\".");
    };
  }

  private static List<String> nonBlank(List<String> values) {
    return values.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
  }

  static String abbreviate(String v) {
    String clean = v.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
  }
}
