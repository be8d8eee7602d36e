/**
 * Search: indexes parsed packs in Lucene and answers queries with hits, snippets and facets.
 * Entry points: {@link org.agendasearch.search.index.IndexBuilder} and
 * {@link org.agendasearch.search.SearchService}; {@link org.agendasearch.search.SearchBackend} is
 * what the web layer sees, whichever engine holds the index. Knows nothing of HTTP.
 */
package org.agendasearch.search;
