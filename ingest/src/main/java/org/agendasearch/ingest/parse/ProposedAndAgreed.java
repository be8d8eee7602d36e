package org.agendasearch.ingest.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parish council's decision told by who proposed and seconded it, with no RESOLVED:
 *
 * <pre>
 * Minutes adopted, proposed by Iain Gillespie, seconded by Robert MacIntyre.     "Minutes adopted, ..."
 * (5.1) The minutes of Parish Council meeting held on Monday 23rd September
 * 2019, proposed Cllr Needham and seconded by Cllr N Hole. Agreed unanimously.   "The minutes of Parish Council ..."
 * ... reserves proposed that precept be kept at same level of £1000 for 2020-21.
 * Proposed Cllr S Needham, Seconded Cllr N Hole agreed unanimously.             "precept be kept at same level ..."
 * (b) Annual Meeting held on June 30th, 2015 proposed by Cllr. O’Ryan seconded by
 * Cllr. O’Leary and agreed.                                                        "Annual Meeting held on ..."
 * i. Management and collation of information for the speed devices – Cllr K Fox (Proposed Cllr J
 * Trafford, Seconded Cllr A Wilkinson) – All in favour                           "Management and collation ..."
 * On the proposal of Cllr. M. Buckley, seconded by Cllr. D. Dolan, the minutes of
 * March Monthly Meeting held in Áras an Chontae on 26th March 2012 were agreed.  "the minutes of March ..."
 * </pre>
 *
 * The decision is the sentence's subject, when it says itself what was done ("adopted") or the next
 * sentence says it was agreed; or what was proposed after "proposed that", when who seconded it and
 * that it was agreed follow. A proposal nobody seconded or agreed is no decision, and neither is the proposer told
 * as the subject ({@code Councillor Carole Gandy proposed and Councillor Diana Toynbee seconded ...}).
 */
final class ProposedAndAgreed {

  private ProposedAndAgreed() {}

  /** Lines a proposal's sentence and its outcome are read over. */
  private static final int LINES = 3;
  /** A paragraph's number before the sentence: {@code (5.1)}. */
  private static final Pattern PARAGRAPH = Pattern.compile("^(?:\\(?\\d{1,2}(?:\\.\\d{1,2})*\\)?|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\)|[ivx]{1,4}\\.)\\s+");
  /** A character of a name in a sentence: no full stop but an abbreviation's or an initial's ({@code Cllr. O’Ryan}, {@code J. Smith}). */
  private static final String NAME_CHAR = "(?:[^.]|(?<=\\b(?:Cllrs?|Clr|Cr|Councillor|Mr|Mrs|Ms|Dr|St|\\p{Lu}))\\.)";
  /** The subject, then who proposed it: {@code The minutes of ... 2019, proposed Cllr Needham and seconded by ...}. */
  private static final Pattern SUBJECT_PROPOSED = Pattern.compile(
      "^(?!It\\s+was\\s)(\\p{Lu}[^.;:]{2,200}?),?\\s+\\(?(?:(?:was|were)\\s+)?(?i:proposed)\\s+(?:by\\s+)?(?!that\\b|and\\b)\\S" + NAME_CHAR + "{1,80}?\\s(?i:seconded)\\b("
      + NAME_CHAR + "*)\\.?");
  /**
   * The outcome at the end of the seconder's clause: {@code ... seconded by Cllr Butler and agreed.}, or after the movers
   * in brackets: {@code ... (Proposed Cllr J Trafford, Seconded Cllr A Wilkinson) – All in favour}.
   */
  private static final Pattern AND_AGREED = Pattern.compile(
      "(?i)\\band\\s+(?:unanimously\\s+)?(?:agreed|carried|approved|adopted|resolved|passed)\\b"
      + "|\\)\\s*[-–—]\\s*(?:all\\s+in\\s+favou?r|agreed|carried|approved|unanimous)\\b");
  /** A subject that says what was done: {@code Minutes adopted}. */
  private static final Pattern DONE = Pattern.compile("(?i)\\b(?:adopted|approved|agreed|accepted|confirmed|signed)$");
  /** The outcome in the next sentence: {@code Agreed unanimously.}, {@code Carried.}, {@code All in favour.} */
  private static final Pattern OUTCOME = Pattern.compile("^(?i:agreed|carried|approved|all\\s+in\\s+favour|all\\s+agreed)\\b");
  /** What was proposed after "proposed that", to its sentence's end: {@code proposed that precept be kept at ...}. */
  private static final Pattern PROPOSED_THAT = Pattern.compile("\\b(?i:proposed)\\s+that\\s+(\\S[^.]{2,300}\\.)");
  /** Who seconded it and that it was agreed, after: {@code Proposed Cllr S Needham, Seconded Cllr N Hole agreed unanimously.} */
  private static final Pattern SECONDED_AGREED = Pattern.compile("(?i)^\\s*(?:proposed\\b[^.]{0,60}?)?seconded\\b[^.]{0,60}?\\b(?:agreed|carried)\\b");

  /** Who proposed and seconded, then what they did in the passive: {@code On the proposal of Cllr. M. Buckley, seconded by Cllr. D. Dolan, the minutes of ... were agreed and adopted.} */
  private static final Pattern PROPOSAL_OF = Pattern.compile(
      "^(?i:on\\s+the\\s+(?:proposal|proposition|motion)\\s+of)\\s+[^,]{2,60},\\s*(?i:seconded\\s+by)\\s+[^,]{2,60},\\s*(\\p{L}[^.]{3,300}?"
      + "\\b(?:was|were)\\s+(?:duly\\s+|unanimously\\s+)?(?:agreed|adopted|approved|confirmed|accepted|passed)\\b)");

  /** Whether the line says "proposed" or "proposal" in any case (a look without a copy: this runs on every line of minutes). */
  private static boolean proposes(String line) {
    return line.indexOf("ropos") >= 0 || line.indexOf("ROPOS") >= 0;
  }

  /** The decision starting on line {@code i} of {@code body}, told so. */
  static Optional<DecisionStart> at(List<Line> body, int i) {
    String line = body.get(i).text();
    if (!proposes(line) && (i + 1 >= body.size() || !proposes(body.get(i + 1).text()))) {
      return Optional.empty();
    }
    StringBuilder joined = new StringBuilder(line);
    for (int j = i + 1; j < body.size() && j <= i + LINES; j++) {
      joined.append(' ').append(body.get(j).text());
    }
    String text = PARAGRAPH.matcher(joined.toString()).replaceFirst("");
    Matcher s = SUBJECT_PROPOSED.matcher(text);
    if (s.lookingAt() && (DONE.matcher(s.group(1).strip()).find() || AND_AGREED.matcher(s.group(2)).find()
        || OUTCOME.matcher(text.substring(s.end()).strip()).lookingAt())) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, PARAGRAPH.matcher(line).replaceFirst(""), true));
    }
    int marker = joined.length() - text.length();
    Matcher of = PROPOSAL_OF.matcher(text);
    if (of.lookingAt() && marker + of.start(1) < line.length()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, line.substring(marker + of.start(1)), true));
    }
    Matcher p = PROPOSED_THAT.matcher(text);
    if (p.find() && marker + p.start(1) < line.length() && SECONDED_AGREED.matcher(text.substring(p.end())).lookingAt()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, line.substring(marker + p.start(1)), true));
    }
    return Optional.empty();
  }
}
