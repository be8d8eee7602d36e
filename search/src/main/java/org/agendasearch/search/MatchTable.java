package org.agendasearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches of a fold pass in columns of primitives (global doc id, file, pages, page or not,
 * score), and the page half of {@link Folding} done on them: a page folds into every record of its
 * file whose pages cover it, and a record over several pages lists the matching pages it covers,
 * best first. Exactly what {@link Folding#of} does with one {@link Folding.Match} per match, without
 * an object per match: a broad query matches most of the index. (Copies of a fact are left to
 * {@link Folding}: they are few.)
 */
final class MatchTable {

  private int size;
  private int[] docs = new int[64];
  private int[] files = new int[64];
  private int[] firsts = new int[64];
  private int[] lasts = new int[64];
  private float[] scores = new float[64];
  private final FixedBitSet pages;
  /** Grouped by file, stable: positions into the columns (null: the columns are in that order). */
  private int[] order;
  /** A record over several pages that covers a matching page: its file's run in {@link #order}, its first and last page. */
  private final Map<Integer, int[]> coverings = new HashMap<>();

  /** Room for matches among {@code maxDoc} documents. */
  MatchTable(int maxDoc) {
    this.pages = new FixedBitSet(Math.max(1, maxDoc));
  }

  /** Adds a match (in the order the pass finds them). */
  void add(int doc, int file, int first, int last, boolean page, float score) {
    if (size == docs.length) {
      int n = size * 2; // doubling: a broad query adds 150,000 matches
      docs = Arrays.copyOf(docs, n);
      files = Arrays.copyOf(files, n);
      firsts = Arrays.copyOf(firsts, n);
      lasts = Arrays.copyOf(lasts, n);
      scores = Arrays.copyOf(scores, n);
    }
    docs[size] = doc;
    files[size] = file;
    firsts[size] = first;
    lasts[size] = last;
    scores[size] = score;
    if (page) {
      pages.set(size);
    }
    size++;
  }

  /** Folds the pages: sets the folded pages' doc ids in {@code folded}. Once, after the last {@link #add}. */
  void foldPages(FixedBitSet folded) {
    int[] starts = groupByFile();
    int[] records = new int[16];
    int[] recordFirsts = new int[16];
    int[] recordLasts = new int[16];
    for (int g = 0; g + 1 < starts.length; g++) {
      int n = 0;
      boolean anyPage = false;
      for (int k = starts[g]; k < starts[g + 1]; k++) {
        int m = at(k);
        if (isPage(m)) {
          anyPage = true;
        } else {
          if (n == records.length) {
            records = ArrayUtil.grow(records, n + 1);
            recordFirsts = ArrayUtil.grow(recordFirsts, n + 1);
            recordLasts = ArrayUtil.grow(recordLasts, n + 1);
          }
          records[n] = m;
          recordFirsts[n] = firsts[m];
          recordLasts[n] = lasts[m];
          n++;
        }
      }
      if (!anyPage || n == 0) {
        continue;
      }
      boolean[] coversAPage = new boolean[n];
      for (int k = starts[g]; k < starts[g + 1]; k++) {
        int p = at(k);
        if (!isPage(p)) {
          continue;
        }
        int page = firsts[p];
        boolean covered = false;
        for (int i = 0; i < n; i++) {
          if (recordFirsts[i] <= page && page <= recordLasts[i]) {
            covered = true;
            coversAPage[i] |= recordLasts[i] > recordFirsts[i];
          }
        }
        if (covered) {
          folded.set(docs[p]);
        }
      }
      for (int i = 0; i < n; i++) {
        if (coversAPage[i]) {
          coverings.put(docs[records[i]], new int[] {starts[g], starts[g + 1], recordFirsts[i], recordLasts[i]});
        }
      }
    }
  }

  /** The matching pages of a record over several pages (global doc id), best first; empty for others. */
  List<Folding.PageMatch<Integer>> pagesOf(int doc) {
    int[] c = coverings.get(doc);
    if (c == null) {
      return List.of();
    }
    List<Folding.PageMatch<Integer>> out = new ArrayList<>();
    for (int k = c[0]; k < c[1]; k++) {
      int p = at(k);
      if (isPage(p) && c[2] <= firsts[p] && firsts[p] <= c[3]) {
        out.add(new Folding.PageMatch<>(docs[p], firsts[p], scores[p]));
      }
    }
    out.sort(Folding.BEST_FIRST);
    return java.util.Collections.unmodifiableList(out);
  }

  /** The matches as {@link Folding} takes them, with {@code facts} (by doc id) where a match has one: for tests. */
  List<Folding.Match<Integer>> matches(Map<Integer, Folding.Match<Integer>> facts) {
    List<Folding.Match<Integer>> out = new ArrayList<>(size);
    for (int m = 0; m < size; m++) {
      Folding.Match<Integer> f = facts.get(docs[m]);
      out.add(new Folding.Match<>(docs[m], files[m], firsts[m], lasts[m], isPage(m), f == null ? null : f.fact(),
          scores[m], f == null ? null : f.place()));
    }
    return out;
  }

  private boolean isPage(int m) {
    return pages.get(m);
  }

  private int at(int k) {
    return order == null ? k : order[k];
  }

  /**
   * Where each file's run of matches starts (and, last, the end). A file is one block of one
   * segment, so its matches come one after another as a rule; when a file comes back after
   * another (the records without a document, one file in every segment), the matches are sorted
   * by file, in the order found within each.
   */
  private int[] groupByFile() {
    int[] starts = new int[16];
    int runs = 0;
    Set<Integer> seen = new HashSet<>();
    boolean contiguous = true;
    for (int m = 0; m < size; m++) {
      if (m == 0 || files[m] != files[m - 1]) {
        if (!seen.add(files[m])) {
          contiguous = false;
          break;
        }
        starts = ArrayUtil.grow(starts, runs + 2);
        starts[runs++] = m;
      }
    }
    if (contiguous) {
      starts = ArrayUtil.grow(starts, runs + 1);
      starts[runs] = size;
      return Arrays.copyOf(starts, runs + 1);
    }
    long[] keys = new long[size];
    for (int m = 0; m < size; m++) {
      keys[m] = ((long) files[m] << 32) | m; // files are >= -1: a signed sort keeps them apart, m breaks ties
    }
    Arrays.sort(keys);
    order = new int[size];
    runs = 0;
    starts = new int[16];
    for (int k = 0; k < size; k++) {
      order[k] = (int) keys[k];
      if (k == 0 || (int) (keys[k] >> 32) != (int) (keys[k - 1] >> 32)) {
        starts = ArrayUtil.grow(starts, runs + 2);
        starts[runs++] = k;
      }
    }
    starts = ArrayUtil.grow(starts, runs + 1);
    starts[runs] = size;
    return Arrays.copyOf(starts, runs + 1);
  }
}
