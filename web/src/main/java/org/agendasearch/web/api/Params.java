package org.agendasearch.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    List<Integer> years = new ArrayList<>();
    for (String y : nonBlank(ctx.queryParams("year"))) {
      years.add(intValue("year", y, 1900, 2999));
    }
    List<String> types = forcedTypes.isEmpty()
        ? nonBlank(ctx.queryParams("type")).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()
        : forcedTypes;
    return new SearchRequest(
        ctx.queryParam("q"),
        nonBlank(ctx.queryParams("committee")),
        years,
        types,
        date("from", ctx.queryParam("from")),
        date("to", ctx.queryParam("to")),
        sort(ctx.queryParam("sort"), blank(ctx.queryParam("q")) ? SearchRequest.Sort.NEWEST : defaultSort),
        intParam(ctx, "page", 1, 1, SearchRequest.MAX_PAGE),
        intParam(ctx, "size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE),
        nonBlank(ctx.queryParams("council")));
  }

  /** With no words every record matches equally: newest first is the useful order then. */
  private static boolean blank(String q) {
    return q == null || q.isBlank();
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
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
