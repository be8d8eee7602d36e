package org.agendasearch.search.people;

import org.agendasearch.ingest.model.PersonKey;

/**
 * A person's name as a key for matching: {@code Cllr. R.W. Gough (Chairman) OBE} and {@code Mr R W
 * Gough} are both {@code r w gough}. Titles, roles in brackets, honours and punctuation are kept
 * apart from the name; a council's slug in front makes the key of one council's person.
 */
public final class PersonNames {

  private PersonNames() {}

  /** The name for matching ({@link PersonKey#of}): lower case, without title, role, honours or punctuation. */
  public static String key(String name) {
    return PersonKey.of(name);
  }

  /**
   * The person's slug, for {@code /people/{slug}}: the council's slug and the key, hyphenated, two
   * hyphens between ("herefordshire-council--r-w-gough"); the key alone when the council is not known.
   */
  public static String slug(String councilSlug, String name) {
    String k = key(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    if (k.isEmpty()) {
      return null;
    }
    return councilSlug == null ? k : councilSlug + "--" + k;
  }
}
