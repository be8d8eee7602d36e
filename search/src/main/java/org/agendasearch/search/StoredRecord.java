package org.agendasearch.search;

import java.util.Map;

/**
 * A record's stored fields as a backend returns them (field names from
 * {@link org.agendasearch.search.schema.Schema}): what hits, meeting pages and lists are built from,
 * whichever engine holds the index.
 */
public record StoredRecord(Map<String, ?> fields) {

  /** The field's value as text, or null when the record has none. */
  public String get(String field) {
    Object v = fields.get(field);
    return v == null ? null : v.toString();
  }

  /** The field's value as a number, or 0 when the record has none. */
  public int intValue(String field) {
    Object v = fields.get(field);
    if (v instanceof Number n) {
      return n.intValue();
    }
    return v == null ? 0 : Integer.parseInt(v.toString());
  }
}
