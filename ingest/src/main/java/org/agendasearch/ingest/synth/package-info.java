/**
 * Synthetic agenda packs for benchmarks and accuracy at scale: realistic packs written as PDFs
 * with PDFBox, each with the records a parser should find in it (the parse contract's JSON).
 * Deterministic for a seed.
 */
package org.agendasearch.ingest.synth;
