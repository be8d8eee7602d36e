package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Resolution;
import org.agendasearch.ingest.model.Votes;

/**
 * Who moved and seconded a decision, and how the vote went, from the lines around it:
 *
 * <pre>
 * Moved by Councillor Smith, seconded by Councillor Jones       moved "Smith", seconded "Jones"
 * Proposed by Cllr Simkins, seconded by Cllr Blake              "Simkins", "Blake"
 * Councilor Tuttle moved to approve ... Councilor Bahrman seconded. The motion passed 5-0.
 * On the PROPOSAL of Cllr Frank Dolan / SECONDED by Cllr Justin Warnock
 * On the motion of Cllr Herring, seconded by Cllr Riseborough, it was RESOLVED   "Herring", "Riseborough"
 * RESOLVED (Cr Fenton/Cr Carter)  /  Moved (Mayor Dave Cull/Cr Chris Staynes):    "Fenton", "Carter"
 * Trustee Hoefert, seconded by Trustee ladel, moved to approve ...  /  Upon roll call: Ayes: Hoefert, ... Nays: None
 * Ayes: Council Members Anderson, Mahan, Murray, Renteria, and Sheley. / Mayor Mundinger. / Nays: None.   for 6
 * Moved: Kahika - Mayor Moko Tepania / Seconded: Kōwhai - Deputy Mayor Kelly Stratford  the names after the offices
 * MOVER: Garcia / SECONDER: Allen Fisk / AYES: Garcia, Allen Fisk, Sherrard   votes for 3
 * 1. W. Pacamaniuk – D. Klekta / RESOLVED THAT the Agenda be adopted             "W. Pacamaniuk", "D. Klekta"
 * For: 5, Against: 2, Abstentions: 1  /  It passed 4-0. Councilor Ruble abstained.  /  Councilor Tuttle seconded. Moved 5-0.
 * CARRIED   RESOLUTION NO.2017/GM2012   5/0                   for 5, against 0
 * CARRIED: 8 for 2 abstentions.                                 for 8, abstain 2
 * a vote was taken to approve the item; 5 for, 1 abstention.    for 5, abstain 1
 * For the Motion were Councillors Gold, ... and Strassberg (Total 8). / Against the Motion was Nil (Total 0).   8, 0
 * For | R H Adams, N Alam, ... and I K Ridley | 19  /  Against | None | 0  /  Abstain | None | 0   19, 0, 0
 * </pre>
 */
final class Motions {

  private static final String TITLES = "(?:(?:(?:County|District|Town|Parish|City|Borough|Community)\\s+)?(?:Councillor|Cllr\\.?|Cr\\.?|Councilor|Councilmember|Council\\s+Member|Council(?:man|woman)|Commissioner|Supervisor"
      + "|Trustee|Director|Alderman|Ald\\.?|Alderperson|Selectman|Selectwoman|Mayor|Deputy\\s+Mayor|Vice\\s+Mayor|Mayor\\s+Pro\\s+Tem|Chair(?:man|person|woman)?"
      + "|Vice[\\s-]Chair(?:man|person)?|Member|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.?)\\s+)*";
  /**
   * A word of a name, or a nickname in quotes ({@code Peter ‘Chap’ Cleere}); not a label in capitals that follows it
   * on the next line ("MOTION BY: Garcia" / "SECOND: ..."), nor a word of the sentence that goes on after it
   * ("Seconded by Cllr. David Fitzgerald / And Agreed", "... Justin Warnock It was agreed").
   */
  private static final String WORD = "(?!(?:SECOND|SECONDER|SECONDED|AYES|NAYS|NOES|ABSENT|RESULT|MOTION|MOVER|CARRIED|ABSTAIN|Seconded|Seconder|Moved)\\b)"
      + "(?!(?i:and|it|the|that|this|to|was|were|be|with|on|in|for|of|unanimously|resolved|agreed|carried|motion|resolution"
      + "|cuidithe|agus)\\b)"
      + "(?:[‘“\"]\\p{Lu}[\\p{L}'’-]*[’”\"]|\\p{Lu}[\\p{L}'’-]+)";
  /** A name: its titles, initials, then up to three words, a middle initial among them ({@code John V. Farrelly}). */
  private static final String NAME = "(" + TITLES + "(?:\\p{Lu}\\.?[ \\t]*)*" + WORD + "(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?" + WORD + "){0,2})";
  /** An office in another language before the English one: {@code Kahika - Mayor Moko Tepania}, {@code Kōwhai - Deputy Mayor ...}. */
  private static final String OFFICE_BEFORE = "(?:\\p{Lu}[\\p{L}'’-]+\\s+[-–]\\s+(?=(?:Mayor|Deputy|Cr|Cllr|Councillor|Chair)\\b))?";
  private static final Pattern MOVED_BY = Pattern.compile(
      "(?i:\\b(?:moved|proposed|nominated(?=\\s+by\\b)|(?<=minutes\\s)approved(?=\\s+by\\b)|motion\\s+(?:made\\s+)?by|on\\s+the\\s+(?:proposal|proposition|motion)\\s+of|mover|ar\\s+moladh)\\b(?:\\s+by)?\\s*[:\\-–]?\\s*)"
      + OFFICE_BEFORE + NAME);
  private static final Pattern SECONDED_BY = Pattern.compile(
      "(?i:(?:\\b(?:seconded|seconder|second(?:ed)?\\s+by|second|cuidithe\\s+ag)\\b|\\b2(?:nd|\"d)(?=\\s+(?:by\\s+)?(?:cr|cllr|councillor|councilor|council(?:man|woman)|commissioner|alderman|trustee|mayor|supervisor)\\b))(?:\\s+by)?\\s*[:\\-–]?\\s*)"
      + OFFICE_BEFORE + NAME);
  /**
   * {@code Councilor Tuttle moved to ...}, {@code COUNCILMEMBER MARIN MOVED, SECONDED BY ...}, {@code Councilor Bahrman
   * seconded}: the name before the verb.
   */
  private static final Pattern NAME_MOVED = Pattern.compile(NAME + "\\s+(?:moved|MOVED(?=,)|motioned|(?:made|makes)\\s+(?:a|the)\\s+motion|proposed|nominated)\\b");
  private static final Pattern NAME_SECONDED = Pattern.compile(NAME + "\\.?\\s+seconded\\b");
  /**
   * A motion's mover and seconder alone on the line above it, by their initials and names, a dash between: {@code 1. W.
   * Pacamaniuk – D. Klekta} (a Manitoba council's minutes; then "RESOLVED THAT ...").
   */
  private static final Pattern NAMES_DASHED = Pattern.compile(
      "^((?:\\p{Lu}\\.\\s*){1,2}\\p{Lu}[\\p{L}'’-]+)\\s+[–—-]\\s+((?:\\p{Lu}\\.\\s*){1,2}\\p{Lu}[\\p{L}'’-]+)$");
  /**
   * A minute whose heading is only its motion's mover and seconder ({@code 1. W. Pacamaniuk – D. Klekta}): the first
   * decision under it, with them as its movers unless it names its own; empty when the heading is a title.
   */
  static Optional<Resolution> moversHeading(String heading, Resolution first) {
    Matcher two = heading == null ? null : NAMES_DASHED.matcher(heading.strip());
    if (two == null || !two.matches()) {
      return Optional.empty();
    }
    String moved = first.movedBy() != null ? first.movedBy() : name(two.group(1));
    String seconded = first.movedBy() != null ? first.secondedBy() : moved == null ? null : name(two.group(2));
    return Optional.of(new Resolution(first.text(), first.page(), moved, seconded, first.votes()));
  }

