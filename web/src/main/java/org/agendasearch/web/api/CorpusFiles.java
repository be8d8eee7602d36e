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

/**
 * Serves original files by document id, and only files the index knows: the id is looked up in
 * the index, the stored path is resolved inside the corpus, and anything that resolves outside it
 * (a symlink, a "..") is a 404.
 */
public final class CorpusFiles {

  private final Path corpus;
  private final SearchBackend store;

  public CorpusFiles(Path corpus, SearchBackend store) {
    this.corpus = corpus.toAbsolutePath().normalize();
    this.store = store;
  }

  /** How long a count of the corpus files is reused: a health check every few seconds walked it each time. */
  static final long COUNT_FOR_NANOS = 30_000_000_000L;
  private volatile long countedAt;
  private volatile int counted = -1;

  /** How many files of the corpus we read (counted again at most every 30 s). */
  /** The corpus folder. */
  public Path corpus() {
    return corpus;
  }

  public int count() {
    long now = System.nanoTime();
    if (counted >= 0 && now - countedAt < COUNT_FOR_NANOS) {
      return counted;
    }
    int n;
    try {
      n = Files.isDirectory(corpus) ? IndexBuilder.corpusFiles(corpus).size() : 0;
    } catch (IOException e) {
      n = 0;
    }
    counted = n;
    countedAt = now;
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
    try {
      Path file = corpus.resolve(source.get()).normalize();
      if (!file.startsWith(corpus) || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Path real = file.toRealPath();
      return real.startsWith(corpus.toRealPath()) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
