package org.agendasearch.search;

import java.time.LocalDate;
import java.util.List;
import org.agendasearch.search.query.InvalidQueryException;

/**
 * A search as a person asks it. Filters: committees (any of), years (any of), types (any of), a
 * date range. Page is 1-based.
 */
public record SearchRequest(String query, List<String> committees, List<Integer> years, List<String> types,
    LocalDate from, LocalDate to, Sort sort, int page, int size) {

  public static final int MAX_SIZE = 50;
  public static final int MAX_PAGE = 100;
  public static final int DEFAULT_SIZE = 10;

  /** Result order. */
  public enum Sort { RELEVANCE, NEWEST, OLDEST }

  public SearchRequest {
    committees = committees == null ? List.of() : List.copyOf(committees);
    years = years == null ? List.of() : List.copyOf(years);
    types = types == null ? List.of() : List.copyOf(types);
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (page < 1 || page > MAX_PAGE) {
      throw new InvalidQueryException("page must be between 1 and " + MAX_PAGE + ", not " + page + ".");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidQueryException("size must be between 1 and " + MAX_SIZE + ", not " + size + ".");
    }
    for (String c : committees) {
      if (org.agendasearch.ingest.model.Committees.key(c) == null) {
        throw new InvalidQueryException("committee must name a committee (letters or digits), not \""
            + c.replaceAll("\\p{Cntrl}", "?") + "\".");
      }
    }
    for (String t : types) {
      if (org.agendasearch.search.schema.RecordType.ofKey(t) == null) {
        throw new InvalidQueryException("type must be one of meeting, agenda_item, report, minute_item, "
            + "resolution, page; not \"" + t.replaceAll("\\p{Cntrl}", "?") + "\".");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("from (" + from + ") is after to (" + to + ").");
    }
  }

  /** A first page of relevance-ranked results for a query, no filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), List.of(), List.of(), null, null, Sort.RELEVANCE, 1, DEFAULT_SIZE);
  }
}
