package org.agendasearch.ingest.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of one meeting, as carried in a pack (usually the previous meeting's, for approval).
 *
 * @param committee the committee whose meeting it was, as the heading words it
 * @param date the date the meeting was held
 * @param page 1-based PDF page of the minutes heading
 */
public record Minutes(String committee, LocalDate date, int page, List<MinuteItem> items) {
  public Minutes {
    items = List.copyOf(items);
  }
}
