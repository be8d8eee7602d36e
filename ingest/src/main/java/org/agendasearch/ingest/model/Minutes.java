package org.agendasearch.ingest.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of one meeting, as carried in a pack (usually the previous meeting's, for approval).
 *
 * @param committee the committee whose meeting it was, as the heading words it
 * @param date the date the meeting was held
 * @param page 1-based PDF page of the minutes heading
 * @param attendance who was present, sent apologies or was absent
 * @param declarations the interests declared
 * @param noneDeclared the minutes say no interests were declared
 */
public record Minutes(String committee, LocalDate date, int page, List<MinuteItem> items, List<Attendee> attendance,
    List<Declaration> declarations, boolean noneDeclared) {
  public Minutes {
    items = List.copyOf(items);
    attendance = List.copyOf(attendance);
    declarations = List.copyOf(declarations);
  }

  public Minutes(String committee, LocalDate date, int page, List<MinuteItem> items) {
    this(committee, date, page, items, List.of(), List.of(), false);
  }
}
