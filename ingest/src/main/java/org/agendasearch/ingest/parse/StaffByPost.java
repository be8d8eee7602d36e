package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staff named by their posts in a paragraph of its own under the members present, a Canadian council's habit:
 *
 * <pre>
 * PRESENT: Mayor Christian, Councillors Bass, Dudy, Hunter, O'Reilly, Sarai, Sinclair, Singh, and Walsh.
 * Chief Administrative Officer Trawin; Corporate Officer Mazzotta; Civic      "Trawin", "Chief Administrative Officer"
 * Operations Director Fretz; ... and Legislative Assistant Anderson.          "Anderson", "Legislative Assistant"
 * </pre>
 *
 * Each entry is a post in capitalised words and a surname, the entries parted by semicolons, the last after "and"; a
 * paragraph with fewer than {@link #MIN_ENTRIES} entries or an entry of another shape is not such a list.
 */
final class StaffByPost {

  /** A post's words, capitalised (joined by "and", "of", "&" or a comma), then the surname. */
  private static final Pattern ENTRY = Pattern.compile(
      "^(?:and\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*,?\\s+(?:(?:and|of|&)\\s+)?){1,8})(\\p{Lu}[\\p{L}'’-]+)\\.?$");
  /** Entries a paragraph has at the fewest to be read as staff. */
  private static final int MIN_ENTRIES = 3;
  /** Lines such a paragraph runs over at the most. */
  static final int MAX_LINES = 8;

  private StaffByPost() {}

  /** The staff the paragraph names, each as a person with their post as role, or none when it is not such a list. */
  static Optional<List<PersonNames.Person>> of(String paragraph) {
    String text = paragraph.strip();
    if (!text.endsWith(".") || text.chars().filter(c -> c == ';').count() < MIN_ENTRIES - 1) {
      return Optional.empty();
    }
    List<PersonNames.Person> out = new ArrayList<>();
    for (String entry : text.substring(0, text.length() - 1).split(";")) {
      Matcher m = ENTRY.matcher(entry.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      String post = m.group(1).strip().replaceFirst(",$", "");
      out.add(new PersonNames.Person(m.group(2), null, post, false));
    }
    return Optional.of(out);
  }
}
