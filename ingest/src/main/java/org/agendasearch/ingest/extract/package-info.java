/**
 * Text extraction: a file in, its pages' text out. PDFs go through PDFBox page by page (OCR with
 * Tesseract for pages with no text layer); Word, OpenDocument, HTML and text go through Tika.
 * Failures are values ({@link org.agendasearch.ingest.extract.ExtractionException.Failure}).
 */
package org.agendasearch.ingest.extract;
