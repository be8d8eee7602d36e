/**
 * Ingest: turns council documents (PDF agenda packs, minutes, reports; Word, OpenDocument, HTML
 * and text through Tika) into plain domain records. Entry point: {@link org.agendasearch.ingest.Ingestor}.
 * Knows nothing of Lucene or HTTP.
 */
package org.agendasearch.ingest;
