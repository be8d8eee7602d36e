package org.agendasearch.ingest.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.agendasearch.ingest.PackJson;

/**
 * Files written whole or not at all: into a temporary file in the same folder, then moved over the
 * target in one step, so a crash or a full disk never leaves half a file where a reader looks.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Writes {@code value} as indented JSON to {@code target}. */
  public static void writeJson(Path target, Object value) throws IOException {
    write(target, out -> PackJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), value));
  }

  /** Copies {@code in} to {@code target}. */
  public static void copy(InputStream in, Path target) throws IOException {
    write(target, out -> Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING));
  }

  /** Moves a finished temporary file over {@code target}. */
  public static void moveInto(Path finished, Path target) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A temporary file beside {@code target}, hidden (a dot name) and not a type the corpus reads. */
  public static Path tempBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    return Files.createTempFile(dir, "." + target.getFileName(), ".part");
  }

  private interface Writer {
    void write(Path tmp) throws IOException;
  }

  private static void write(Path target, Writer writer) throws IOException {
    Path tmp = tempBeside(target);
    try {
      writer.write(tmp);
      moveInto(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
