package org.agendasearch.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which matches fold into others before anything is counted, the same for every backend (the
 * backend only lists its matches):
 *
 * <ul>
 *   <li>a page match folds into a matching record of the same file whose pages cover it (the
 *       record is what people look for; the page only repeats its words);
 *   <li>a matching record over several pages (a report) learns which of its pages match, best
 *       first, so that its hit can show and link to its best page;
 *   <li>the same minute or resolution read from several files (a later pack and the standalone
 *       minutes) is one hit: the best-scoring copy stays and lists the others.
 * </ul>
 *
 * @param <K> how the backend names a match (a Lucene doc id, a Solr record id)
 */
public final class Folding<K> {

  /**
   * One match: its file, the pages its text covers, whether it is a page record, the fact it
   * records (minutes and resolutions only, else null), its score, and (with a fact) its place
   * among the copies of the fact when scores are equal ({@link #place}).
   */
  public record Match<K>(K key, Object file, int first, int last, boolean page, String fact, float score,
      String place) {}

  /** The order of equal-scoring copies, the same on every backend: by document id, then place in it. */
  public static String place(String documentId, int ordinal) {
    if (ordinal < 0) {
      return documentId + "#" + String.format(java.util.Locale.ROOT, "%09d", ordinal);
    }
    // As "%09d" writes it, without a Formatter (a broad query places thousands of facts).
    String digits = Integer.toString(ordinal);
    StringBuilder b = new StringBuilder(documentId.length() + 1 + Math.max(9, digits.length())).append(documentId).append('#');
    for (int i = digits.length(); i < 9; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }

  /** A matching page of a record: its key, its PDF page number and its score. */
  public record PageMatch<K>(K key, int page, float score) {}

  private final Set<K> folded;
  /** The records over several pages that cover a matching page; their pages are listed when asked for. */
  private final Map<K, Covering<K>> multiPage = new HashMap<>();
  private final Map<K, List<K>> copiesOf = new HashMap<>();

  private Folding(int matches) {
    // Most matches of a broad query are pages that fold: room for all at once, not grown step by step.
    this.folded = LinkedHashSet.newLinkedHashSet(matches);
  }

  /**
   * Folds {@code matches} (in any order); copies of equal score keep the first by
   * {@link Match#place}, so that every backend keeps the same one.
   */
  public static <K> Folding<K> of(List<Match<K>> matches) {
    Folding<K> f = new Folding<>(matches.size());
    Map<Object, List<Match<K>>> byFile = new HashMap<>();
    Map<String, List<Match<K>>> byFact = new HashMap<>();
    Object lastFile = null;
    List<Match<K>> ofLastFile = null;
    for (Match<K> m : matches) {
      if (ofLastFile == null || !java.util.Objects.equals(m.file(), lastFile)) {
        // A backend lists a file's matches together as a rule: one look-up for the run of them.
        lastFile = m.file();
        ofLastFile = byFile.computeIfAbsent(lastFile, k -> new ArrayList<>());
      }
      ofLastFile.add(m);
      if (m.fact() != null) {
        byFact.computeIfAbsent(m.fact(), k -> new ArrayList<>()).add(m);
      }
    }
    for (List<Match<K>> file : byFile.values()) {
      f.foldPages(file);
    }
    for (List<Match<K>> copies : byFact.values()) {
      if (copies.size() > 1) {
        copies.sort(Comparator.comparingDouble((Match<K> m) -> m.score()).reversed()
            .thenComparing(m -> m.place() == null ? "" : m.place()));
        List<K> others = new ArrayList<>();
        for (Match<K> c : copies.subList(1, copies.size())) {
          f.folded.add(c.key());
          others.add(c.key());
        }
        f.copiesOf.put(copies.get(0).key(), others);
      }
    }
    return f;
  }

  private void foldPages(List<Match<K>> file) {
    List<Match<K>> records = new ArrayList<>();
    List<Match<K>> pages = new ArrayList<>();
    for (Match<K> m : file) {
      (m.page() ? pages : records).add(m);
    }
    if (pages.isEmpty() || records.isEmpty()) {
      return;
    }
    // Every page against every record of its file: their page ranges in arrays, read in a tight loop.
    int n = records.size();
    int[] firsts = new int[n];
    int[] lasts = new int[n];
    for (int i = 0; i < n; i++) {
      firsts[i] = records.get(i).first();
      lasts[i] = records.get(i).last();
    }
    boolean[] coversAPage = new boolean[n];
    for (Match<K> p : pages) {
      int page = p.first();
      boolean covered = false;
      for (int i = 0; i < n; i++) {
        if (firsts[i] <= page && page <= lasts[i]) {
          covered = true;
          coversAPage[i] |= lasts[i] > firsts[i];
        }
      }
      if (covered) {
        folded.add(p.key());
      }
    }
    for (int i = 0; i < records.size(); i++) {
      if (coversAPage[i]) {
        multiPage.put(records.get(i).key(), new Covering<>(records.get(i), pages));
      }
    }
  }

  /** A record over several pages that covers matching pages, with every matching page of its file. */
  private record Covering<K>(Match<K> record, List<Match<K>> pagesOfFile) {
    /** The matching pages the record covers, in the file's order. */
    List<PageMatch<K>> pages() {
      List<PageMatch<K>> out = new ArrayList<>();
      for (Match<K> p : pagesOfFile) {
        if (record.first() <= p.first() && p.first() <= record.last()) {
          out.add(new PageMatch<>(p.key(), p.first(), p.score()));
        }
      }
      return out;
    }
  }

  /** The matches that leave the results: folded pages and the other copies of a fact. */
  public Set<K> folded() {
    return folded;
  }

  /**
   * The matching pages of a record over several pages, best first (by score, then page number);
   * empty for others. Sorted when asked for: a search shows the pages of a few hits, while a broad
   * query's matches hold the pages of thousands of records.
   */
  public List<PageMatch<K>> pagesOf(K key) {
    Covering<K> covering = multiPage.get(key);
    if (covering == null) {
      return List.of();
    }
    List<PageMatch<K>> sorted = covering.pages();
    sorted.sort(BEST_FIRST);
    return Collections.unmodifiableList(sorted);
  }

  /** Higher score first, then the lower page number. */
  static final Comparator<PageMatch<?>> BEST_FIRST = (a, b) -> {
    int byScore = Double.compare(b.score(), a.score());
    return byScore != 0 ? byScore : Integer.compare(a.page(), b.page());
  };

  /** The other copies of a minute or resolution read from several files. */
  public List<K> copiesOf(K key) {
    return copiesOf.getOrDefault(key, List.of());
  }
}
