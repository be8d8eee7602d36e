package org.agendasearch.web.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.corpus.Council;
import org.agendasearch.ingest.corpus.Councils;
import org.agendasearch.sources.FetchOptions;
import org.agendasearch.sources.FetchReport;
import org.agendasearch.sources.Fetcher;
import org.agendasearch.sources.PoliteClient;
import org.agendasearch.sources.moderngov.ModernGov;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.search.index.CouncilScope;
import org.agendasearch.web.AgendaOptions;
import org.agendasearch.web.Backend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code agenda fetch}: brings councils' published papers into the corpus, one council named on the
 * command line ({@code --moderngov URL --council NAME}, then remembered in councils.json) or every
 * council of councils.json that has a source.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Fetch councils' published papers (ModernGov) into the corpus, incrementally.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every council was fetched (papers that failed are in the report)",
        "1:a council could not be fetched at all", "2:bad arguments"})
public final class FetchCommand implements Callable<Integer> {

  @Mixin
  LocationOptions locations;

  @Mixin
  BackendOptions backendOptions;

  @Option(names = "--moderngov", paramLabel = "URL", description = "The council's ModernGov site (with --council).")
  URI moderngov;

  @Option(names = "--council", paramLabel = "NAME", description = "The council's name, as it calls itself (with --moderngov).")
  String council;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First meeting date (default: a year ago).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last meeting date (default: three months ahead).")
  LocalDate to;

  @Option(names = "--committee", paramLabel = "NAME", description = "Only this committee (repeatable; default: all).")
  List<String> committees = List.of();

  @Option(names = "--delay", paramLabel = "MS", description = "Pause between two requests to a site (default: ${DEFAULT-VALUE}).")
  long delayMillis = FetchOptions.DEFAULT_DELAY.toMillis();

  @Option(names = "--recheck-days", paramLabel = "N",
      description = "Download again and compare the papers of meetings at most N days old (default: ${DEFAULT-VALUE}).")
  int recheckDays = 30;

  @Option(names = "--contact", paramLabel = "EMAIL",
      description = "How a council's web team can reach you, sent in the User-Agent (default: $AGENDA_FETCH_CONTACT).")
  String contact;

  @Option(names = "--report", paramLabel = "FILE", description = "The per-file report, JSON lines (default: data/fetch-report.jsonl).")
  Path report;

