package org.agendasearch.ingest.model;

/**
 * What a committee resolved: the text after "RESOLVED", lettered and bulleted parts included.
 *
 * @param page 1-based PDF page where the resolution starts
 * @param movedBy who moved or proposed it, without title, or null when the minutes do not say
 * @param secondedBy who seconded it, or null
 * @param votes the recorded vote, or null
 */
public record Resolution(String text, int page, String movedBy, String secondedBy, Votes votes) {

  public Resolution(String text, int page) {
    this(text, page, null, null, null);
  }
}
