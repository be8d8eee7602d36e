package org.agendasearch.ingest.model;

/**
 * A numbered item on a meeting's agenda.
 *
 * @param number as printed ("4", "10a")
 * @param title the item's title, as printed (often in capitals)
 * @param description the sentence under the title ("To approve and sign the minutes ..."), or null
 * @param page 1-based PDF page where the item's papers start (its report or minutes), or the
 *     front-sheet page where it is listed when no papers were found
 */
public record AgendaItem(String number, String title, String description, int page) {}
