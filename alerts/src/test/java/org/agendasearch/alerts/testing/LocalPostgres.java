package org.agendasearch.alerts.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL for the tests, started once per test JVM from Debian's binaries
 * ({@code /usr/lib/postgresql/N/bin}) in a folder of its own, on a free port of 127.0.0.1, and
 * stopped when the JVM ends. Each test gets a new database ({@link #newDatabase}). PostgreSQL refuses
 * to run as root, so as root (CI, these machines) it runs as the {@code postgres} user that Debian's
 * package creates. With no PostgreSQL installed the test is skipped with a sentence saying so; CI
 * installs it ({@code .ci/run}).
 */
public final class LocalPostgres {

  private static LocalPostgres instance;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Path dir;
  private final int port;
  private final List<String> asUser;
  private final Path bin;

  private LocalPostgres(Path dir, int port, List<String> asUser, Path bin) {
    this.dir = dir;
    this.port = port;
    this.asUser = asUser;
    this.bin = bin;
  }

  /** The JDBC address of a new, empty database on the shared server (starting it first if need be). */
  public static synchronized String newDatabase() {
    Optional<Path> bin = binaries();
    Assumptions.assumeTrue(bin.isPresent(),
        "PostgreSQL is not installed here (apt-get install postgresql; .ci/run installs it): the PostgreSQL case is skipped");
    try {
      if (instance == null) {
        instance = start(bin.get());
        Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
      }
      String name = "agenda_test_" + DATABASES.incrementAndGet();
      try (Connection c = DriverManager.getConnection(instance.url("postgres")); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return instance.url(name);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("could not start the test PostgreSQL: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=agenda";
  }

  /** The newest installed version's bin folder with initdb and pg_ctl. */
  static Optional<Path> binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparingInt(b -> version(b.getParent().getFileName().toString())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int version(String name) {
    return name.matches("\\d+") ? Integer.parseInt(name) : 0;
  }

  private static LocalPostgres start(Path bin) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("agenda-pg");
    List<String> asUser = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      run(List.of("chown", "postgres:", dir.toString()), dir);
      asUser.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    LocalPostgres pg = new LocalPostgres(dir, port, asUser, bin);
    pg.as(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "agenda",
        "--auth=trust", "-E", "UTF8", "--no-sync"));
    // Sockets in its own folder, TCP on loopback only, no fsync: a throwaway server.
    pg.as(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
        dir.resolve("log").toString(), "-w", "-t", "60", "-o",
        "-p " + port + " -k " + dir + " -h 127.0.0.1 -F", "start"));
    return pg;
  }

  private void as(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(asUser);
    full.addAll(command);
    run(full, dir);
  }

  private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + " failed: " + out);
    }
  }

  private void stop() {
    try {
      as(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"));
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // the JVM is ending: a leftover temp folder is all that is lost
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
