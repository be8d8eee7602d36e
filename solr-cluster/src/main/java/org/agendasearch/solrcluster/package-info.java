/** A local SolrCloud for tests and benchmarks, run in a JVM of its own: never shipped. */
package org.agendasearch.solrcluster;
