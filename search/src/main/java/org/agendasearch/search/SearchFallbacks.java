package org.agendasearch.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.agendasearch.search.query.InvalidQueryException;

/**
 * What every backend does around a search, so that both answer alike: when no record has every
 * word of a query of several words, the search runs again for any of them ("relaxed"); when
 * nothing is found, or only relaxed, misspelt words get a "did you mean".
 */
public final class SearchFallbacks {

  /** One run of the search, all words required or ({@code relaxed}) any of them. */
  @FunctionalInterface
  public interface Run {
    SearchResults run(SearchRequest request, boolean relaxed);
  }

  private SearchFallbacks() {}

  /**
   * @param corrections the backend's spelling corrections, as {@link Suggester#suggest} takes them
   */
  public static SearchResults search(SearchRequest request, Run run,
      Function<List<String>, Map<String, String>> corrections) {
    SearchResults results = run.run(request, false);
    if (results.total() == 0 && hasSeveralWords(request.query())) {
      SearchResults relaxed = run.run(request, true);
      if (relaxed.total() > 0) {
        results = relaxed;
      }
    }
    if (results.total() == 0 || results.relaxed()) {
      String suggestion = Suggester.suggest(request.query(), corrections);
      if (suggestion != null && findsSomething(run, request, suggestion)) {
        results = results.withSuggestion(suggestion);
      }
    }
    return results;
  }

  /** A suggestion is offered only when following it finds something (with every word). */
  private static boolean findsSomething(Run run, SearchRequest request, String suggestion) {
    SearchRequest suggested = new SearchRequest(suggestion, request.committees(), request.years(), request.types(),
        request.from(), request.to(), request.sort(), 1, 1, request.councils(), request.indexedAfter());
    try {
      return run.run(suggested, false).total() > 0;
    } catch (InvalidQueryException e) {
      return false;
    }
  }

  private static boolean hasSeveralWords(String q) {
    return q != null && q.strip().split("\\s+").length > 1;
  }
}
