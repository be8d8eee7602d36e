package org.agendasearch.ingest.model;

import java.util.List;

/**
 * Everything parsed out of one source file.
 *
 * @param source the file name
 * @param sha256 hex digest of the file's bytes (identity for incremental reindexing)
 * @param kind what the document is
 * @param meeting the meeting the document was published for ({@link Meeting#UNKNOWN} if none)
 * @param pages every page's text, in order
 * @param warnings one line per problem reading the file that did not stop it (a truncated file,
 *     OCR'd pages)
 * @param quality one line per thing the parser did not understand ("no meeting date found",
 *     "minute numbering jumps from 56 to 58"), for listing the documents that parsed badly
 */
public record Pack(
    String source,
    String sha256,
    DocumentKind kind,
    Meeting meeting,
    List<AgendaItem> agendaItems,
    List<Minutes> minutes,
    List<Report> reports,
    List<Page> pages,
    List<String> warnings,
    List<String> quality) {

  public Pack {
    agendaItems = List.copyOf(agendaItems);
    minutes = List.copyOf(minutes);
    reports = List.copyOf(reports);
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
    quality = List.copyOf(quality);
  }

  /** A pack the parser found nothing wrong with (one built in a test or by the generator). */
  public Pack(String source, String sha256, DocumentKind kind, Meeting meeting, List<AgendaItem> agendaItems,
      List<Minutes> minutes, List<Report> reports, List<Page> pages, List<String> warnings) {
    this(source, sha256, kind, meeting, agendaItems, minutes, reports, pages, warnings, List.of());
  }

  /** All resolutions in all minutes, in document order. */
  public List<Resolution> resolutions() {
    return minutes.stream()
        .flatMap(m -> m.items().stream())
        .flatMap(i -> i.resolutions().stream())
        .toList();
  }
}
