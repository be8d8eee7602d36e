package org.agendasearch.search.schema;

import java.util.Locale;

/** The kinds of record we index, one Lucene document each. */
public enum RecordType {
  MEETING, AGENDA_ITEM, REPORT, MINUTE_ITEM, RESOLUTION, PERSON, PAGE;

  /** The lower-case name in the index, the API and the facet ("minute_item"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type for a key, or null when there is none. */
  public static RecordType ofKey(String key) {
    for (RecordType t : values()) {
      if (t.key().equals(key)) {
        return t;
      }
    }
    return null;
  }

  /** A label for people: "Minute item". */
  public String label() {
    String k = key().replace('_', ' ');
    return Character.toUpperCase(k.charAt(0)) + k.substring(1);
  }
}
