package org.agendasearch.web.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.search.index.DocumentIds;
import org.agendasearch.search.index.IndexBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves original files by document id, and only files the index knows: the id is looked up in
 * the index, the stored path is resolved inside the corpus the index was built from (the index
 * records it; the server's {@code --corpus} for an index that does not), and anything that
 * resolves outside it (a symlink, a "..") is a 404.
 */
public final class CorpusFiles {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusFiles.class);

  /** How long a count of the corpus files is reused: a health check every few seconds walked it each time. */
  static final long COUNT_FOR_NANOS = 30_000_000_000L;

  private final Path corpus;
  private final SearchBackend store;
  private volatile Count counted;
  private volatile Path warnedAbout;

  /** A count of a folder's files and when it was made. */
  private record Count(Path folder, int files, long at) {}

  public CorpusFiles(Path corpus, SearchBackend store) {
    this.corpus = corpus.toAbsolutePath().normalize();
    this.store = store;
  }

  /** The corpus folder the server was started with. */
  public Path corpus() {
    return corpus;
  }

  /** The folder the indexed files are in: the one the index records, else the server's. */
  public Path indexedCorpus() {
    Path indexed = store.corpus().map(p -> p.toAbsolutePath().normalize()).orElse(corpus);
    if (!indexed.equals(corpus) && !indexed.equals(warnedAbout)) {
      warnedAbout = indexed;
      LOG.warn("the index was built from {}, not from the server's corpus {}: documents are served from {}", indexed,
          corpus, indexed);
    }
    return indexed;
  }

  /**
   * A sentence when the index was built from another folder than the server's {@code --corpus},
   * else empty.
   */
  public Optional<String> mismatch() {
    Path indexed = indexedCorpus();
    return indexed.equals(corpus) ? Optional.empty() : Optional.of("the index was built from " + indexed
        + ", not from the server's corpus " + corpus + "; documents are served from " + indexed);
  }

  /** How many files of the indexed corpus we read (counted again at most every 30 s). */
  public int count() {
    Path folder = indexedCorpus();
    long now = System.nanoTime();
    Count c = counted;
    if (c != null && c.folder().equals(folder) && now - c.at() < COUNT_FOR_NANOS) {
      return c.files();
    }
    int n;
    try {
      n = Files.isDirectory(folder) ? IndexBuilder.corpusFiles(folder).size() : 0;
    } catch (IOException e) {
      n = 0;
    }
    counted = new Count(folder, n, now);
    return n;
  }

  public void serve(Context ctx) throws IOException {
    String name = ctx.pathParam("file");
    String id = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
    Path file = resolve(id).orElseThrow(() -> new NotFoundResponse("No document with id " + id));
    String type = file.toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
    ctx.contentType(type);
    ctx.header("Content-Disposition", "inline; filename=\"" + file.getFileName().toString().replace("\"", "") + "\"");
    ctx.header("Cache-Control", "public, max-age=3600");
    InputStream in = Files.newInputStream(file);
    ctx.result(in);
  }

  Optional<Path> resolve(String id) {
    if (!DocumentIds.isValid(id)) {
      return Optional.empty();
    }
    Optional<String> source = store.source(id);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    Path root = indexedCorpus();
    try {
      Path file = root.resolve(source.get()).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Path real = file.toRealPath();
      return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
