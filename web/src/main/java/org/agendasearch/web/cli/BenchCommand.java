package org.agendasearch.web.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendasearch.web.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agenda bench}: measured figures for parse, index, memory and queries, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure parse speed (beside pdftotext), indexing, growth, memory and query latency on synthetic packs.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--work", description = "Folder for generated packs and indexes (default: ${DEFAULT-VALUE}, git-ignored).")
  Path work = Path.of("data/bench");

  @Option(names = "--packs", description = "Packs in the parse and index corpus (default: ${DEFAULT-VALUE}).")
  int packs = 100;

  @Option(names = "--growth-unit", description = "Packs in the 1x growth corpus (default: ${DEFAULT-VALUE}).")
  int growthUnit = 10;

  @Option(names = "--query-pages", description = "Pages the query index holds at least (default: ${DEFAULT-VALUE}).")
  int queryPages = 100_000;

  @Option(names = "--requests", description = "Requests per concurrency level (default: ${DEFAULT-VALUE}).")
  int requests = 3000;

  @Option(names = "--clients", split = ",", description = "Concurrency levels (default: 1,8,32).")
  List<Integer> clients = List.of(1, 8, 32);

  @Option(names = "--no-memory", description = "Skip the memory runs (child JVMs).")
  boolean noMemory;

  @Option(names = "--compare-solr", paramLabel = "URLS",
      description = "Only compare the embedded index with SolrCloud at these node URLs: index the query corpus into both, "
          + "serve both, run the same query mix against each.")
  String compareSolr;

  @Option(names = "--solr-shards", description = "Shards of the comparison collection (default: ${DEFAULT-VALUE}).")
  int solrShards = 2;

  @Option(names = "--solr-replicas", description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
  int solrReplicas = 2;

  @Option(names = "--query-only", description = "Only the query section: the query index and its load at each number of clients.")
  boolean queryOnly;

  @Option(names = "--quick", description = "A smoke run on a few packs (what CI runs); its figures mean little.")
  boolean quick;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Benchmark.Options o = quick
        ? new Benchmark.Options(work, 3, 1, 500, 60, List.of(1, 4), !noMemory, queryOnly)
        : new Benchmark.Options(work, packs, growthUnit, queryPages, requests, clients, !noMemory, queryOnly);
    spec.commandLine().getOut().printf("# agenda bench%s%n%n", quick ? " --quick (smoke run)" : "");
    if (compareSolr != null) {
      new org.agendasearch.web.bench.BackendComparison(o, org.agendasearch.solr.SolrSettings.of(compareSolr)
          .withAlias("agenda_bench").withLayout(solrShards, solrReplicas), spec.commandLine().getOut()).run();
      return 0;
    }
    new Benchmark(o, spec.commandLine().getOut()).run();
    return 0;
  }
}
