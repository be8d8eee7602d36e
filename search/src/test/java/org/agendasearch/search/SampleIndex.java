package org.agendasearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;

/** The sample corpus indexed once per test JVM into a temporary folder. */
public final class SampleIndex {

  private static Path root;
  private static BuildSummary summary;

  private SampleIndex() {}

  public static synchronized Path root() {
    if (root == null) {
      try {
        root = Files.createTempDirectory("agenda-index");
        summary = new IndexBuilder(new Ingestor(), 2).rebuild(corpus(), new IndexLayout(root), r -> { });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  public static synchronized BuildSummary summary() {
    root();
    return summary;
  }

  public static Path corpus() {
    return TestFiles.repoRoot().resolve("corpus");
  }
}
