/**
 * Search: indexes parsed packs in Lucene and answers queries with hits, snippets and facets.
 * Entry points: {@link org.agendasearch.search.index.IndexBuilder} and
 * {@link org.agendasearch.search.SearchService}. Knows nothing of HTTP.
 */
package org.agendasearch.search;
