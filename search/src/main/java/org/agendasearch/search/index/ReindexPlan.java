package org.agendasearch.search.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.extract.ExtractionException;

/**
 * What an incremental reindex has to do, whichever engine holds the index: the files to read (new
 * or changed), how many are unchanged, and the indexed files that are gone from the corpus. A file
 * with the same size and time as when indexed is unchanged without being read; otherwise its
 * SHA-256 decides, so a file touched but not changed is still skipped (as git does). A file whose
 * {@code meeting.json} changed is read again: that is where its meeting's committee, date and venue
 * come from.
 */
public record ReindexPlan(List<Path> toRead, int unchanged, List<String> removed) {

  /**
   * @param known the indexed files' digests by corpus-relative path (empty for a full rebuild)
   * @param stamps the indexed files' "size:millis" stamps by path
   */
  public static ReindexPlan of(Path corpus, List<Path> files, Map<String, String> known, Map<String, String> stamps) {
    List<Path> toRead = new ArrayList<>();
    Set<String> present = new HashSet<>();
    int unchanged = 0;
    for (Path file : files) {
      String relative = CorpusReader.relative(corpus, file);
      present.add(relative);
      String sha = known.get(relative);
      String stamp = CorpusReader.stamp(file);
      String indexed = stamps.get(relative);
      // Touched but not changed is unchanged, unless its meeting.json (the authority on its meeting) changed.
      boolean same = sha != null && (stamp.equals(indexed)
          || (CorpusReader.meetingStamp(stamp).equals(CorpusReader.meetingStamp(indexed)) && sha.equals(sha256OrNull(file))));
      if (same) {
        unchanged++;
      } else {
        toRead.add(file);
      }
    }
    List<String> removed = known.keySet().stream().filter(s -> !present.contains(s)).sorted().toList();
    return new ReindexPlan(List.copyOf(toRead), unchanged, removed);
  }

  /**
   * Every file read again, and the indexed files gone from {@code files} removed: what a scoped
   * {@code --full} run does in place ({@code known} holds only the files in its scope).
   */
  public static ReindexPlan everything(Path corpus, List<Path> files, Map<String, String> known) {
    Set<String> present = new HashSet<>();
    files.forEach(f -> present.add(CorpusReader.relative(corpus, f)));
    List<String> removed = known.keySet().stream().filter(s -> !present.contains(s)).sorted().toList();
    return new ReindexPlan(List.copyOf(files), 0, removed);
  }

  /** Nothing was added, changed or removed. */
  public boolean nothingToDo() {
    return toRead.isEmpty() && removed.isEmpty();
  }

  private static String sha256OrNull(Path file) {
    try {
      return Ingestor.sha256(file);
    } catch (ExtractionException e) {
      return null;
    }
  }
}
