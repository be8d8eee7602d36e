package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Resolution;

/**
 * A decision told in a sentence with no word of deciding, its proposer and seconder in brackets after it: {@code • The
 * Protocol document was formally approved. (Cllr S Mills proposed, Cllr J Penn seconded)}, {@code • Philippa Pearson ...
 * introduced herself. Philippa was co-opted onto the / Parish Council. (Cllr S Mills proposed, Cllr J Penn seconded).} (an
 * English parish's minutes). The decision is the sentence just before the brackets; its movers are read from them.
 */
final class SecondedInBrackets {

  private SecondedInBrackets() {}

  private static final String TITLE = "(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+";
  /** {@code (Cllr P Morgan proposed, Cllr J Penn seconded)}. */
  private static final Pattern MOVERS = Pattern.compile(
      "\\(\\s*" + TITLE + "[^()]{1,40}?\\s+proposed,?\\s+(?:and\\s+)?" + TITLE + "[^()]{1,40}?\\s+seconded\\s*\\)");
  /** A full stop that ends an initial, not a sentence: {@code Cllr P. Morgan}. */
  private static final Pattern INITIAL_STOP = Pattern.compile("(?:^|\\s)\\p{Lu}$");

  /** The decisions the lines tell so, but for those already found on the same lines. */
  static List<ResolutionParser.Found> find(List<Line> body, List<ResolutionParser.Found> already) {
    List<ResolutionParser.Found> out = new ArrayList<>();
    if (body.stream().noneMatch(l -> l.text().contains("proposed"))) {
      return out;
    }
    StringBuilder joined = new StringBuilder();
    int[] startOf = new int[body.size()];
    for (int i = 0; i < body.size(); i++) {
      startOf[i] = joined.length();
      joined.append(body.get(i).text()).append(' ');
    }
    Matcher m = MOVERS.matcher(joined);
    while (m.find()) {
      String before = joined.substring(0, m.start()).stripTrailing();
      if (!before.endsWith(".")) {
        continue;
      }
      int start = sentenceStart(before);
      String sentence = before.substring(start).strip();
      int from = lineOf(startOf, start);
      int to = lineOf(startOf, m.end() - 1) + 1;
      if (sentence.split("\\s+").length < 3 || already.stream().anyMatch(f -> f.from() < to && from < f.to())) {
        continue;
      }
      out.add(new ResolutionParser.Found(new Resolution(sentence, body.get(from).page()), from, to));
    }
    return out;
  }

  /** Where the sentence that {@code text} ends begins: after a bullet, or after the full stop of the sentence before it. */
  private static int sentenceStart(String text) {
    for (int i = text.length() - 2; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '•' || c == '·') {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))
          && !INITIAL_STOP.matcher(text.substring(Math.max(0, i - 2), i)).find()) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int lineOf(int[] startOf, int offset) {
    int line = 0;
    while (line + 1 < startOf.length && startOf[line + 1] <= offset) {
      line++;
    }
    return line;
  }
}
