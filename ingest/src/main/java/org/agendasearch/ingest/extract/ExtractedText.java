package org.agendasearch.ingest.extract;

import java.util.List;
import org.agendasearch.ingest.model.Page;

/** The pages of one file and the problems met while reading them. */
public record ExtractedText(List<Page> pages, List<String> warnings) {
  public ExtractedText {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }
}