  /** Both movers in brackets after the motion: {@code Motion and second to approve the minutes (Chair Sullivan-Cheah and Vice Chair Chiu).} */
  private static final Pattern MOTION_AND_SECOND = Pattern.compile(
      "(?i:\\bmotion\\s+and\\s+second(?:ed)?\\b)[^()]{0,200}\\(\\s*([^()]{2,60}?)\\s+and\\s+([^()]{2,60}?)\\s*\\)");
  /** The mover's surname in capitals after the motion's number: {@code 19/086 GRAHAM: That the minutes ...}. */
  private static final Pattern NUMBER_MOVER = Pattern.compile("\\b" + DecisionStart.NUMBER_AND_MOVER + "(?:That|THAT)\\b");
  /** {@code Proposed (AH) & Seconded (SB)}, {@code proposed (Cllr Waller) and seconded (Cllr Ashton Derry)}: initials or a name in brackets. */
  private static final Pattern INITIALS = Pattern.compile(
      "(?i)\\b(proposed|moved|seconded)\\s*\\((\\p{Lu}{1,4}|(?:Cllr|Councillor|Councilor|Cr|Clr)\\.?\\s+[^()]{2,40})\\)");
  private static final Pattern COUNTS = Pattern.compile(
      "(?i)\\b(?:passed|carried|carrying|approved|adopted|failed|defeated|lost|vote(?:d|s)?|decision(?=\\s*:)|motion\\s+(?:passed|carried)|moved(?=\\s+\\d{1,2}\\s*[-–]\\s*\\d))\\b(?:\\.(?=\\s+\\d{1,2}\\s*[-–]\\s*\\d))?[^.;]{0,30}?\\(?\\b(\\d{1,2})\\s*(?:-|–|to|/)\\s*(\\d{1,2})(?:\\s*(?:-|–)\\s*(\\d{1,2}))?\\b(?![/.]\\d)");
  /** A result line that ends in its count, after a resolution's number: {@code CARRIED   RESOLUTION NO.2017/GM2012   5/0}. */
  private static final Pattern RESULT_LINE = Pattern.compile(
      "(?im)^\\s*(?:carried|passed|lost|defeated|agreed)\\b[^\\n]*?\\s\\(?(\\d{1,2})\\s*[-–/]\\s*(\\d{1,2})\\)?\\.?[ \\t]*$");
  /**
   * A result, then its count with the number first: {@code CARRIED: 8 for 2 abstentions.}, {@code the motion passed with
   * 5 votes in favor and 2 against}.
   */
  private static final Pattern NUMBER_FIRST = Pattern.compile(
      "(?i)\\b(?:carried|agreed|passed|lost|defeated|failed|vote[ds]?)\\b\\s*[:\\-–]?\\s*(?:by\\s+|with\\s+)?\\(?(\\d{1,3})\\s+(?:votes?\\s+)?(?:for|in\\s+favou?r)\\b"
      + "(?:\\s*(?:,|and|with)?\\s*(\\d{1,3})\\s+(?:votes?\\s+)?against\\b)?(?:\\s*(?:,|and|with)?\\s*(\\d{1,3})\\s+abstentions?\\b)?");
  /** Each side's count before its word, with no result word: {@code a vote was taken; 5 for, 1 against.}, {@code 5 for, 1 abstention}. */
  private static final Pattern SIDES_COUNTED = Pattern.compile(
      "(?i)\\b(\\d{1,3})\\s+(?:votes?\\s+)?(?:for|in\\s+favou?r)\\s*[,;]?\\s*(?:and\\s+|with\\s+)?(\\d{1,3})\\s+(against|abstentions?|abstained)\\b"
      + "(?:\\s*[,;]?\\s*(?:and\\s+|with\\s+)?(\\d{1,3})\\s+(?:abstentions?|abstained)\\b)?");
  private static final Pattern NEVER = Pattern.compile("(?!)");
  private static final Pattern FOR = Pattern.compile("(?i)\\b(?:for|in\\s+favou?r)\\s*[:\\-–]?\\s*(\\d{1,3})\\b");
  private static final Pattern AGAINST = Pattern.compile("(?i)\\bagainst\\s*[:\\-–]?\\s*(\\d{1,3})\\b");
  private static final Pattern ABSTAIN_COUNT = Pattern.compile("(?i)\\babstentions?\\s*[:\\-–]?\\s*(\\d{1,3})\\b|\\babstain(?:ed|ing)?\\s*[:\\-–]\\s*(\\d{1,3})\\b");
  /** A roll call's side and names: {@code AYES: Garcia, Allen Fisk}, {@code For Motion: Crs Byrne, Da Cruz, ...}, {@code Nay: Bell}. */
  private static final Pattern ROLL = Pattern.compile(
      "(?i)^(?:upon\\s+roll\\s+call\\s*:\\s*)?(ayes?|yeas?|yes|nays?|noes|no|abstain(?:ed|ing)?|abstentions?|for\\s+(?:the\\s+)?motion"
      + "|against\\s+(?:the\\s+)?motion)\\s*:\\s*(.+)$");
  private static final String ROLL_SIDE = "(?:Ayes?|AYES?|Yeas?|YEAS?|Nays?|NAYS?|Noes|NOES|Abstain(?:ed)?|ABSTAIN(?:ED)?|Abstentions?)\\s*:";
  /** A roll call's names that wrap with no comma at the line's end, the next line going on with an initial or "and". */
  private static final Pattern ROLL_WRAPS = Pattern.compile("(?m)^(\\s*" + ROLL_SIDE + "[^\\n]*[^.;,\\n\\s])[ \\t]*\\n(?=\\s*(?:\\p{Lu}\\.\\s|and\\s|&\\s))");
  /** A roll call's side after a sentence on the same line: {@code ... Furuichi Fong. Ayes: ...}, {@code ... Jagannathan. Nays: none.} */
  private static final Pattern ROLL_AFTER_SENTENCE = Pattern.compile(
      "(?<=\\p{L}{2}[.;])\\s+(?=" + ROLL_SIDE + ")");
  /**
   * A surname alone in a roll call that the text layer begins with a lower-case l, a capital I read wrong: {@code Ayes:
   * Hoefert, Juracek, Korn, Lohrstorfer, ladel} (Trustee Iadel) is five.
   */
  private static final Pattern OCR_CAPITAL_I = Pattern.compile("(?<=(?:^|,|\\band|&)\\s{0,3})\\bl(?=\\p{Ll}+\\s*(?:,|&|\\band\\b|\\.?\\s*$))");
  /**
   * A recorded vote's table, a row a side: its label, names and count ({@code For | R H Adams, N Alam, ... and I K Ridley |
   * 19}, {@code Against | None | 0}, {@code Abstain | None | 0}), the cells parted by tabs.
   */
  private static final Pattern VOTE_ROW = Pattern.compile(
      "(?i)(for|against|abstain(?:ed)?|abstentions?)[ ]*\\t\\s*(.+?)\\s*\\t\\s*(\\d{1,3})");
  /**
   * A side of the vote as a sentence, its total after the names: {@code For the Motion were Councillors Gold, Hutchens,
   * Karpin, Palmer, Bennison, Brent, Brooks-Horn, and Strassberg (Total 8).} / {@code Against the Motion was Nil (Total 0).}
   */
  private static final Pattern SIDE_SENTENCE = Pattern.compile(
      "(?i)(for|against)\\s+the\\s+motion\\s+(?:were|was)\\s*:?\\s+(.+?)\\s*(?:\\(total\\s*:?\\s*(\\d{1,3})\\))?\\.?");
  /** A side's sentence whose names wrap with no comma, the next line going on with "and": {@code ... Brent, Brooks-Horn} / {@code and Strassberg (Total 8).} */
  private static final Pattern SIDE_WRAPS = Pattern.compile("(?im)^(\\s*(?:for|against)\\s+the\\s+motion\\s+(?:were|was)\\b[^\\n]*[^.\\n])[ \\t]*\\n(?=\\s*and\\s)");
  /**
   * A line of titled names alone, which goes on with the roll call above it: {@code Ayes: Council Members Anderson,
   * Mahan, Murray, Renteria, and Sheley.} / {@code Mayor Mundinger.} / {@code Nays: None.}
   */
  private static final Pattern TITLED_NAMES = Pattern.compile(
      "(?:Mayor|Deputy\\s+Mayor|Vice\\s+Mayor|Mayor\\s+Pro\\s+Tem|Chair(?:man|person|woman)?|Council\\s*(?:Members?|m[ae]n|woman|women)"
      + "|Councill?ors?|Crs?|Cllrs?|Trustees?|Commissioners?|Supervisors?|Alderm[ae]n|Ald|Alderpersons?)\\.?\\s+"
      + "\\p{Lu}[\\p{L}'’-]+(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)\\p{Lu}[\\p{L}'’-]+)*\\.?");
  /**
   * {@code Yeas: 9   Nays: 0   Abstentions: 0}, {@code Ayes – 5; Noes – 0; Abstentions – 0} anywhere; {@code Yes: 9},
   * {@code No: 0} at the start of a line only ("Item no: 5" is no vote).
   */
  private static final Pattern TOTALS = Pattern.compile(
      "(?im)\\b(yeas|ayes|nays|noes|abstentions?)\\s*(?::|\\s[–—-])\\s*(\\d{1,3})\\b|^\\s*(yes|no|abstain(?:ed|ing)?)\\s*:\\s*(\\d{1,3})\\b");
  private static final Pattern EACH_VOTE = Pattern.compile("\\p{Lu}[\\p{L}'’-]+\\s*[–-]\\s*(?i)(yes|no|aye|nay|yea)\\b");
  private static final Pattern ABSTAINED = Pattern.compile(NAME + "\\s+abstained\\b");
  /**
   * Surnames, then how they voted, in a sentence: {@code Upon roll call vote Roethemeyer, Hewgley and Deterding voted
   * “aye”.} (the side's names, so its count).
   */
  private static final Pattern NAMES_VOTED = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’-]+(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)\\p{Lu}[\\p{L}'’-]+)+)\\s+voted\\s+[“\"']?(?i)(aye|yes|yea|nay|no|in\\s+favou?r|against)\\b");
  /**
   * The members who voted for, named before "voting" in the motion's sentence: {@code ..., with Councilman Holland,
   * Councilman Shelton, Councilman Woods, and Mayor Pro Tem Palmer voting affirmatively motion carried.}
   */
  private static final Pattern NAMES_VOTING = Pattern.compile(
      "\\bwith\\s+(\\p{Lu}[^.;:]{3,200}?)\\s+voting\\s+(?i:affirmatively|aye|yes|in\\s+favou?r)\\b");
  /**
   * A voting record's columns: {@code In favour   Against}, then a name a line in the first column ({@code Cr Curran},
   * {@code Cr Foster}, ...), or one in each ({@code Cr Gray   Cr Owen}); an empty column is no one on that side.
   */
  private static final Pattern RECORD_HEADER = Pattern.compile("(?i)^in\\s+favou?r\\s+against$");
  private static final String RECORD_NAME = "(?:Crs?|Cllr|Clr|Councill?or|Mayor|Deputy\\s+Mayor|Alderman|Ald)\\.?\\s+(?:\\p{Lu}\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+";
  private static final Pattern RECORD_ROW = Pattern.compile("(" + RECORD_NAME + ")(?:\\s+(" + RECORD_NAME + "))?");

  /** A side with no one on it, told with a comma: {@code Nays, none.}, {@code Abstaining, none}. */
  private static final Pattern NONE_SAID = Pattern.compile("(?i)\\b(nays?|noes|abstain(?:ed|ing)?|abstentions?)\\s*,\\s*none\\b");

  /**
   * Mover and seconder in brackets after the decision or "Moved": {@code RESOLVED (Cr Fenton/Cr Carter)},
   * {@code RESOLVED [37/22] (Cadwallader/Gordon) that ...}, {@code Moved (Mayor Dave Cull/Cr Chris Staynes):}.
   */
  private static final Pattern PAIR_IN_BRACKETS = Pattern.compile(
      "(?i:\\b(?:resolved|moved|carried|agreed|motion))\\s*:?\\s*(?:\\[[^\\]]{0,20}\\]\\s*)?\\(\\s*([^/()]{2,40}?)\\s*/\\s*([^/()]{2,40}?)\\s*\\)"
      // each in brackets of their own: "Motion (Rosenberg)/Second (Wolfe) to approve minutes as amended"
      + "|(?i:\\bmotion)\\s*\\(\\s*([^/()]{2,40}?)\\s*\\)\\s*/\\s*(?i:second(?:ed)?)\\s*\\(\\s*([^/()]{2,40}?)\\s*\\)");

  /**
   * InfoCouncil's mover and seconder after the decision's word and number, no brackets: {@code RESOLVED - 17/401 Cr C
   * Gryllis/Cr R Gander} (then "That Council ..."), {@code Resolved: Sheppard/Roberts}.
   */
  private static final Pattern PAIR_AFTER_NUMBER = Pattern.compile(
      "\\b(?:RESOLVED|Resolved)\\s*[-–:]?\\s*(?:\\d{1,4}/\\d{1,4}\\s+)?"
      + "((?:(?:Crs?|Cllr|Clr|Councillor)\\.?\\s+)?(?:\\p{Lu}\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+)\\s*/\\s*"
      + "((?:(?:Crs?|Cllr|Clr|Councillor)\\.?\\s+)?(?:\\p{Lu}\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+)(?=\\s+(?i:that)\\b|\\s*$)");

  /** A name in a pair: initials, then words in capitals or a particle ({@code L. van Veen}, {@code K. J. Hyndman}). */
  private static final String PAIR_NAME = "(?:\\p{Lu}\\.\\s*){0,3}(?:(?:van|von|de|der|du|le)\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:van|von|de|der|du|le|\\p{Lu}[\\p{L}'’-]*))*";
  /** Mover and seconder parted by a dash before the motion's number: {@code L. van Veen – Walt Froese #277/19}. */
  static final String DASHED_PAIR = "(" + PAIR_NAME + ")\\s+[–-]\\s+(" + PAIR_NAME + ")\\s+#?\\d{1,4}/\\d{2,4}";
  private static final Pattern DASHED = Pattern.compile("(?i:motion)\\s*:\\s*" + DASHED_PAIR);

  /**
   * Mover and seconder on a line of their own, parted by a slash, over the words moved: {@code R Atrill/Brown} / {@code THAT
   * Council approves the agenda ...} (the "R" a resolution's mark, or its number); or under them with the result: {@code
   * C16/372   Tregidga/Leonard   CARRIED} (a New Zealand council's).
   */
  static final Pattern PAIR_LINE = Pattern.compile(
      "(?m)^(?:R\\s+|(?:Resolution|RESOLUTION|Res\\.?)\\s*(?:No\\.?\\s*)?[\\w/.-]*\\d[\\w/.-]*\\s+|[A-Z]{0,3}\\d{1,4}/\\d{1,4}\\s+)?"
      + "(\\p{Lu}[\\p{L}'’-]+)\\s*/\\s*(\\p{Lu}[\\p{L}'’-]+)(?:\\s+(?:CARRIED|Carried|LOST|Lost)(?:\\s+(?i:unanimously))?\\.?)?\\s*$");

  /**
   * Both by surname after one plural title, mover first: {@code 14/174 - Moved, seconded by Councillors Steer/MacIntyre that
   * the agenda be adopted} (a British Columbia village's minutes).
   */
  private static final Pattern PLURAL_PAIR = Pattern.compile(
      "(?i:seconded\\s+by)\\s+(?:Councill?ors|Crs|Cllrs|Trustees|Commissioners|Aldermen|Directors)\\s+(\\p{Lu}[\\p{L}'’-]+)\\s*/\\s*(\\p{Lu}[\\p{L}'’-]+)\\b"
      // "RESOLVED on the motion of Councillors Karpin and Gold that ..." (a New South Wales council)
      + "|(?i:on\\s+the\\s+motion\\s+of)\\s+(?:Councill?ors|Crs|Cllrs)\\s+(\\p{Lu}[\\p{L}'’-]+)\\s+and\\s+(\\p{Lu}[\\p{L}'’-]+)\\b"
      // in brackets before the result: "... be received and noted. (Crs. Lancini and Molachino - Carried unanimously)"
      + "|\\((?:Councill?ors|Crs|Cllrs)\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)\\s+and\\s+(\\p{Lu}[\\p{L}'’-]+)\\s*[-–—]\\s*(?i:carried|lost|defeated)\\b");

  /** {@code Trustee Hoefert, seconded by Trustee ladel, moved to approve}: the seconder between the mover and the verb. */
  private static final Pattern SECONDED_BETWEEN = Pattern.compile(NAME + ",\\s+seconded\\s+by\\s+([^,]{2,60}),\\s+moved\\b");

  private Motions() {}

  /** The decision starting at line {@code start} with its movers and vote, read from {@code lines[from, to)}. */
  static Resolution enrich(Resolution r, List<Line> lines, int from, int start, int to) {
    StringBuilder sb = new StringBuilder();
    StringBuilder own = new StringBuilder();
    for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
      sb.append(lines.get(i).text()).append('\n');
      if (i >= start) {
        own.append(lines.get(i).text()).append('\n');
      }
    }
    // a voting record goes on to its last name, past the lines read for movers: "In favour   Against" / "Cr Curran" / ...
    for (int i = Math.min(to, lines.size()); i < lines.size() && own.indexOf("\nIn favour") >= 0
        && RECORD_ROW.matcher(lines.get(i).text().strip()).matches(); i++) {
      sb.append(lines.get(i).text()).append('\n');
      own.append(lines.get(i).text()).append('\n');
    }
    String text = sb.toString();
    String flat = text.replace('\n', ' ');
    Matcher bracketed = PAIR_IN_BRACKETS.matcher(flat);
    Matcher pair = BY_THEN_SECOND.matcher(flat);
    Matcher secondedBetween = SECONDED_BETWEEN.matcher(flat);
    Matcher both = flat.contains("second") ? MOTION_AND_SECOND.matcher(flat) : NEVER.matcher("");
    String moved = null;
    String seconded = null;
    Matcher afterNumber = PAIR_AFTER_NUMBER.matcher(flat);
    Matcher dashed = flat.contains("#") ? DASHED.matcher(flat) : NEVER.matcher("");
    Matcher pairLine = text.indexOf('/') >= 0 ? PAIR_LINE.matcher(text) : NEVER.matcher("");
    Matcher plural = text.indexOf('/') >= 0 || flat.contains("otion of") || flat.contains("(C") ? PLURAL_PAIR.matcher(flat) : NEVER.matcher("");
    if (bracketed.find()) {
      int g = bracketed.group(1) != null ? 1 : 3;
      moved = name(bracketed.group(g));
      seconded = moved == null ? null : name(bracketed.group(g + 1));
    } else {
      // the first form that names both, in this order, mover in group 1 and seconder in group 2
      for (Matcher m : List.of(afterNumber, dashed, pairLine, plural, secondedBetween, both, pair)) {
        if (m.find()) {
          int g = 1; // a pattern of several forms, each with its pair: the one that matched
          while (g + 2 <= m.groupCount() && m.group(g) == null) {
            g += 2;
          }
          moved = name(m.group(g));
          seconded = moved == null ? null : name(m.group(g + 1));
          break;
        }
      }
    }
    if (moved == null) {
      // A name then "moved" or "seconded" is looked for only where the verb is (the patterns open
      // with the name, tried at every capital: 2.5% of a reindex when run on every decision).
      boolean verb = flat.contains("moved") || flat.contains("motion") || flat.contains("proposed") || flat.contains("nominated")
          || flat.contains("MOVED,"); // "COUNCILMEMBER MARIN MOVED, SECONDED BY ..."

      moved = mover(flat).or(() -> verb ? seconded(NAME_MOVED, flat) : Optional.empty())
          .or(() -> verb ? first(NAME_MOVED, flat) : Optional.empty()).orElse(null);
      seconded = first(SECONDED_BY, flat).or(() -> flat.contains("seconded") ? first(NAME_SECONDED, flat) : Optional.empty())
          .orElse(null);
    }
    Matcher numbered = moved == null ? NUMBER_MOVER.matcher(flat) : null;
    if (numbered != null && numbered.find()) {
      moved = name(numbered.group(1).charAt(0) + numbered.group(1).substring(1).toLowerCase(java.util.Locale.ROOT)); // "19/086 GRAHAM: That"
    }
    Matcher initials = INITIALS.matcher(flat);
    while (initials.find()) {
      // "proposed (Cllr Waller) and seconded (Cllr Ashton Derry)": a name in brackets, read as names are
      String who = initials.group(2).matches("\\p{Lu}{1,4}") ? initials.group(2) : name(initials.group(2));
      if (initials.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("second")) {
        seconded = seconded == null ? who : seconded;
      } else {
        moved = moved == null ? who : moved;
      }
    }
    // The vote follows the motion: read from the decision's own first line, else from the two lines before it ("a vote
    // was taken to approve the item; 5 for, 1 against. It was" / "therefore RESOLVED that ...")
    StringBuilder before = new StringBuilder();
    for (int i = Math.max(Math.max(0, from), start - 2); i < Math.min(start, lines.size()); i++) {
      before.append(lines.get(i).text()).append('\n');
    }
    Optional<Votes> votes = votes(own.toString()).or(() -> before.isEmpty() ? Optional.empty() : votes(before.toString()));
    return new Resolution(r.text(), r.page(), moved, seconded, votes.orElse(null));
  }

  /**
   * The mover whose own sentence names a seconder: {@code Cllr Tong proposed Cllr Williams, seconded by Cllr
   * Holiday.}, not the nomination before it that found none ({@code Cllr Holiday proposed Cllr Tong, who declined}).
   */
  private static Optional<String> seconded(Pattern p, String text) {
    return first(p, text, m -> {
      int stop = text.indexOf(". ", m.end());
      return text.substring(m.end(), stop < 0 ? text.length() : stop).toLowerCase(java.util.Locale.ROOT).contains("seconded");
    });
  }

  /** A titled name just before the verb: {@code Cllr Tong proposed ...} names the mover, not the one proposed after it. */
  private static final Pattern SUBJECT_BEFORE = Pattern.compile(
      "\\b(?:Cllr|Councillor|Councilor|Cr|Mr|Mrs|Ms|Dr|Mayor|Trustee|Commissioner)\\.?\\s+\\p{Lu}[\\p{L}'’-]+\\s+$");

  /**
   * The mover after "Moved"/"Proposed" ({@code Proposed Cllr Smith, seconded Cllr Jones}), unless the verb has a
   * subject: in {@code Cllr Tong proposed Cllr Holiday, seconded by ...} Holiday is the one proposed.
   */
  private static Optional<String> mover(String text) {
    return first(MOVED_BY, text, m -> !SUBJECT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find());
  }

  private static Optional<String> first(Pattern p, String text) {
    return first(p, text, m -> true);
  }

  /** The name in the first match of {@code p} that is a name and that {@code where} accepts. */
  private static Optional<String> first(Pattern p, String text, java.util.function.Predicate<java.util.regex.MatchResult> where) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      String n = name(m.group(1));
      if (n != null && where.test(m)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** A mover's name without title, initials of a time before it ("P.M. Councilor Decter Wright") or a body's name. */
  /** A motion's next label or result after a name: {@code SECONDED}, {@code CARRIED}. */
  private static final Pattern NEXT_LABEL = Pattern.compile("\\s+(?:SECONDED|CARRIED|MOVED|LOST|Seconded|Carried|Decision|DECISION|Vote|VOTE)\\b.*$");

  private static String name(String words) {
    String w = words == null ? "" : words.replaceFirst("^.*?\\b(?=(?:Councilor|Councillor|Cllr|Cr|Councilmember|Commissioner|Supervisor|Trustee"
        + "|Director|Alderman|Ald|Mayor)\\b\\.?\\s+\\p{Lu})", "");
    // a name in capitals runs into the next label's word: "MOVED: CR DAVID VIS SECONDED: CR DARYL WARREN CARRIED"
    w = NEXT_LABEL.matcher(w).replaceFirst("");
    Optional<PersonNames.Person> person = PersonNames.one(w, null);
    if (person.isEmpty() || person.get().name().matches("(?i)(?:the|that|to|and|motion|by|unanimously)|.*\\b(?:council|committee|board|commission|township|city)$")) {
      return null;
    }
    String n = person.get().name();
    // a name in capitals ("COUNCILMEMBER MARIN MOVED, ...") in the case names are written in: "Marin"
    return n.equals(n.toUpperCase(java.util.Locale.ROOT)) && n.matches(".*\\p{Lu}{3}.*") ? titleCase(n) : n;
  }

  private static String titleCase(String capitals) {
    StringBuilder sb = new StringBuilder(capitals.length());
    boolean start = true;
    for (char ch : capitals.toCharArray()) {
      sb.append(start ? ch : Character.toLowerCase(ch));
      start = !Character.isLetter(ch);
    }
    return sb.toString();
  }

  /**
   * {@code ... for the year by Trustee Elton, Second by Trustee Albrecht}, {@code ... 8:00 PM by Trustee Elton, seconded
   * Trustee Albrecht}: the mover at the end of the motion, then the seconder.
   */
  private static final Pattern BY_THEN_SECOND = Pattern.compile(
      "\\bby\\s+" + NAME + "\\s*,?\\s+(?:and\\s+)?(?i:second(?:ed)?\\s+by|seconded)\\s+" + NAME);

  /**
   * Which side a roll-call or totals label counts: {@code Ayes}, {@code Yeas}, {@code Yes}, {@code in favour} for;
   * {@code Nays}, {@code Noes}, {@code No} against; {@code Abstain(ed)}, {@code Abstentions} abstaining.
   */
  private static int side(String label) {
    String w = label.toLowerCase(java.util.Locale.ROOT);
    return w.startsWith("ay") || w.startsWith("ye") || w.startsWith("for") || w.matches("in\\s+favou?r\\b.*") ? 0
        : w.startsWith("n") || w.startsWith("against") ? 1 : 2;
  }

  /** The vote recorded in the text, if any. */
  static Optional<Votes> votes(String text) {
    // The first total given for each side: "Yeas: 9 / Nays: 0" (a line each or on one line).
    Integer[] totals = new Integer[3];
    Matcher t = TOTALS.matcher(text);
    while (t.find()) {
      boolean anywhere = t.group(1) != null;
      int side = side(anywhere ? t.group(1) : t.group(3));
      totals[side] = totals[side] == null ? Integer.valueOf(anywhere ? t.group(2) : t.group(4)) : totals[side];
    }
    // The names of a roll call: "AYES: Garcia, Allen Fisk" (a number there is a total, read above).
    List<List<String>> named = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    boolean[] none = new boolean[3];
    // A roll call's names wrap: "For Motion: Crs Byrne, Da Cruz, ... Lockie," / "Macri, ..." / "Stamolis, Steer and York"
    int naming = -1; // the side whose names the last line gave
    // "... seconded by Board member Furuichi Fong. Ayes: Christine Chilcott, ... Nays: none.": each side on a line of its own
    String rolls = text.replaceAll(",[ \t]*\n", ", ");
    if (rolls.contains(" the Motion") || rolls.contains(" the motion")) { // "For the Motion were ..., Brooks-Horn" / "and Strassberg (Total 8)."
      rolls = SIDE_WRAPS.matcher(rolls).replaceAll("$1 ");
    }
    if (rolls.indexOf(':') >= 0) { // a roll call's side has its colon: most decisions have none and skip the patterns
      rolls = ROLL_AFTER_SENTENCE.matcher(rolls).replaceAll("\n");
      for (int k = 0; k < 3; k++) { // "Ayes: Christine Chilcott, Vice-President" / "S. Lewis, ...", a line joined a pass
        String joined = ROLL_WRAPS.matcher(rolls).replaceAll("$1 ");
        if (joined.equals(rolls)) {
          break;
        }
        rolls = joined;
      }
    }
    boolean record = false; // under a voting record's "In favour   Against"
    for (String line : rolls.split("\n")) {
      Matcher recordRow = record ? RECORD_ROW.matcher(line.strip()) : null;
      if (recordRow != null && recordRow.matches()) {
        named.get(0).add(PersonNames.one(recordRow.group(1), null).map(PersonNames.Person::name).orElse(recordRow.group(1)));
        if (recordRow.group(2) != null) {
          named.get(1).add(PersonNames.one(recordRow.group(2), null).map(PersonNames.Person::name).orElse(recordRow.group(2)));
        }
        continue;
      }
      record = RECORD_HEADER.matcher(line.strip()).matches();
      if (record) {
        none[1] = true; // an empty "Against" column; a name in it counts instead
        continue;
      }
      Matcher roll = ROLL.matcher(line.strip());
      Matcher sentence = SIDE_SENTENCE.matcher(line.strip());
      Matcher row = VOTE_ROW.matcher(line.strip());
      if (row.matches()) {
        int side = side(row.group(1));
        totals[side] = totals[side] == null ? Integer.valueOf(row.group(3)) : totals[side];
        if (!row.group(2).matches("(?i)none|nil|n/a")) {
          named.get(side).addAll(PersonNames.list(row.group(2)).stream().map(PersonNames.Person::name).toList());
        }
        naming = -1;
      } else if (sentence.matches()) {
        int side = sentence.group(1).equalsIgnoreCase("for") ? 0 : 1;
        totals[side] = totals[side] == null && sentence.group(3) != null ? Integer.valueOf(sentence.group(3)) : totals[side];
        if (sentence.group(2).matches("(?i)nil|none|no\\s+one")) {
          none[side] = true;
        } else {
          named.get(side).addAll(PersonNames.list(sentence.group(2)).stream().map(PersonNames.Person::name).toList());
        }
        naming = -1;
      } else if (roll.matches() && roll.group(2).matches("(?i)\\s*(?:none|nil)(?:\\.(?:\\s+\\p{Lu}.*)?|\\s+(?i:motion\\s+)?(?:carried|passed|failed)\\b.*)?\\s*")) {
        none[side(roll.group(1))] = true; // "Nays: None." is no one against, as is "NOES: None   Motion carried"
        naming = -1;
      } else if (roll.matches() && !roll.group(2).matches("(?i)\\s*(?:\\d{1,3}|n/a)\\.?\\s*")) {
        naming = side(roll.group(1));
        String names = OCR_CAPITAL_I.matcher(roll.group(2)).replaceAll("I");
        named.get(naming).addAll(PersonNames.list(names).stream().map(PersonNames.Person::name).toList());
      } else if (naming >= 0 && TITLED_NAMES.matcher(line.strip()).matches()) {
        named.get(naming).addAll(PersonNames.list(line.strip()).stream().map(PersonNames.Person::name).toList());
      } else {
        naming = -1;
      }
    }
    Integer inFavour = totals[0];
    Integer against = totals[1];
    Integer abstain = totals[2];
    List<String> ayes = named.get(0);
    List<String> nays = named.get(1);
    List<String> abstainers = named.get(2);
    String flat = text.replace('\n', ' ');
    // "Roll Call was taken as follows: Trustee Elton – yes, ..." up to the motion's result
    int roll = flat.toLowerCase(java.util.Locale.ROOT).indexOf("roll call");
    String calls = roll < 0 ? flat : flat.substring(roll);
    int end = calls.toLowerCase(java.util.Locale.ROOT).indexOf("motion", 10);
    Matcher each = EACH_VOTE.matcher(end < 0 ? calls : calls.substring(0, end));
    int yes = 0;
    int no = 0;
    while (each.find()) {
      if (each.group(1).matches("(?i)yes|aye|yea")) {
        yes++;
      } else {
        no++;
      }
    }
    if (inFavour == null && yes > 0) {
      // "Trustee Elton – yes, Trustee Albrecht – yes, ..."
      inFavour = yes;
      against = no > 0 ? no : null;
    }
    if (inFavour == null && against == null) { // no totals printed: "passed 5-0", "For: 5 ... Against: 2"
      Matcher c = COUNTS.matcher(flat);
      Matcher line = RESULT_LINE.matcher(text);
      Matcher first = NUMBER_FIRST.matcher(flat);
      Matcher sides = flat.contains(" for") ? SIDES_COUNTED.matcher(flat) : NEVER.matcher("");
      Matcher f = FOR.matcher(flat);
      Matcher a = AGAINST.matcher(flat);
      if (c.find()) {
        inFavour = Integer.valueOf(c.group(1));
        against = Integer.valueOf(c.group(2));
        abstain = c.group(3) == null ? null : Integer.valueOf(c.group(3));
      } else if (line.find()) {
        inFavour = Integer.valueOf(line.group(1));
        against = Integer.valueOf(line.group(2));
      } else if (first.find()) {
        inFavour = Integer.valueOf(first.group(1));
        against = first.group(2) == null ? null : Integer.valueOf(first.group(2));
        abstain = first.group(3) == null ? null : Integer.valueOf(first.group(3));
      } else if (sides.find()) {
        inFavour = Integer.valueOf(sides.group(1));
        boolean abstained = sides.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("abst");
        against = abstained ? null : Integer.valueOf(sides.group(2));
        abstain = abstained ? Integer.valueOf(sides.group(2)) : sides.group(4) == null ? null : Integer.valueOf(sides.group(4));
      } else if (f.find() && a.find()) {
        inFavour = Integer.valueOf(f.group(1));
        against = Integer.valueOf(a.group(1));
      }
    }
    Matcher ab = ABSTAIN_COUNT.matcher(flat);
    if (abstain == null && ab.find()) {
      abstain = Integer.valueOf(ab.group(1) != null ? ab.group(1) : ab.group(2));
    }
    Matcher voting = flat.contains(" voting ") ? NAMES_VOTING.matcher(flat) : null;
    if (voting != null && voting.find() && named.get(0).isEmpty()) {
      // "2nd by Councilman Shelton, with Councilman Holland, ..., and Mayor Pro Tem Palmer voting affirmatively"
      named.get(0).addAll(PersonNames.list(voting.group(1)).stream().map(PersonNames.Person::name).toList());
    }
    // "Upon roll call vote Roethemeyer, Hewgley and Deterding voted “aye”. Nays, none."
    Matcher voted = flat.contains(" voted ") ? NAMES_VOTED.matcher(flat) : null;
    while (voted != null && voted.find()) {
      int side = side(voted.group(2));
      if (named.get(side).isEmpty()) {
        named.get(side).addAll(PersonNames.list(voted.group(1)).stream().map(PersonNames.Person::name).toList());
      }
    }
    Matcher noneSaid = NONE_SAID.matcher(flat);
    while (noneSaid.find()) {
      none[side(noneSaid.group(1))] = true;
    }
    // The pattern opens with a name, tried at every capital: only where the word is.
    Matcher who = flat.contains("abstained") ? ABSTAINED.matcher(flat) : null;
    while (who != null && who.find()) {
      PersonNames.one(who.group(1), null).ifPresent(p -> abstainers.add(p.name()));
    }
    if (inFavour == null && !ayes.isEmpty()) {
      inFavour = ayes.size();
    }
    if (against == null && !nays.isEmpty()) {
      against = nays.size();
    }
    if (abstain == null && !abstainers.isEmpty()) {
      abstain = abstainers.size();
    }
    if (inFavour == null && against == null && abstain == null) {
      return Optional.empty();
    }
    // "passed with a unanimous roll call vote: Donovan - aye, Doggett - aye, ...": no one against
    against = against == null && (none[1] || inFavour != null && flat.contains("unanimous")) ? Integer.valueOf(0) : against;
    abstain = abstain == null && none[2] ? Integer.valueOf(0) : abstain;
    return Optional.of(new Votes(inFavour, against, abstain, ayes, nays, abstainers));
  }
}
