package org.agendasearch.ingest.model;

/**
 * An interest declared at a meeting: {@code Councillor X declared a pecuniary interest in item 7}.
 *
 * @param name who declared it, without title
 * @param itemNumber the minute or agenda item it concerns, or null when none is named
 * @param interest {@code pecuniary}, {@code other}, {@code non-registrable}, or null when not said
 * @param text the sentence that records it
 * @param page 1-based PDF page
 */
public record Declaration(String name, String itemNumber, String interest, String text, int page) {}
