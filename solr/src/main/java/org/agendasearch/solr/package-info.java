/**
 * The SolrCloud backend: {@link org.agendasearch.solr.SolrBackend} answers as the embedded index
 * does, {@link org.agendasearch.solr.SolrIndexer} rebuilds into a new collection and switches an
 * alias, {@link org.agendasearch.solr.SolrAdmin} keeps the configset and collections. SolrJ only:
 * no Solr server, no Lucene of its own, no HTTP serving.
 */
package org.agendasearch.solr;
