package org.agendasearch.ingest.model;

import java.util.Locale;

/** What kind of document a file is, judged from its content. */
public enum DocumentKind {
  /** A meeting's pack: front sheet or stamps, minutes, reports. */
  AGENDA_PACK,
  /** Minutes of a meeting on their own. */
  MINUTES,
  /** A report with a cover sheet on its own. */
  REPORT,
  /** Anything else (a plan, a strategy): indexed as pages only. */
  OTHER;

  /** The lower-case name used in JSON and in the index ("agenda_pack"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
