package org.agendasearch.ingest.model;

/**
 * What a committee resolved: the text after "RESOLVED", lettered and bulleted parts included.
 *
 * @param page 1-based PDF page where the resolution starts
 */
public record Resolution(String text, int page) {}
