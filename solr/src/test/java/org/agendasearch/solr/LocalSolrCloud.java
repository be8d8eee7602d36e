package org.agendasearch.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud of N nodes and an embedded ZooKeeper on this machine, for tests: Solr's own
 * MiniSolrCloudCluster started by the solr-cluster module's launcher in a JVM of its own (the Solr
 * server brings its own Lucene and Jetty). Nodes can be stopped and started again.
 */
public final class LocalSolrCloud implements AutoCloseable {

  private static final String LAUNCHER = "org.agendasearch.solrcluster.SolrClusterMain";
  private static final String CLASSPATH_RESOURCE = "/agenda-solr-cluster.classpath";

  private final Process process;
  private final PrintWriter commands;
  private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(1000);
  private final List<String> urls = new ArrayList<>();
  private final Path dir;

  private LocalSolrCloud(int nodes) throws IOException {
    dir = Files.createTempDirectory("agenda-solrcloud");
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + (256 + 256 * nodes) + "m", "-cp", launcherClasspath(), LAUNCHER,
        "--nodes", Integer.toString(nodes), "--dir", dir.toString());
    process = new ProcessBuilder(cmd).redirectError(dir.resolve("cluster.log").toFile()).start();
    commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          lines.offer(line);
        }
      } catch (IOException e) {
        // the cluster is gone
      }
      lines.offer("exited");
    }, "solrcloud-output");
    reader.setDaemon(true);
    reader.start();
    for (String line = next(180); !line.equals("ready"); line = next(180)) {
      if (line.startsWith("node ")) {
        urls.add(line.split(" ")[2]);
      }
    }
  }

  /** Starts a cluster of {@code nodes} nodes; fails with the launcher's log if it does not come up. */
  public static LocalSolrCloud start(int nodes) {
    try {
      return new LocalSolrCloud(nodes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The nodes' base URLs ("http://127.0.0.1:41234/solr"). */
  public List<String> urls() {
    return List.copyOf(urls);
  }

  /** Settings for a collection of {@code shards} shards and {@code replicas} replicas under {@code alias}. */
  public SolrSettings settings(String alias, int shards, int replicas) {
    return new SolrSettings(urls, alias, shards, replicas);
  }

  /** Stops node {@code n} (as if its machine went down). */
  public void stopNode(int n) {
    send("stop " + n, "stopped " + n);
  }

  /** Starts node {@code n} again on its port. */
  public void startNode(int n) {
    send("start " + n, "started " + n);
  }

  private void send(String command, String expected) {
    commands.println(command);
    String line = next(180);
    if (!line.startsWith(expected)) {
      throw new IllegalStateException("cluster answered \"" + line + "\" to \"" + command + "\"");
    }
  }

  private String next(int seconds) {
    try {
      String line = lines.poll(seconds, TimeUnit.SECONDS);
      if (line == null || line.equals("exited")) {
        throw new IllegalStateException("the local SolrCloud " + (line == null ? "did not answer in " + seconds + " s"
            : "exited") + "; its log: " + dir.resolve("cluster.log") + "\n" + tail());
      }
      return line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String tail() {
    try {
      List<String> all = Files.readAllLines(dir.resolve("cluster.log"), StandardCharsets.ISO_8859_1);
      return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
    } catch (IOException e) {
      return "";
    }
  }

  /** The launcher's class path: its own jar or classes folder, and the Solr jars it was built with. */
  static String launcherClasspath() {
    URL url = LocalSolrCloud.class.getResource(CLASSPATH_RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the solr-cluster module is not on the test class path (build it: mvn install)");
    }
    try {
      String root;
      String deps;
      if (url.getProtocol().equals("jar")) {
        String jar = url.getPath().substring(0, url.getPath().indexOf("!/"));
        root = Path.of(java.net.URI.create(jar)).toString();
      } else {
        root = Path.of(url.toURI()).getParent().toString();
      }
      try (var in = url.openStream()) {
        deps = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      return root + java.io.File.pathSeparator + deps;
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read the solr-cluster class path from " + url, e);
    }
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    commands.println("quit");
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
