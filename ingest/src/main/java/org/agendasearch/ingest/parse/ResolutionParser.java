package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Resolution;

/**
 * Finds resolutions in a minute's lines. A resolution starts at a line that opens with the word
 * in capitals or title case, followed by a separator, "that", or nothing:
 *
 * <pre>
 * RESOLVED: That the minutes of the meeting on 28 July are agreed as a correct record
 * Resolved – that the committee provides comments and recommendations ...
 * Resolved: It was resolved that the minutes of the meeting held on 22 March 2022 ...
 * RESOLVED:
 * (a) that ...
 * </pre>
 *
 * It runs on (lettered and bulleted parts included) to the next resolution, the end of the
 * minute, the signature lines ("The meeting ended at ...", "Chairperson"), or a paragraph of
 * narrative after a finished sentence ("The committee considered ..."). The word in prose
 * ("cases were resolved within one month") is lower case mid-sentence and is not a resolution.
 */
final class ResolutionParser {

  private static final Pattern START = Pattern.compile(
      "^(?:It was\\s+)?(?:RESOLVED|Resolved)\\b\\s*(?:[:\\-–—.]|(?i:that)\\b|$).*");
  private static final Pattern PREFIX = Pattern.compile("^(?:It was\\s+)?(?:RESOLVED|Resolved)\\b\\s*[:\\-–—.]?\\s*");
  /** Lines that end a resolution: the signature block. */
  private static final Pattern END = Pattern.compile(
      "(?i)^(the meeting (ended|closed|finished|concluded) at.*|chair(man|person|woman)?|signed\\s*(?::|\\.{2,}|_{2,}|$).*|date of next meeting.*)$");
  /**
   * A paragraph of minutes narrative, which ends a resolution when it follows a finished sentence:
   * {@code The committee considered the annual reports for the adoption and fostering services.}
   * or {@code When reviewing the Action Log, it was noted that:}. A resolution's own sentences
   * ({@code Regular updates to be circulated to members.}) do not tell what someone did.
   */
  private static final Pattern NARRATIVE = Pattern.compile(
      "^(?:The|A|An|Members?|Councillors?|It|In|When|During|Following|Concerns?|Questions?|Officers?|Cabinet)\\b"
      + "[^.;:]{0,80}?\\b(?:considered|discussed|noted|received|asked|explained|reported|highlighted|expressed|raised"
      + "|welcomed|thanked|queried|responded|advised|presented|introduced|outlined)\\b.*");
  /** Lettered, numbered or bulleted parts keep their own line. */
  private static final Pattern PART = Pattern.compile("^(\\(?[a-z]{1,2}\\)|\\(?[ivx]{1,5}[.)]|•|-|–|\\d{1,2}[.)])\\s.*");

  private ResolutionParser() {}

  static boolean startsResolution(String line) {
    return START.matcher(line).matches();
  }

  static boolean endsMinutes(String line) {
    return END.matcher(line).matches();
  }

  /** A resolution and the lines it spans, {@code [from, to)} in the body it was found in. */
  record Found(Resolution resolution, int from, int to) {}

  /** The resolutions in one minute's body lines, in order. */
  static List<Resolution> parse(List<Line> body) {
    return find(body).stream().map(Found::resolution).toList();
  }

  /** The resolutions in one minute's body lines, with the lines each spans. */
  static List<Found> find(List<Line> body) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < body.size()) {
      if (!startsResolution(body.get(i).text())) {
        i++;
        continue;
      }
      int page = body.get(i).page();
      StringBuilder text = new StringBuilder(PREFIX.matcher(body.get(i).text()).replaceFirst(""));
      int j = i + 1;
      while (j < body.size() && !startsResolution(body.get(j).text()) && !endsMinutes(body.get(j).text())
          && !(text.toString().stripTrailing().endsWith(".") && NARRATIVE.matcher(body.get(j).text()).matches())) {
        String line = body.get(j).text();
        if (!text.isEmpty()) {
          text.append(PART.matcher(line).matches() ? '\n' : ' ');
        }
        text.append(line);
        j++;
      }
      String t = text.toString().strip();
      if (!t.isEmpty()) {
        found.add(new Found(new Resolution(t, page), i, j));
      }
      i = j;
    }
    return found;
  }
}
