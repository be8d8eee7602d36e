package org.agendasearch.web.deps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.util.Version;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;

/**
 * The SolrCloud client brings no second Lucene and no second Jetty onto the embedded path: the
 * web module's class path (which holds SolrJ) has one Lucene, ours, one Jetty, Javalin's, and no
 * Solr server. The Solr server that tests start runs in a JVM of its own (solr-cluster module).
 */
class DependencyHygieneTest {

  private static List<URL> copies(String resource) throws Exception {
    return Collections.list(DependencyHygieneTest.class.getClassLoader().getResources(resource));
  }

  @Test
  void one_lucene_and_it_is_ours() throws Exception {
    assertThat(copies("org/apache/lucene/util/Version.class")).hasSize(1);
    assertThat(copies("org/apache/lucene/index/IndexWriter.class")).hasSize(1);
    assertThat(Version.LATEST.toString()).isEqualTo("10.3.2");
  }

  @Test
  void one_jetty_and_it_is_javalins() throws Exception {
    assertThat(copies("org/eclipse/jetty/server/Server.class")).hasSize(1);
    assertThat(copies("org/eclipse/jetty/util/Jetty.class")).hasSize(1);
    assertThat(Jetty.VERSION).startsWith("11.");
  }

  @Test
  void solrj_is_here_and_no_solr_server_is() throws Exception {
    assertThat(copies("org/apache/solr/client/solrj/impl/CloudSolrClient.class")).hasSize(1);
    assertThat(copies("org/apache/solr/core/SolrCore.class")).isEmpty();
    assertThat(copies("org/apache/solr/cloud/MiniSolrCloudCluster.class")).isEmpty();
  }
}
