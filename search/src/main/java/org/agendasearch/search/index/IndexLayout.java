package org.agendasearch.search.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index folder: one Lucene index per generation ({@code gen-000007/}), a {@code CURRENT} file
 * naming the live one, a lock held while a reindex runs, and the reindex reports. A rebuild writes a
 * new generation and only then rewrites {@code CURRENT} with an atomic rename, so the live index is
 * never touched by a rebuild, whenever it stops.
 */
public final class IndexLayout {

  static final String CURRENT = "CURRENT";
  static final String LOCK = "reindex.lock";
  static final String PREFIX = "gen-";

  private final Path root;

  public IndexLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The live generation's folder, if there is one. */
  public Optional<Path> current() {
    Path pointer = root.resolve(CURRENT);
    try {
      if (!Files.isRegularFile(pointer)) {
        return Optional.empty();
      }
      String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      Path dir = root.resolve(name);
      return name.startsWith(PREFIX) && Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A new, empty generation folder, numbered after every existing one. */
  Path newGeneration() throws IOException {
    Files.createDirectories(root);
    int next = generations().stream()
        .map(p -> p.getFileName().toString().substring(PREFIX.length()))
        .filter(s -> s.matches("\\d+"))
        .mapToInt(Integer::parseInt).max().orElse(0) + 1;
    Path dir = root.resolve(String.format("%s%06d", PREFIX, next));
    Files.createDirectories(dir);
    return dir;
  }

  /** Makes {@code generation} the live one: write a temp file, fsync it, rename it over CURRENT. */
  void publish(Path generation) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(StandardCharsets.UTF_8.encode(generation.getFileName().toString() + "\n"));
      ch.force(true);
    }
    try {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes generations other than the live one and the one before it (a server may still read it). */
  void pruneOldGenerations() throws IOException {
    Optional<Path> live = current();
    List<Path> gens = generations();
    for (int i = 0; i < gens.size() - 2; i++) {
      Path g = gens.get(i);
      if (live.isEmpty() || !g.equals(live.get())) {
        deleteTree(g);
      }
    }
  }

  List<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(PREFIX))
          .sorted().toList();
    }
  }

  /**
   * Takes the reindex lock, or says who holds it. The lock is an OS file lock: it is released when
   * the process dies, even by {@code kill -9}, so a crashed reindex never blocks the next one.
   */
  public Lock lock() throws IOException {
    Files.createDirectories(root);
    FileChannel ch = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      ch.close();
      throw new IndexBusyException("another reindex is already running on " + root + "; wait for it to finish");
    }
    return new Lock(ch, lock);
  }

  /** A held reindex lock. */
  public record Lock(FileChannel channel, FileLock lock) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      lock.release();
      channel.close();
    }
  }

  /** Thrown when a second reindex would run beside the first. */
  public static final class IndexBusyException extends IOException {
    public IndexBusyException(String message) {
      super(message);
    }
  }

  /** Deletes a folder and everything in it; nothing when it does not exist. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
