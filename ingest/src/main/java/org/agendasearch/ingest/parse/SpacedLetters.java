package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A title set in spaced capitals, whose word spaces the PDF's text lost:
 *
 * <pre>
 * M U N I C I P A L C O U N C I L A G E N D A      "MUNICIPAL COUNCIL AGENDA"
 * A G E N D A                                      "AGENDA"
 * </pre>
 *
 * The letters are joined, then parted into the words of council titles; letters that do not
 * part into those words stay one word.
 */
final class SpacedLetters {

  private static final Pattern SPACED = Pattern.compile("^(?:\\p{Lu} ){4,}\\p{Lu}$");
  /** The words council titles are made of. */
  private static final Set<String> WORDS = Set.of(
      "AGENDA", "MINUTES", "NOTICE", "OF", "THE", "AND", "FOR", "A", "MEETING", "MEETINGS", "SESSION", "HEARING", "WORKSHOP",
      "REGULAR", "SPECIAL", "ANNUAL", "GENERAL", "ORDINARY", "EXTRAORDINARY", "ADJOURNED", "PUBLIC", "OPEN", "CLOSED",
      "COUNCIL", "COMMITTEE", "BOARD", "COMMISSION", "CABINET", "AUTHORITY", "PANEL", "TRUSTEES", "WHOLE", "SUB",
      "MUNICIPAL", "MUNICIPALITY", "CITY", "TOWN", "TOWNSHIP", "VILLAGE", "COUNTY", "DISTRICT", "PARISH", "SHIRE", "REGIONAL",
      "COMMUNITY", "PLANNING", "FINANCE", "AUDIT", "DEVELOPMENT", "SERVICES", "POLICY", "RESOURCES", "SCRUTINY",
      "SUMMARY", "ACTION", "REPORT", "DECISIONS", "DECISION", "RECORD", "OFFICIAL", "DRAFT", "APPROVED");
  private static final int LONGEST = 13;

  private SpacedLetters() {}

  /** Whether the line may be spaced letters: cheap, before the pattern. */
  private static boolean mayBe(String line) {
    return line.length() >= 9 && line.charAt(1) == ' ' && line.charAt(3) == ' ' && Character.isUpperCase(line.charAt(0));
  }

  /** The line's words, if it is a title in spaced capitals; else the line as it was. */
  static String join(String line) {
    if (!mayBe(line) || !SPACED.matcher(line).matches()) {
      return line;
    }
    String letters = line.replace(" ", "");
    List<String> words = parted(letters);
    return words == null ? letters : String.join(" ", words);
  }

  /** The fewest words of {@link #WORDS} that make up {@code letters}, or null. */
  private static List<String> parted(String letters) {
    int n = letters.length();
    int[] count = new int[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(count, Integer.MAX_VALUE);
    count[0] = 0;
    for (int end = 1; end <= n; end++) {
      for (int start = Math.max(0, end - LONGEST); start < end; start++) {
        if (count[start] != Integer.MAX_VALUE && count[start] + 1 < count[end] && WORDS.contains(letters.substring(start, end))) {
          count[end] = count[start] + 1;
          from[end] = start;
        }
      }
    }
    if (count[n] == Integer.MAX_VALUE) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int end = n; end > 0; end = from[end]) {
      words.add(letters.substring(from[end], end));
    }
    Collections.reverse(words);
    return words;
  }
}
