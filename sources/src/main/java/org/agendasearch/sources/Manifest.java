package org.agendasearch.sources;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.corpus.AtomicFiles;

/**
 * What a council's fetches have saved ({@code corpus/<council>/.fetch-manifest.json}): per paper,
 * its address, attachment id, file, size and SHA-256. ModernGov sends no ETag or Last-Modified, so
 * a paper is known by its attachment id (or its address, for packs) and compared by content. Saved
 * after every meeting, so an interrupted fetch resumes where it stopped.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(Map<String, Entry> papers) {

  /** The manifest's name in a council's folder (a dot name: never indexed). */
  public static final String FILE_NAME = ".fetch-manifest.json";

  /** A saved paper; {@code file} is relative to the corpus. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Entry(String url, String attachmentId, String file, long bytes, String sha256) {}

  public Manifest {
    papers = new TreeMap<>(papers == null ? Map.of() : papers);
  }

  /** The manifest in a council's folder, empty when there is none yet. */
  public static Manifest load(Path councilFolder) throws IOException {
    Path f = councilFolder.resolve(FILE_NAME);
    return Files.isRegularFile(f) ? PackJson.MAPPER.readValue(f.toFile(), Manifest.class) : new Manifest(Map.of());
  }

  public void save(Path councilFolder) throws IOException {
    AtomicFiles.writeJson(councilFolder.resolve(FILE_NAME), this);
  }

  /** A paper's key: its attachment id when it has one (stable across address changes), else its address. */
  static String key(String attachmentId, String url) {
    return attachmentId != null && !attachmentId.isBlank() ? "attachment:" + attachmentId.strip() : "url:" + url;
  }
}
