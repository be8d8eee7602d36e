package org.agendasearch.search.people;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's name as a key for matching: {@code Cllr. R.W. Gough (Chairman) OBE} and {@code Mr R W
 * Gough} are both {@code r w gough}. Titles, roles in brackets, honours and punctuation are kept
 * apart from the name; a council's slug in front makes the key of one council's person.
 */
public final class PersonNames {

  /** Titles and offices printed before a name. */
  private static final Pattern TITLE = Pattern.compile("(?i)^(?:cllrs?|councill?ors?|mr|mrs|ms|miss|mx|dr|prof|professor"
      + "|sir|dame|lord|lady|alderman|rev|revd|reverend|the|deputy|mayor|chair(?:man|woman)?|trustee|commissioner"
      + "|supervisor|director|alder(?:wo)?man|county|borough|district|parish|town)\\.?\\s+");
  /** Honours and letters printed after a name. */
  private static final Pattern HONOURS = Pattern.compile("(?i)(?:\\s+(?:obe|mbe|cbe|kbe|jp|dl|mp|msp|ma|bsc|frcs|qc|kc))+$");

  private PersonNames() {}

  /** The name for matching: lower case, without title, role, honours or punctuation; "" when nothing is left. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String s = name.replaceAll("\\([^)]*\\)", " ").replaceAll("[.,'’\"“”‘]", " ").replaceAll("\\s+", " ").strip();
    for (String before = null; !s.equals(before); ) {
      before = s;
      String stripped = TITLE.matcher(s).replaceFirst("");
      s = stripped.isBlank() ? s : stripped; // "Mayor" alone is a name for want of any other
      s = HONOURS.matcher(s).replaceFirst("").strip();
    }
    return s.toLowerCase(Locale.ROOT);
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
