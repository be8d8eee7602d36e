package org.agendasearch.search;

import java.time.LocalDate;
import java.util.List;
import org.agendasearch.search.query.InvalidQueryException;

/**
 * A search as a person asks it. Filters: committees (any of), years (any of), types (any of), a
 * date range, councils (any of, by slug or name), people (any of, as the person facet names them).
 * Page is 1-based. {@code indexedAfter} keeps only the records first indexed after that instant
 * (epoch millis; 0 for all): what an alert sends.
 */
public record SearchRequest(String query, List<String> committees, List<Integer> years, List<String> types,
    LocalDate from, LocalDate to, Sort sort, int page, int size, List<String> councils, long indexedAfter,
    List<String> people) {

  public static final int MAX_SIZE = 50;
  public static final int MAX_PAGE = 100;
  public static final int DEFAULT_SIZE = 10;
  /** The longest name a person filter takes. */
  public static final int MAX_NAME = 200;

  /** Result order. */
  public enum Sort { RELEVANCE, NEWEST, OLDEST }

  public SearchRequest {
    councils = councils == null ? List.of() : List.copyOf(councils);
    for (String c : councils) {
      if (org.agendasearch.ingest.model.Committees.key(c) == null) {
        throw new InvalidQueryException("council must name a council (letters or digits), not \""
            + c.replaceAll("\\p{Cntrl}", "?") + "\".");
      }
    }
    committees = committees == null ? List.of() : List.copyOf(committees);
    people = people == null ? List.of() : people.stream().map(String::strip).toList();
    for (String p : people) {
      if (p.isEmpty() || p.length() > MAX_NAME) {
        throw new InvalidQueryException("person must name a person (at most " + MAX_NAME + " characters).");
      }
    }
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
        throw new InvalidQueryException("type must be one of " + java.util.Arrays.stream(
            org.agendasearch.search.schema.RecordType.values()).map(org.agendasearch.search.schema.RecordType::key)
            .collect(java.util.stream.Collectors.joining(", ")) + "; not \"" + t.replaceAll("\\p{Cntrl}", "?") + "\".");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("from (" + from + ") is after to (" + to + ").");
    }
  }

  /** A search naming no person. */
  public SearchRequest(String query, List<String> committees, List<Integer> years, List<String> types,
      LocalDate from, LocalDate to, Sort sort, int page, int size, List<String> councils, long indexedAfter) {
    this(query, committees, years, types, from, to, sort, page, size, councils, indexedAfter, List.of());
  }

  /** A search of every record, however long ago it was indexed. */
  public SearchRequest(String query, List<String> committees, List<Integer> years, List<String> types,
      LocalDate from, LocalDate to, Sort sort, int page, int size, List<String> councils) {
    this(query, committees, years, types, from, to, sort, page, size, councils, 0);
  }

  /** A search of every council. */
  public SearchRequest(String query, List<String> committees, List<Integer> years, List<String> types,
      LocalDate from, LocalDate to, Sort sort, int page, int size) {
    this(query, committees, years, types, from, to, sort, page, size, List.of());
  }

  /** The same search with {@code n} results a page. */
  public SearchRequest withSize(int n) {
    return new SearchRequest(query, committees, years, types, from, to, sort, page, n, councils, indexedAfter, people);
  }

  /** The same filters, sort and page with other words. */
  public SearchRequest withQuery(String q) {
    return new SearchRequest(q, committees, years, types, from, to, sort, page, size, councils, indexedAfter, people);
  }

  /** The same search, of the records first indexed after {@code millis} only (a first page of {@code n}). */
  public SearchRequest indexedAfter(long millis, int n) {
    return new SearchRequest(query, committees, years, types, from, to, sort, 1, n, councils, millis, people);
  }

  /** The same search of the records naming any of {@code names} (as the person facet names them). */
  public SearchRequest withPeople(List<String> names) {
    return new SearchRequest(query, committees, years, types, from, to, sort, page, size, councils, indexedAfter, names);
  }

  /** The same search's first page of one result: what its total and facet counts depend on. */
  public SearchRequest firstPage() {
    return new SearchRequest(query, committees, years, types, from, to, sort, 1, 1, councils, indexedAfter, people);
  }

  /** Whether any facet filter (council, committee, year, type, person) is set. */
  public boolean drillsDown() {
    return !councils.isEmpty() || !committees.isEmpty() || !years.isEmpty() || !types.isEmpty() || !people.isEmpty();
  }

  /** A first page of relevance-ranked results for a query, no filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), List.of(), List.of(), null, null, Sort.RELEVANCE, 1, DEFAULT_SIZE);
  }
}
