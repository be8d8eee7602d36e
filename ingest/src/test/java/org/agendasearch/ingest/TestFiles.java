package org.agendasearch.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

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

  public static Path faulty(String name) {
    return repoRoot().resolve("ingest/src/test/resources/faulty").resolve(name);
  }
}
