/**
 * Sources: where councils publish their papers, and {@link org.agendasearch.sources.Fetcher}, which
 * brings them into the corpus ({@code corpus/<council>/<committee>/<date>_<meeting>/}) with a
 * {@code meeting.json} beside them. A committee system is a {@link org.agendasearch.sources.Source}
 * (ModernGov first, in {@code moderngov}); the fetch loop, the manifest that makes a second run
 * download only what is new, and the polite HTTP client are shared. Knows nothing of PDF parsing,
 * Lucene or the web server.
 */
package org.agendasearch.sources;
