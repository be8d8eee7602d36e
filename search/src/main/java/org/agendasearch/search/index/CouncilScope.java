package org.agendasearch.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.agendasearch.ingest.corpus.Councils;

/**
 * Which councils a reindex may touch: every one (a plain reindex), or some, named by slug
 * ({@code agenda reindex --council shropshire-council}). A file is in scope when the council it
 * belongs to by its path ({@link Councils#councilOf}: {@code corpus/<slug>/...}, or the default
 * council for a file directly under the corpus) is one of the slugs; a file with no council at all
 * (no councils.json, directly under the corpus) has the slug {@code ""}. A scoped reindex reads,
 * replaces and deletes only files in scope, so runs for different councils never delete each
 * other's records.
 *
 * <pre>{@code
 * CouncilScope scope = CouncilScope.of(List.of("shropshire-council"));
 * scope.contains(councils, "shropshire-council/cabinet/2024-01-17_1/pack.pdf"); // true
 * scope.contains(councils, "herefordshire-council/x.pdf");                        // false
 * }</pre>
 *
 * @param slugs the councils in scope, sorted; empty for every council
 */
public record CouncilScope(Set<String> slugs) {

  /** Every council: a plain reindex. */
  public static final CouncilScope ALL = new CouncilScope(Set.of());

  public CouncilScope {
    slugs = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(slugs));
  }

  /** The scope of these slugs ({@link #ALL} when none). */
  public static CouncilScope of(java.util.Collection<String> slugs) {
    return slugs == null || slugs.isEmpty() ? ALL : new CouncilScope(new TreeSet<>(slugs));
  }

  /** True for a reindex of every council. */
  public boolean all() {
    return slugs.isEmpty();
  }

  /** The council slug of a corpus file by its path, "" for a file that belongs to no council. */
  public static String slugOf(Councils councils, String relative) {
    return councils.councilOf(relative).map(c -> c.slug()).orElse("");
  }

  /** Whether the file at corpus-relative {@code relative} is in scope. */
  public boolean contains(Councils councils, String relative) {
    return all() || slugs.contains(slugOf(councils, relative));
  }

  /** The corpus files in scope, in their order. */
  public List<Path> files(Path corpus, Councils councils, List<Path> files) {
    return all() ? files : files.stream().filter(f -> contains(councils, CorpusReader.relative(corpus, f))).toList();
  }

  /** The entries of a map keyed by corpus-relative path that are in scope. */
  public Map<String, String> bySource(Councils councils, Map<String, String> bySource) {
    return all() ? bySource : bySource.entrySet().stream().filter(e -> contains(councils, e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The councils (slugs) that a corpus's files belong to, sorted ("" for files of no council). */
  public static List<String> councilsOf(Path corpus, Councils councils, List<Path> files) {
    TreeSet<String> slugs = new TreeSet<>();
    for (Path f : files) {
      slugs.add(slugOf(councils, CorpusReader.relative(corpus, f)));
    }
    return List.copyOf(slugs);
  }

  /**
   * Checks that every slug names a council of the corpus: one that councils.json lists or that has
   * files. An unknown slug is a mistake (a typo would otherwise index nothing and say nothing).
   *
   * @throws UnknownCouncilException naming the slugs that are not councils of the corpus
   */
  public void check(Path corpus, Councils councils, List<Path> files) throws UnknownCouncilException {
    check(corpus, councils, files, s -> false);
  }

  /**
   * As {@link #check(Path, Councils, List)}, where a council is also known when {@code indexed}
   * says the index holds its records: a council whose folder was deleted is reindexed to nothing.
   */
  public void check(Path corpus, Councils councils, List<Path> files, java.util.function.Predicate<String> indexed)
      throws UnknownCouncilException {
    Set<String> known = new TreeSet<>(councilsOf(corpus, councils, files));
    councils.councils().forEach(c -> known.add(c.slug()));
    List<String> unknown = new ArrayList<>(slugs.stream().filter(s -> !known.contains(s) && !indexed.test(s)).toList());
    if (!unknown.isEmpty()) {
      known.remove("");
      throw new UnknownCouncilException("no council " + String.join(", ", unknown.stream().map(s -> "\"" + s + "\"")
          .toList()) + " in " + corpus + " (its councils: " + (known.isEmpty() ? "none" : String.join(", ", known))
          + ")");
    }
  }

  /**
   * The councils that worker {@code worker} (1 to {@code workers}) of a shared build reads: the
   * sorted slugs dealt round, so every worker that sees the same corpus agrees ({@code [a, b, c]},
   * 2 workers: worker 1 reads a and c, worker 2 reads b). Empty when there are more workers than
   * councils.
   */
  public static List<String> share(List<String> sortedSlugs, int worker, int workers) {
    if (workers < 1 || worker < 1 || worker > workers) {
      throw new IllegalArgumentException("--worker is 1 to --workers (" + workers + "), not " + worker);
    }
    List<String> mine = new ArrayList<>();
    for (int i = worker - 1; i < sortedSlugs.size(); i += workers) {
      mine.add(sortedSlugs.get(i));
    }
    return List.copyOf(mine);
  }

  @Override
  public String toString() {
    return all() ? "every council" : String.join(", ", slugs.stream().map(s -> s.isEmpty() ? "(no council)" : s).toList());
  }

  /** A scope that names a council the corpus does not have. */
  public static final class UnknownCouncilException extends IOException {
    public UnknownCouncilException(String message) {
      super(message);
    }
  }
}
