package org.agendasearch.ingest.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A council whose papers the corpus holds: its name as it calls itself ("Herefordshire Council"),
 * the slug of its folder ({@code corpus/herefordshire-council/}) and, optionally, where its papers
 * are fetched from.
 *
 * @param source where {@code agenda fetch} gets the papers, or null for a council filled by hand
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Council(String name, String slug, Source source) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Council {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a council needs a name");
    }
    name = name.strip();
    if (slug == null || slug.isBlank()) {
      slug = slugOf(name);
    }
    if (!isSlug(slug)) {
      throw new IllegalArgumentException("a council's slug is lower-case letters, digits and dashes, not \""
          + slug.replaceAll("\\p{Cntrl}", "?") + "\"");
    }
  }

  /** A council filled by hand (no source). */
  public Council(String name, String slug) {
    this(name, slug, null);
  }

  /**
   * Where a council publishes its papers: a committee system and its address.
   *
   * @param type the system ("moderngov")
   * @param url the site's base address ("https://democracy.example.gov.uk")
   */
  public record Source(String type, String url) {

    /** The committee system this project can fetch from first. */
    public static final String MODERNGOV = "moderngov";

    public Source {
      if (type == null || type.isBlank() || url == null || url.isBlank()) {
        throw new IllegalArgumentException("a council's source needs a type and a url");
      }
      type = type.strip().toLowerCase(Locale.ROOT);
      url = url.strip();
    }
  }

  /** Whether {@code s} can be a council's folder name: "herefordshire-council". */
  public static boolean isSlug(String s) {
    return s != null && SLUG.matcher(s).matches();
  }

  /** The slug a name gives: "Herefordshire Council" to "herefordshire-council"; "&amp;" reads "and". */
  public static String slugOf(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{IsAlphabetic}\\p{N}]+", "-")
        .replaceAll("^-+|-+$", "");
    s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^a-z0-9-]", "");
    return s.isEmpty() ? "council" : s;
  }

  /** The name a folder slug gives when councils.json does not name it: "shropshire-council" to "Shropshire Council". */
  public static String nameOf(String slug) {
    StringBuilder sb = new StringBuilder();
    for (String w : slug.split("-")) {
      if (!w.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return sb.toString();
  }
}
