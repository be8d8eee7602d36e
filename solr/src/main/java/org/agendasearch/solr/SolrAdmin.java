package org.agendasearch.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrException;
import org.agendasearch.search.schema.Schema;

/**
 * The cluster side of the Solr backend: the configset kept in this module's resources (uploaded
 * under a name carrying the schema version, so a live collection's configuration never changes
 * under it), collections, and the alias that searches use.
 */
public final class SolrAdmin implements AutoCloseable {

  /** The configset's files, in resources under org/agendasearch/solr/configset. */
  static final List<String> CONFIGSET_FILES = List.of("solrconfig.xml", "schema.xml", "stopwords_en.txt",
      "query_gap.txt");

  private final SolrSettings settings;
  private final CloudSolrClient client;

  public SolrAdmin(SolrSettings settings) {
    this.settings = settings;
    this.client = SolrClients.cloud(settings);
  }

  /** The configset's name for this schema version. */
  public static String configName() {
    return "agenda-v" + Schema.VERSION;
  }

  /** Uploads the configset (again, if it is there: same name, same files). */
  public void uploadConfigset() throws IOException {
    Path zip = Files.createTempFile("agenda-configset", ".zip");
    try {
      Files.write(zip, configsetZip());
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName(configName());
      upload.setUploadFile(zip, "application/zip");
      upload.setOverwrite(true);
      upload.setCleanup(true);
      upload.process(client);
    } catch (SolrServerException e) {
      throw new IOException("uploading the configset failed: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  static byte[] configsetZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : CONFIGSET_FILES) {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = SolrAdmin.class.getResourceAsStream("configset/" + name)) {
          if (in == null) {
            throw new IOException("the configset file " + name + " is missing from the build");
          }
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * The layout of new collections: the settings' shards and replicas, or for any left at 0 the live
   * collection's (so a reindex keeps the layout that {@code agenda solr init} chose), else 2.
   */
  public int[] layout() throws IOException {
    int shards = settings.shards();
    int replicas = settings.replicas();
    if (shards == 0 || replicas == 0) {
      Optional<String> live = aliasTarget();
      CollectionInfo current = live.isPresent() ? info(live.get()) : new CollectionInfo("", 2, 2);
      shards = shards == 0 ? current.shards() : shards;
      replicas = replicas == 0 ? current.replicas() : replicas;
    }
    return new int[] {shards, replicas};
  }

  /**
   * A collection as the cluster status describes it: the configset it was created with ("" when
   * the status does not say), its shards and the replicas of its first shard (2 and 2 if unreadable).
   */
  public record CollectionInfo(String configName, int shards, int replicas) {}

  /** One cluster-status request for a collection's configset and layout. */
  public CollectionInfo info(String collection) throws IOException {
    try {
      CollectionAdminRequest.ClusterStatus status = CollectionAdminRequest.getClusterStatus();
      status.setCollectionName(collection);
      Object c = child(child(child(status.process(client).getResponse(), "cluster"), "collections"), collection);
      Object config = child(c, "configName");
      Object shards = child(c, "shards");
      int shardCount = size(shards);
      Object replicas = shardCount > 0 ? child(firstValue(shards), "replicas") : null;
      return new CollectionInfo(config == null ? "" : config.toString(), shardCount > 0 ? shardCount : 2,
          replicas != null ? Math.max(1, size(replicas)) : 2);
    } catch (SolrServerException e) {
      throw new IOException("reading the status of " + collection + " failed: " + e.getMessage(), e);
    }
  }

  /** A named child of a response's NamedList or Map, or null. */
  private static Object child(Object parent, String name) {
    if (parent instanceof org.apache.solr.common.util.NamedList<?> nl) {
      return nl.get(name);
    }
    return parent instanceof Map<?, ?> m ? m.get(name) : null;
  }

  /** How many children a response's NamedList or Map has (0 for anything else). */
  private static int size(Object parent) {
    if (parent instanceof org.apache.solr.common.util.NamedList<?> nl) {
      return nl.size();
    }
    return parent instanceof Map<?, ?> m ? m.size() : 0;
  }

  /** The first child of a non-empty NamedList or Map, or null. */
  private static Object firstValue(Object parent) {
    if (parent instanceof org.apache.solr.common.util.NamedList<?> nl && nl.size() > 0) {
      return nl.getVal(0);
    }
    return parent instanceof Map<?, ?> m && !m.isEmpty() ? m.values().iterator().next() : null;
  }

  /** Creates a collection with the {@link #layout()}, and waits until it is active. */
  @SuppressWarnings("deprecation") // SolrJ 10 waits by default; a Solr 9 server needs to be asked
  public void createCollection(String name) throws IOException {
    int[] layout = layout();
    try {
      CollectionAdminRequest.Create create =
          CollectionAdminRequest.createCollection(name, configName(), layout[0], layout[1]);
      create.setWaitForFinalState(true);
      create.process(client);
    } catch (SolrServerException e) {
      throw new IOException("creating the collection " + name + " failed: " + e.getMessage(), e);
    }
  }

  /** Points the alias at a collection: one atomic switch for every search that follows. */
  public void pointAlias(String collection) throws IOException {
    try {
      CollectionAdminRequest.createAlias(settings.alias(), collection).process(client);
    } catch (SolrServerException e) {
      throw new IOException("switching the alias " + settings.alias() + " failed: " + e.getMessage(), e);
    }
  }

  /** The collection the alias points at, if any. */
  public Optional<String> aliasTarget() throws IOException {
    try {
      Map<String, String> aliases = new CollectionAdminRequest.ListAliases().process(client).getAliases();
      return Optional.ofNullable(aliases.get(settings.alias()));
    } catch (SolrServerException e) {
      throw new IOException("listing aliases failed: " + e.getMessage(), e);
    }
  }

  /** The collections built for the alias ("agenda_20261123_141530_123"), oldest first. */
  public List<String> builtCollections() throws IOException {
    try {
      return CollectionAdminRequest.listCollections(client).stream()
          .filter(c -> c.startsWith(settings.alias() + "_")).sorted().toList();
    } catch (SolrServerException e) {
      throw new IOException("listing collections failed: " + e.getMessage(), e);
    }
  }

  public void deleteCollection(String name) throws IOException {
    try {
      CollectionAdminRequest.deleteCollection(name).process(client);
    } catch (SolrServerException e) {
      throw new IOException("deleting " + name + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * What {@code agenda solr init} does: uploads the configset and, when the alias points nowhere yet,
   * creates an empty collection for it. Returns the collection the alias points at.
   */
  public String init() throws IOException {
    uploadConfigset();
    Optional<String> target = aliasTarget();
    if (target.isPresent()) {
      return target.get();
    }
    String name = newCollectionName();
    createCollection(name);
    pointAlias(name);
    return name;
  }

  /** A new collection's name: the alias and the time, so names sort by age. */
  String newCollectionName() {
    return settings.alias() + "_" + java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss_SSS"));
  }

  CloudSolrClient client() {
    return client;
  }

  /** True when Solr said the collection (or alias) does not exist. */
  static boolean isMissingCollection(SolrException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return m.contains("collection not found") || m.contains("could not find collection")
        || m.contains("no such collection");
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
