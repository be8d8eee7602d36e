package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import org.agendasearch.ingest.model.AgendaItem;
import org.agendasearch.ingest.model.DocumentKind;
import org.agendasearch.ingest.model.Meeting;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Report;

/**
 * What the parser could not understand in a document, said plainly so that an administrator can
 * list the documents that parsed badly: "no meeting date found", "minutes of 2024-01-22 have no
 * numbered items". The numbering warnings ("minute numbering jumps from 56 to 58") come from
 * {@link ItemSequence}.
 */
final class Quality {

  private Quality() {}

  static List<String> warnings(DocumentKind kind, Meeting meeting, List<AgendaItem> items, List<Minutes> minutes,
      List<Report> reports) {
    List<String> w = new ArrayList<>();
    if (kind == DocumentKind.OTHER) {
      return w; // a plan or a strategy: pages only, nothing was expected of it
    }
    if (meeting.date() == null) {
      w.add("no meeting date found");
    }
    if (meeting.committee() == null) {
      w.add("no committee or meeting name found");
    }
    if (kind == DocumentKind.AGENDA_PACK && items.isEmpty() && minutes.isEmpty()) {
      w.add("no numbered agenda items found");
    }
    for (Minutes m : minutes) {
      String which = "minutes" + (m.date() == null ? " on page " + m.page() : " of " + m.date());
      if (m.date() == null) {
        w.add(which + ": no date found");
      }
      if (m.items().isEmpty()) {
        w.add(which + ": no numbered items found");
      } else if (m.items().stream().mapToLong(i -> i.resolutions().size()).sum() == 0) {
        w.add(which + ": no decisions found");
      }
      for (MinuteItem i : m.items()) {
        if (i.number() == null && !i.resolutions().isEmpty()) {
          w.add(which + ": a decision outside any numbered minute, kept under \"" + i.title() + "\"");
        }
      }
    }
    for (Report r : reports) {
      if (r.title() == null) {
        w.add("report on page " + r.page() + ": no title found");
      }
    }
    return w;
  }
}
