package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Votes;

/**
 * How a vote went, from a decision's text: the totals, a roll call's names, a count after the result.
 *
 * <pre>
 * Ayes: Council Members Anderson, Mahan, Murray, Renteria, and Sheley. / Mayor Mundinger. / Nays: None.   for 6
 * MOVER: Garcia / SECONDER: Allen Fisk / AYES: Garcia, Allen Fisk, Sherrard   for 3
 * For: 5, Against: 2, Abstentions: 1  /  It passed 4-0. Councilor Ruble abstained.  /  Councilor Tuttle seconded. Moved 5-0.
 * CARRIED   RESOLUTION NO.2017/GM2012   5/0                   for 5, against 0
 * CARRIED: 8 for 2 abstentions.                                 for 8, abstain 2
 * a vote was taken to approve the item; 5 for, 1 abstention.    for 5, abstain 1
 * For the Motion were Councillors Gold, ... and Strassberg (Total 8). / Against the Motion was Nil (Total 0).   8, 0
 * For | R H Adams, N Alam, ... and I K Ridley | 19  /  Against | None | 0  /  Abstain | None | 0   19, 0, 0
 * </pre>
 */
final class VoteCounts {

  private VoteCounts() {}

  /**
   * A result, then its count: {@code The motion passed 5-0}, {@code carrying. 3-0}, {@code Decision: 2-0}, {@code Moved 5-0},
   * {@code Motion passes 5-} / {@code 0.} (the count wrapped).
   */
  private static final Pattern COUNTS = Pattern.compile(
      "(?i)\\b(?:passed|passes|carried|carries|carrying|approved|adopted|failed|defeated|lost|vote(?:d|s)?|decision(?=\\s*:)|motion\\s+(?:passed|carried)|moved(?=\\s+\\d{1,2}\\s*[-–]\\s*\\d))\\b(?:\\.(?=\\s+\\d{1,2}\\s*[-–]\\s*\\d))?[^.;]{0,30}?\\(?\\b(\\d{1,2})\\s*(?:-|–|to|/)\\s*(\\d{1,2})(?:\\s*(?:-|–)\\s*(\\d{1,2}))?\\b(?![/.]\\d)");
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
  /**
   * Each side's count before its roll-call word: {@code Motion carried: 7 Ayes 0 Nays 0 Abstentions}, {@code 5 yes, 0 no, 1
   * absent}.
   */
  private static final Pattern SIDES_NAMED = Pattern.compile(
      "(?i)\\b(\\d{1,3})\\s+(?:ayes?|yeas?|yes)\\s*(?:\\([^)]{0,200}\\)\\s*)?[,;]?\\s*(\\d{1,3})\\s+(?:nays?|noes|no)\\b"
      // "VOTE: 6 AYE (Burns, ..., Hatter); 0 NAY; 0 ABSTAIN; 1 ABSENT (Slayton)": each side's names in brackets after it
      + "(?:\\s*(?:\\([^)]{0,200}\\)\\s*)?[,;]?\\s*(\\d{1,3})\\s+(?:abstentions?|abstain(?:ed|s)?)\\b)?");
  /** A unanimous vote, then how many voted: {@code which carried by unanimous voice vote – 4. [Absent: Mayor Gilmore – 1.]}. */
  private static final Pattern UNANIMOUS_COUNT = Pattern.compile(
      "(?i)\\bunanimous\\s+(?:voice\\s+|roll[\\s-]+call\\s+|hand\\s+)?vote\\s*[–—-]\\s*(\\d{1,2})\\b");
  /** A voice vote, those for not counted: {@code All in favor, 0 opposed}. */
  private static final Pattern ALL_BUT_OPPOSED = Pattern.compile("(?i)\\ball\\s+in\\s+favou?r\\s*[,;.]?\\s*(\\d{1,3})\\s+opposed\\b");
  private static final Pattern NEVER = Pattern.compile("(?!)");
  private static final Pattern FOR = Pattern.compile("(?i)\\b(?:for|in\\s+favou?r)\\s*[:\\-–]?\\s*(\\d{1,3})\\b");
  private static final Pattern AGAINST = Pattern.compile("(?i)\\bagainst\\s*[:\\-–]?\\s*(\\d{1,3})\\b");
  private static final Pattern ABSTAIN_COUNT = Pattern.compile("(?i)\\babstentions?\\s*[:\\-–]?\\s*(\\d{1,3})\\b|\\babstain(?:ed|ing)?\\s*[:\\-–]\\s*(\\d{1,3})\\b");
  /**
   * A roll call's side and names: {@code AYES: Garcia, Allen Fisk}, {@code For Motion: Crs Byrne, Da Cruz, ...}, {@code Nay:
   * Bell}, {@code Voting – Ayes: Sophie Martin, Adam Moseley, ...}.
   */
  private static final Pattern ROLL = Pattern.compile(
      "(?i)^(?:(?:upon\\s+)?roll\\s+call(?:\\s+vote)?\\s*:\\s*(?=ayes?|yeas?)|voting\\s*[-–—:]?\\s*(?=ayes?|yeas?|nays?|noes))?(ayes?|yeas?|yes|nays?|noes|no|abstain(?:ed|ing)?|abstentions?|for\\s+(?:the\\s+)?motion"
      // "Roll call: Brumbaugh, Casey, Wymer. Nays: None.": the names called with no "Ayes" are those for
      + "|roll\\s+call(?:\\s+vote)?"
      + "|in\\s+favou?r|opposed"
      + "|against\\s+(?:the\\s+)?motion)\\s*:\\s*(.+)$");
  private static final String ROLL_SIDE = "(?:Ayes?|AYES?|Yeas?|YEAS?|Nays?|NAYS?|Noes|NOES|Abstain(?:ed)?|ABSTAIN(?:ED)?|Abstentions?|Roll\\s+call"
      // "No:" when names or "none" follow: "Aye: Black, Houston, Roberts, Yarnell. No: none." (not "Item No: 5")
      + "|No(?=\\s*:\\s*(?:[Nn]one\\b|\\p{Lu}\\p{Ll}+[,.]?)))\\s*:";
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
  private static final String VOTER_TITLE = "(?:Mayor|Deputy\\s+Mayor|Vice\\s+Mayor|Mayor\\s+Pro\\s+Tem|Chair(?:man|person|woman)?"
      + "|Council\\s*(?:Members?|m[ae]n|woman|women)|Councill?ors?|Crs?|Cllrs?|Trustees?|Commissioners?|Supervisors?|Alderm[ae]n|Ald|Alderpersons?)\\.?\\s+";
  private static final String VOTER = "(?:\\p{Lu}\\.\\s*){0,3}\\p{Lu}[\\p{L}'’-]+";
  /** ... and a row of titled names in columns: {@code In favour: Mayor Howell   Councillor M. Wheaton} / {@code Councillor S. Budgell   Councillor D. Howell}. */
  private static final Pattern TITLED_NAMES = Pattern.compile(
      VOTER_TITLE + VOTER + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + VOTER + ")*"
      + "(?:\\s+" + VOTER_TITLE + VOTER + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + VOTER + ")*)*\\.?");
  /**
   * {@code Yeas: 9   Nays: 0   Abstentions: 0}, {@code Ayes – 5; Noes – 0; Abstentions – 0}, {@code Vote: Aye – 2, Nay – 0,
   * Abstain – 1.}, Legistar's {@code Aye: 8 - Kalb, Reid, ...} / {@code Abstained: 1 - Gallo} anywhere; {@code Yes: 9},
   * {@code No: 0} at the start of a line only ("Item no: 5" is no vote).
   */
  private static final Pattern TOTALS = Pattern.compile(
      "(?im)\\b(yeas?|ayes?|nays?|noes|abstentions?|abstain(?:ed|ing)?)\\s*(?::|\\s[–—-])\\s*(\\d{1,3})\\b|^\\s*(yes|no|opposed|abstain(?:ed|ing)?)\\s*:\\s*(\\d{1,3})\\b");
  /** One member's vote: {@code Trustee Elton – yes}, {@code Councillor Golden: Yes} (a recorded vote, a member a line). */
  private static final Pattern EACH_VOTE = Pattern.compile("\\p{Lu}[\\p{L}'’-]+\\s*(?:[–-]|(?<=\\p{Ll}):)\\s*(?i)(yes|no|aye|nay|yea)\\b");
  /** A roll call's sides after dashes, the names for and a count or names against: {@code yes – Niepoth, Kotz, and Petrie. No – 0.} */
  private static final Pattern YES_DASH_NAMES = Pattern.compile(
      "(?i)\\byes\\s*[–-]\\s*(\\p{Lu}[^.]{1,200}?)\\.\\s*no\\s*[–-]\\s*(\\d{1,2}|(?-i:\\p{Lu})[^.]{1,200}?)(?:\\.|$)");
  /** One member's vote in brackets after the name: {@code Jankura (abstain), Luther (yea), Shupe (yea)}. */
  private static final Pattern BRACKETED_VOTE = Pattern.compile(
      "\\p{Lu}[\\p{L}'’-]+\\s*\\(\\s*(?i)(yes|yea|aye|no|nay|abstain(?:ed)?)\\s*\\)");
  private static final Pattern ABSTAINED = Pattern.compile(Motions.NAME + "\\s+abstained\\b");
  /**
   * Surnames, then how they voted, in a sentence: {@code Upon roll call vote Roethemeyer, Hewgley and Deterding voted
   * “aye”.}, {@code Williams, Zimmerman, Beach, Armstrong, and Ford voted for.} (the side's names, so its count).
   */
  private static final Pattern NAMES_VOTED = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’-]+(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)\\p{Lu}[\\p{L}'’-]+)+)\\s+voted\\s+[“\"']?(?i)(aye|yes|yea|nay|no|in\\s+favou?r|for|against)\\b");
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
  static final Pattern RECORD_ROW = Pattern.compile("(" + RECORD_NAME + ")(?:\\s+(" + RECORD_NAME + "))?");

  /** A side with no one on it, told with a comma: {@code Nays, none.}, {@code Abstaining, none}. */
  private static final Pattern NONE_SAID = Pattern.compile("(?i)\\b(nays?|noes|abstain(?:ed|ing)?|abstentions?)\\s*,\\s*none\\b");

  /**
   * Which side a roll-call or totals label counts: {@code Ayes}, {@code Yeas}, {@code Yes}, {@code in favour} for;
   * {@code Nays}, {@code Noes}, {@code No} against; {@code Abstain(ed)}, {@code Abstentions} abstaining.
   */
  private static int side(String label) {
    String w = label.toLowerCase(java.util.Locale.ROOT);
    return w.startsWith("ay") || w.startsWith("ye") || w.startsWith("for") || w.startsWith("roll") || w.matches("in\\s+favou?r\\b.*") ? 0
        : w.startsWith("n") || w.startsWith("against") || w.startsWith("opposed") ? 1 : 2;
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
        // Legistar's count before the names: "Aye: 7 - Kalb, Reid, ..." (the count read above with the totals)
        String names = OCR_CAPITAL_I.matcher(PersonNames.withoutCount(roll.group(2))).replaceAll("I");
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
    String lowered = flat.toLowerCase(java.util.Locale.ROOT);
    // "... Motion seconded by Councilmember Seamons. Vote: Councilmember Archibald – aye, ...": the votes after their label,
    // where no count is printed ("Vote: Neil Duncan-yes, ... Harold Merrittyes, ... The motion passed 5/0." counts 5)
    int rollCall = lowered.indexOf("roll call");
    int voteLabel = rollCall < 0 ? lowered.indexOf("vote:") : -1;
    int roll = rollCall >= 0 ? rollCall : voteLabel >= 0 && !COUNTS.matcher(flat).find() ? voteLabel : -1;
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
    Matcher dashed = inFavour == null && flat.contains("yes") ? YES_DASH_NAMES.matcher(flat) : NEVER.matcher("");
    if (dashed.find()) {
      // "Roll call vote: yes – Niepoth, Kotz, Hagood, and Petrie. No – 0. Absent – Fleet."
      inFavour = PersonNames.list(dashed.group(1)).size();
      against = dashed.group(2).matches("\\d+") ? Integer.valueOf(dashed.group(2)) : Integer.valueOf(PersonNames.list(dashed.group(2)).size());
    }
    // The pattern opens with a name, tried at every capital: only where a bracket is.
    Matcher bracketed = flat.indexOf('(') >= 0 ? BRACKETED_VOTE.matcher(flat) : NEVER.matcher("");
    int[] byName = new int[3];
    int voters = 0;
    while (inFavour == null && bracketed.find()) {
      byName[side(bracketed.group(1))]++;
      voters++;
    }
    if (voters >= 2) {
      // "MOTION PASSED BY MAJORITY PRESENT: Jankura (abstain), Luther (yea), Shupe (yea)": every member's vote, so a side no
      // one took is 0, abstentions aside (named only when someone abstained)
      inFavour = byName[0];
      against = byName[1];
      abstain = byName[2] > 0 ? Integer.valueOf(byName[2]) : abstain;
    }
    if (inFavour == null && against == null) { // no totals printed: "passed 5-0", "For: 5 ... Against: 2"
      Matcher c = COUNTS.matcher(flat);
      Matcher line = RESULT_LINE.matcher(text);
      Matcher first = NUMBER_FIRST.matcher(flat);
      Matcher sides = flat.contains(" for") ? SIDES_COUNTED.matcher(flat) : NEVER.matcher("");
      Matcher f = FOR.matcher(flat);
      Matcher a = AGAINST.matcher(flat);
      Matcher unanimous = flat.contains("nanimous") ? UNANIMOUS_COUNT.matcher(flat) : NEVER.matcher("");
      if (c.find()) {
        inFavour = Integer.valueOf(c.group(1));
        against = Integer.valueOf(c.group(2));
        abstain = c.group(3) == null ? null : Integer.valueOf(c.group(3));
      } else if (unanimous.find()) {
        inFavour = Integer.valueOf(unanimous.group(1)); // no one against: set below, for "unanimous"
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
      } else if (flat.contains("Aye") || flat.contains("AYE") || flat.contains("Yeas") || flat.contains(" yes")) {
        Matcher tally = SIDES_NAMED.matcher(flat);
        if (tally.find()) {
          inFavour = Integer.valueOf(tally.group(1));
          against = Integer.valueOf(tally.group(2));
          abstain = tally.group(3) == null ? null : Integer.valueOf(tally.group(3));
        }
      }
      Matcher opposed = inFavour == null && against == null && flat.contains(" opposed") ? ALL_BUT_OPPOSED.matcher(flat) : NEVER.matcher("");
      if (opposed.find()) {
        against = Integer.valueOf(opposed.group(1)); // "Voice Vote. All in favor, 0 opposed."
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
