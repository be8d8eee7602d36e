/**
 * The corpus folder as a set of councils: {@code corpus/<council-slug>/...}, the councils named in
 * {@code corpus/councils.json} (with the default council for files directly under the corpus), and
 * the {@code meeting.json} a fetch writes beside a meeting's papers. Files and JSON only: no PDF
 * reading, no Lucene, no HTTP.
 */
package org.agendasearch.ingest.corpus;
