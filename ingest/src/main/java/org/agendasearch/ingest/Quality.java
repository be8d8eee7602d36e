package org.agendasearch.ingest;

import java.util.ArrayList;
import java.util.List;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;

/**
 * The parts of a document the parser found, one phrase each ("meeting date 2024-01-22",
 * "12 agenda items", "minutes of 2023-12-11: 9 minutes, 4 decisions"), for the {@code quality}
 * block of the parse contract beside the warnings about what it did not understand.
 */
final class Quality {

  private Quality() {}

  static List<String> found(Pack pack) {
    List<String> found = new ArrayList<>();
    found.add("kind " + pack.kind().key());
    if (pack.meeting().committee() != null) {
      found.add("committee");
    }
    if (pack.meeting().date() != null) {
      found.add("meeting date " + pack.meeting().date());
    }
    if (pack.meeting().time() != null) {
      found.add("meeting time");
    }
    if (pack.meeting().venue() != null) {
      found.add("venue");
    }
    if (!pack.agendaItems().isEmpty()) {
      found.add(pack.agendaItems().size() + " agenda items");
    }
    for (Minutes m : pack.minutes()) {
      long decisions = m.items().stream().mapToLong(i -> i.resolutions().size()).sum();
      found.add("minutes of " + (m.date() == null ? "an unknown date" : m.date()) + ": " + m.items().size()
          + " minutes, " + decisions + " decisions");
    }
    if (!pack.reports().isEmpty()) {
      found.add(pack.reports().size() + " reports");
    }
    return found;
  }
}
