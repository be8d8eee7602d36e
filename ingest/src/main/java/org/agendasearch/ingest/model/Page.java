package org.agendasearch.ingest.model;

/**
 * One page of a source document, 1-based as the PDF viewer counts it.
 *
 * @param number 1-based page number of the PDF itself (not the printed "Page 17" footer)
 * @param text the page's text, lines separated by {@code \n}
 * @param ocr true when the text came from OCR because the page had no text layer
 */
public record Page(int number, String text, boolean ocr) {}