  @Option(names = "--reindex", description = "Afterwards, reindex the councils whose papers are new or changed, those "
      + "councils only (as 'agenda reindex --council SLUG'); the whole corpus when the index is empty.")
  boolean reindex;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    AgendaOptions locs = locations.resolve();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((moderngov == null) != (council == null)) {
      err.println("agenda fetch: --moderngov and --council go together: the site and the council's name.");
      return 2;
    }
    LocalDate today = LocalDate.now();
    FetchOptions defaults = FetchOptions.defaults(locs.corpus(), from != null ? from : today.minusYears(1),
        to != null ? to : today.plusMonths(3));
    FetchOptions options = new FetchOptions(defaults.corpus(), defaults.from(), defaults.to(), committees,
        Duration.ofMillis(Math.max(0, delayMillis)), defaults.timeout(), defaults.retries(), defaults.backoff(),
        defaults.maxFileBytes(), contact != null ? contact : System.getenv("AGENDA_FETCH_CONTACT"), recheckDays,
        defaults.clock());
    Councils known = Councils.load(locs.corpus());
    List<Council> todo = new ArrayList<>();
    if (moderngov != null) {
      Council named = new Council(council, null, new Council.Source(Council.Source.MODERNGOV, moderngov.toString()));
      Council c = known.bySlug(named.slug()).map(k -> new Council(k.name(), k.slug(), named.source())).orElse(named);
      known.with(c).save(locs.corpus()); // remembered: a plain 'agenda fetch' keeps it up to date
      todo.add(c);
    } else {
      known.councils().stream().filter(c -> c.source() != null).forEach(todo::add);
      if (todo.isEmpty()) {
        err.println("agenda fetch: no council in " + locs.corpus().resolve(Councils.FILE_NAME)
            + " has a source; give --moderngov URL --council NAME.");
        return 2;
      }
    }
    out.printf("Fetching %d council%s into %s, meetings %s to %s%s%n", todo.size(), todo.size() == 1 ? "" : "s",
        locs.corpus(), options.from(), options.to(), committees.isEmpty() ? "" : ", committees " + committees);
    out.flush();
    Path reportFile = report != null ? report : Path.of("data", "fetch-report.jsonl").toAbsolutePath();
    Files.createDirectories(reportFile.toAbsolutePath().getParent());
    boolean councilFailed = false;
    List<String> changed = new ArrayList<>();
    try (BufferedWriter w = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8)) {
      for (Council c : todo) {
        FetchProgress progress = new FetchProgress(out);
        Fetcher.CouncilResult r = fetchOne(c, options, line -> {
          write(w, line);
          progress.line(line);
        }, progress);
        councilFailed |= r.councilFailed();
        if (r.count("new") + r.count("changed") > 0) {
          changed.add(c.slug());
        }
        out.println(r.summary());
        out.flush();
      }
    }
    out.printf("Per-file report: %s%n", reportFile);
    out.flush();
    if (reindex) {
      reindexChanged(locs, backendOptions.resolve(), changed, out);
    }
    return councilFailed ? 1 : 0;
  }

  /**
   * Reindexes, in place, the councils whose papers this fetch found new or changed, and no other
   * (so fetches of different councils, and their reindexes, never touch each other's records); an
   * empty index is built from the whole corpus first.
   */
  static void reindexChanged(AgendaOptions locs, Backend backend, List<String> changed, PrintWriter out)
      throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    boolean empty;
    try (SearchBackend index = backend.open(locs)) {
      empty = index.recordCount() == 0;
    } catch (RuntimeException e) {
      empty = false; // a backend that cannot say (SolrCloud down): the scoped reindex will say why
    }
    if (empty) {
      out.println("The index is empty: indexing the whole corpus.");
      ReindexCommand.run(locs, backend, new Ingestor(), threads, false, false, null, out);
    } else if (changed.isEmpty()) {
      out.println("No council's papers are new or changed: nothing to reindex.");
    } else {
      out.printf("Reindexing the councils whose papers are new or changed: %s%n", String.join(", ", changed));
      ReindexCommand.run(locs, backend, new Ingestor(), threads, false, true, CouncilScope.of(changed), null, out);
    }
    out.flush();
  }

  /** One council; a source type we cannot fetch from is a failed council, the others go on. */
  static Fetcher.CouncilResult fetchOne(Council c, FetchOptions options, java.util.function.Consumer<FetchReport> report,
      Fetcher.Listener listener) throws IOException {
    if (!c.source().type().equals(Council.Source.MODERNGOV)) {
      return failed(c, "no fetcher for a source of type \"" + c.source().type() + "\" (ModernGov only, so far)", report);
    }
    PoliteClient client;
    try {
      client = new PoliteClient(options, URI.create(c.source().url()));
    } catch (IllegalArgumentException e) {
      return failed(c, e.getMessage(), report);
    }
    return new Fetcher(options).fetch(c, new ModernGov(c, client), report, listener);
  }

  private static Fetcher.CouncilResult failed(Council c, String reason, java.util.function.Consumer<FetchReport> report) {
    FetchReport line = new FetchReport(c.name(), null, null, null, null, c.source().url(), null, "failed", null, null,
        reason);
    report.accept(line);
    return new Fetcher.CouncilResult(c, 0, List.of(line));
  }

  private static void write(BufferedWriter w, FetchReport line) {
    try {
      w.write(PackJson.MAPPER.writeValueAsString(line));
      w.write('\n');
      w.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
