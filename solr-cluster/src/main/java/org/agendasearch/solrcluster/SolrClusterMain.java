package org.agendasearch.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud of N nodes and an embedded ZooKeeper on this machine, driven through standard input,
 * for the tests and benchmarks that need a real cluster. It runs in a JVM of its own (the Solr
 * server brings its own Lucene and Jetty).
 *
 * <pre>
 * java -cp ... org.agendasearch.solrcluster.SolrClusterMain --nodes 2 --dir /tmp/cluster
 * node 0 http://127.0.0.1:41234/solr
 * node 1 http://127.0.0.1:39871/solr
 * ready
 * stop 1        (stops node 1: its replicas go down)
 * stopped 1
 * start 1       (starts it again on the same port)
 * started 1 http://127.0.0.1:39871/solr
 * quit
 * </pre>
 *
 * Standard input closing (the parent died) shuts the cluster down too.
 */
public final class SolrClusterMain {

  private SolrClusterMain() {}

  public static void main(String[] args) throws Exception {
    int nodes = 2;
    Path dir = null;
    for (int i = 0; i < args.length - 1; i++) {
      switch (args[i]) {
        case "--nodes" -> nodes = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null) {
      dir = Files.createTempDirectory("agenda-solr-cluster");
    }
    Files.createDirectories(dir);
    // Jetty binds to loopback only; Solr's allow-list must accept the nodes' own addresses.
    System.setProperty("host", "127.0.0.1");
    System.setProperty("solr.allowPaths", "*");
    System.setProperty("solr.disable.allowUrls", "true");
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(nodes, dir,
        JettyConfig.builder().setPort(0).stopAtShutdown(true).build());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster)));
    // Our own copy: the cluster's list loses a node when it stops.
    List<JettySolrRunner> runners = new java.util.ArrayList<>(cluster.getJettySolrRunners());
    for (int i = 0; i < runners.size(); i++) {
      out.println("node " + i + " " + runners.get(i).getBaseUrl());
    }
    out.println("zk " + cluster.getZkServer().getZkAddress());
    out.println("ready");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      String[] cmd = line.strip().split("\\s+");
      try {
        switch (cmd[0]) {
          case "stop" -> {
            int n = Integer.parseInt(cmd[1]);
            try {
              cluster.stopJettySolrRunner(runners.get(n));
            } catch (Exception e) {
              // Jetty's graceful stop can outlast its own timeout (an overseer handing over): what
              // matters is that the node is down, so wait for that instead.
              long until = System.nanoTime() + 60_000_000_000L;
              while (runners.get(n).isRunning() && System.nanoTime() < until) {
                Thread.sleep(200);
              }
              if (runners.get(n).isRunning()) {
                throw e;
              }
            }
            out.println("stopped " + n);
          }
          case "start" -> {
            int n = Integer.parseInt(cmd[1]);
            JettySolrRunner j = cluster.startJettySolrRunner(runners.get(n), true);
            cluster.waitForNode(j, 60);
            runners.set(n, j);
            out.println("started " + n + " " + j.getBaseUrl());
          }
          case "quit" -> {
            shutdown(cluster);
            out.println("bye");
            System.exit(0);
          }
          default -> out.println("error unknown command " + cmd[0]);
        }
      } catch (Exception e) {
        out.println("error " + e);
      }
    }
    shutdown(cluster);
    System.exit(0);
  }

  private static void shutdown(MiniSolrCloudCluster cluster) {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      // exiting anyway
    }
  }
}
