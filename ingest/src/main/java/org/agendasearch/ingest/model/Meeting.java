package org.agendasearch.ingest.model;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting of a committee: the one a pack was published for, or one whose minutes it carries.
 * Any field may be null where the document does not say.
 */
public record Meeting(String committee, LocalDate date, LocalTime time, String venue) {
  public static final Meeting UNKNOWN = new Meeting(null, null, null, null);
}
