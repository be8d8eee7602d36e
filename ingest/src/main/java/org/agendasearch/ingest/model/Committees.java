package org.agendasearch.ingest.model;

import java.util.Locale;

/**
 * Committee names keep the council's wording for display but compare by a key, so that
 * "Children and young people scrutiny committee" and "Children and Young People Scrutiny
 * Committee" are one committee.
 */
public final class Committees {

  private Committees() {}

  /** The comparison key: lower case, "&" as "and", punctuation and a leading "the" dropped. */
  public static String key(String name) {
    if (name == null) {
      return null;
    }
    String k = name.toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip()
        .replaceFirst("^the ", "");
    return k.isEmpty() ? null : k;
  }

  /** A URL-safe slug of the key: "children-and-young-people-scrutiny-committee". */
  public static String slug(String name) {
    String k = key(name);
    return k == null ? null : k.replace(' ', '-');
  }

  /**
   * The display form for a committee: the council's own wording, with only the first letter made
   * upper case when the source shouted it in capitals.
   */
  public static String display(String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip().replaceAll("\\s+", " ");
    if (n.equals(n.toUpperCase(Locale.ROOT)) && n.length() > 3) {
      n = n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
    return n;
  }
}
