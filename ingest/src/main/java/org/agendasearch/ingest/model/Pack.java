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
 * @param warnings one line per problem that did not stop parsing (a truncated file, OCR'd pages)
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
    List<String> warnings) {

  public Pack {
    agendaItems = List.copyOf(agendaItems);
    minutes = List.copyOf(minutes);
    reports = List.copyOf(reports);
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  /** All resolutions in all minutes, in document order. */
  public List<Resolution> resolutions() {
    return minutes.stream()
        .flatMap(m -> m.items().stream())
        .flatMap(i -> i.resolutions().stream())
        .toList();
  }
}
