package org.agendasearch.web.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.web.Backend;
import org.agendasearch.search.query.InvalidQueryException;
import org.agendasearch.web.AgendaOptions;
import org.agendasearch.search.Snippet;
import org.agendasearch.web.api.ResultsView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agenda search QUERY}: the same search as the web, from the terminal. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index from the terminal.")
public final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, \"phrases\", OR, -word, word*, committee:, type:, title:.")
  List<String> words;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: $AGENDA_INDEX or data/index/).")
  java.nio.file.Path index;

  @Mixin
  BackendOptions backendOptions;

  @Option(names = "--council", description = "Only this council, by slug or name (repeatable).")
  List<String> councils = List.of();

  @Option(names = "--person", description = "Only records naming this person, as the person facet names them (repeatable).")
  List<String> people = List.of();

  @Option(names = "--committee", description = "Only this committee (repeatable).")
  List<String> committees = List.of();

  @Option(names = "--year", description = "Only this year (repeatable).")
  List<Integer> years = List.of();

  @Option(names = "--type", description = "Only this record type (repeatable): meeting, agenda_item, report, minute_item, resolution, page.")
  List<String> types = List.of();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only meetings on or after this date.")
  java.time.LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only meetings on or before this date.")
  java.time.LocalDate to;

  @Option(names = "--sort", paramLabel = "relevance|newest|oldest", converter = SortConverter.class,
      defaultValue = "relevance", description = "Result order (any case; default: ${DEFAULT-VALUE}).")
  SearchRequest.Sort sort;

  @Option(names = "--size", description = "Results to show (default: ${DEFAULT-VALUE}).")
  int size = 10;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  /** The sort as the README and the web write it ("newest"), in any case. */
  static final class SortConverter implements CommandLine.ITypeConverter<SearchRequest.Sort> {
    @Override
    public SearchRequest.Sort convert(String value) {
      try {
        return SearchRequest.Sort.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("expected relevance, newest or oldest, not '" + value + "'");
      }
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    AgendaOptions options = AgendaOptions.resolve(null, index, null, System.getenv());
    PrintWriter out = spec.commandLine().getOut();
    Backend backend = backendOptions.resolve();
    try (SearchBackend search = backend.open(options)) {
      if (search.recordCount() == 0) {
        spec.commandLine().getErr().println("agenda search: the index at " + backend.describe(options)
            + " is empty; run 'agenda reindex' first.");
        return 1;
      }
      SearchResults r = search.search(new SearchRequest(String.join(" ", words), committees, years, types, from,
          to, sort, 1, size, councils, 0, people));
      if (json) {
        out.println(PackJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ResultsView.of(r)));
      } else {
        out.printf("%d results%s%n", r.total(), r.relaxed() ? " (with any of the words)" : "");
        int n = 1;
        for (SearchHit h : r.hits()) {
          out.printf("%2d. [%s] %s%n    %s%s, %s — %s page %d%n    %s%n", n++, h.type(), h.title(),
              h.council() == null ? "" : h.council() + ", ", h.committee(), h.meetingDate(), h.source(), h.page(),
              starred(h.snippet()));
        }
      }
      out.flush();
      return 0;
    } catch (InvalidQueryException e) {
      spec.commandLine().getErr().println("agenda search: " + e.getMessage());
      return 2;
    }
  }

  /** The snippet for a terminal: the matched words between asterisks. */
  static String starred(Snippet s) {
    StringBuilder sb = new StringBuilder(s.text());
    for (int i = s.marks().size() - 1; i >= 0; i--) {
      sb.insert(s.marks().get(i).end(), '*').insert(s.marks().get(i).start(), '*');
    }
    return sb.toString();
  }
}
