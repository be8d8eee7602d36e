package org.agendasearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where the repository's files are, whichever module's folder the tests run in. */
public final class TestFiles {

  private TestFiles() {}

  public static Path repoRoot() {
    String prop = System.getProperty("agenda.repo.root");
    Path p = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("corpus"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find the repository root (a folder with corpus/)");
    }
    return p;
  }

  /** A sample pack of the bundled corpus, {@code 001_aa98a297444b1522.pdf}. */
  public static Path sample(String name) {
    return repoRoot().resolve("corpus").resolve(name);
  }

  /**
   * A corpus under {@code root} made of sample packs: each key a path in it ({@code a/2015/x.pdf}),
   * each value the sample copied there.
   */
  public static Path corpusOfSamples(Path root, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.createDirectories(root.resolve(f.getKey()).getParent());
      Files.copy(sample(f.getValue()), root.resolve(f.getKey()));
    }
    return root;
  }

  public static Path faulty(String name) {
    return repoRoot().resolve("ingest/src/test/resources/faulty").resolve(name);
  }
}
