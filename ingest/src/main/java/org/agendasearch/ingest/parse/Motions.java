package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Resolution;
import org.agendasearch.ingest.model.Votes;

/**
 * Who moved and seconded a decision, from the lines around it, and its vote ({@link VoteCounts}):
 *
 * <pre>
 * Moved by Councillor Smith, seconded by Councillor Jones       moved "Smith", seconded "Jones"
 * Proposed by Cllr Simkins, seconded by Cllr Blake              "Simkins", "Blake"
 * Councilor Tuttle moved to approve ... Councilor Bahrman seconded. The motion passed 5-0.
 * A motion was made by Commissioner Moates to approve ... The motion was seconded by Commissioner Anderson.
 * On the PROPOSAL of Cllr Frank Dolan / SECONDED by Cllr Justin Warnock
 * On the motion of Cllr Herring, seconded by Cllr Riseborough, it was RESOLVED   "Herring", "Riseborough"
 * RESOLVED (Cr Fenton/Cr Carter)  /  Moved (Mayor Dave Cull/Cr Chris Staynes):    "Fenton", "Carter"
 * Trustee Hoefert, seconded by Trustee ladel, moved to approve ...  /  Upon roll call: Ayes: Hoefert, ... Nays: None
 * Ayes: Council Members Anderson, Mahan, Murray, Renteria, and Sheley. / Mayor Mundinger. / Nays: None.   for 6
 * Moved: Kahika - Mayor Moko Tepania / Seconded: Kōwhai - Deputy Mayor Kelly Stratford  the names after the offices
 * MOVER: Garcia / SECONDER: Allen Fisk / AYES: Garcia, Allen Fisk, Sherrard   votes for 3
 * 1. W. Pacamaniuk – D. Klekta / RESOLVED THAT the Agenda be adopted             "W. Pacamaniuk", "D. Klekta"
 * </pre>
 */
final class Motions {

  private static final String TITLES = "(?:(?:(?:County|District|Town|Parish|City|Borough|Community)\\s+)?(?:Councillor|Cllr\\.?|Cr\\.?|Counc\\.|Coun\\.|Councilor|Councilmember|Council\\s+Member|Council(?:man|woman)|Commissioner|Supervisor"
      + "|Trustee|Director|Alderman|Ald\\.?|Alderperson|Selectman|Selectwoman|Mayor|Deputy\\s+Mayor|Vice\\s+Mayor|Mayor\\s+Pro\\s+Tem|Chair(?:man|person|woman)?"
      + "|Vice[\\s-]Chair(?:man|person)?|(?:(?:Board|board|Committee|committee)\\s+)?[Mm]ember|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.?|Judge)\\s+"
      // the seat after the title: "Commissioner Precinct 3 Valerie Covey" (a Texas county's; left out of the name below)
      + "(?:(?:Precinct|District|Ward|Position|Seat)\\s*(?:No\\.?\\s*|#\\s*)?\\d{1,2}\\s+)?"
      // in Welsh, "Cyng." (Cynghorydd, Councillor), its space often lost: "ar gynnig Cyng.Hedd Pugh"
      + "|Cyng\\.\\s*)*";
  /**
   * A word of a name, or a nickname in quotes ({@code Peter ‘Chap’ Cleere}); not a label in capitals that follows it
   * on the next line ("MOTION BY: Garcia" / "SECOND: ..."), nor a word of the sentence that goes on after it
   * ("Seconded by Cllr. David Fitzgerald / And Agreed", "... Justin Warnock It was agreed").
   */
  private static final String WORD = "(?!(?:SECOND|SECONDER|SECONDED|AYES|NAYS|NOES|ABSENT|RESULT|MOTION|MOVER|CARRIED|ABSTAIN|VOICE|ROLL|Seconded|Seconder|Moved)\\b)"
      + "(?!(?i:and|it|the|that|this|to|was|were|be|with|on|in|for|of|unanimously|resolved|agreed|carried|motion|resolution"
      + "|cuidithe|agus)\\b)"
      // a label's word before its colon: "Seconded: Cllr Fisher Voting: Unanimous." (not a surname ending the line: "seconded by
      // Councillor Jeff Hackett:" / "That the agenda be approved ...")
      + "(?!\\p{Lu}\\p{Ll}+:\\s*(?!(?i:that|to)\\b)\\S)"
      // (not a resolution's number on the next line: "Moved by Councillor Fulton" / "RC19-191 That Council adopt ...")
      + "(?:[‘“\"]\\p{Lu}[\\p{L}'’-]*[’”\"]|\\p{Lu}[\\p{L}'’-]+(?!\\d))";
  /** A name: its titles, initials, then up to three words, a middle initial among them ({@code John V. Farrelly}). */
  static final String NAME = "(" + TITLES + "(?:\\p{Lu}\\.?[ \\t]*)*" + WORD + "(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?" + WORD + "){0,2})";
  /** An office in another language before the English one: {@code Kahika - Mayor Moko Tepania}, {@code Kōwhai - Deputy Mayor ...}. */
  private static final String OFFICE_BEFORE = "(?:\\p{Lu}[\\p{L}'’-]+\\s+[-–]\\s+(?=(?:Mayor|Deputy|Cr|Cllr|Councillor|Chair)\\b))?";
  private static final Pattern MOVED_BY = Pattern.compile(
      "(?i:\\b(?:moved|proposed|nominated(?=\\s+by\\b)|(?<=minutes\\s)approved(?=\\s+by\\b)|(?:approved|proposed)(?:\\s+as\\s+[a-z]+(?:\\s+[a-z]+)?)?(?:\\s+(?:per|on|upon)\\s+(?:a\\s+|the\\s+)?motion)?(?=\\s+by\\s[^.]{1,60}?\\bseconded\\b)|motion\\s+(?:was\\s+)?(?:made\\s+)?by|on\\s+the\\s+(?:proposal|proposition|motion)\\s+of|on\\s+motion\\s+of|mover|ar\\s+moladh|ar\\s+gynnig)\\b(?:\\s+by)?\\s*"
      // "It was MOVED, R. Carsten and seconded to ...": a comma before the mover only where the seconder is not named
      + "(?:[:\\-–]|,(?=\\s*(?:\\p{Lu}\\.\\s*){0,2}\\p{Lu}[\\p{L}'’-]+\\s+and\\s+(?i:seconded)\\s+(?i:to|that)\\b))?\\s*)"
      + OFFICE_BEFORE + NAME);
  private static final Pattern SECONDED_BY = Pattern.compile(
      "(?i:(?:\\b(?:seconded|seconder|second(?:ed)?\\s+by|second|supported\\s+by|support\\s+by|with\\s+support\\s+by|cuidithe\\s+ag|(?:a['’]i\\s+)?eilio\\s+gan|eiliwyd\\s+gan)\\b|\\b2(?:nd|\"d)(?=\\s+(?:by\\s+)?(?:cr|cllr|councillor|councilor|council(?:man|woman)|commissioner|alderman|trustee|mayor|supervisor)\\b|\\s+by\\s+\\p{Lu}|\\s*:\\s*\\p{Lu}))(?:\\s+by)?\\s*[:\\-–]?\\s*)"
      + OFFICE_BEFORE + NAME);
  /**
   * {@code Councilor Tuttle moved to ...}, {@code COUNCILMEMBER MARIN MOVED, SECONDED BY ...}, {@code Councilor Bahrman
   * seconded}: the name before the verb.
   */
  private static final Pattern NAME_MOVED = Pattern.compile(
      NAME + "\\s+(?:moved|MOVED(?=,)|motioned|(?i:made|makes)\\s+(?:(?i:a|the)\\s+)?(?i:motion)|proposed|nominated)\\b");
  /** {@code Councilor Bahrman seconded}, {@code Mrs. Ford SECOND.} (a Montana city's). */
  private static final Pattern NAME_SECONDED = Pattern.compile(NAME + "\\.?\\s+(?:seconded|SECONDED|SECOND(?=\\.|$))\\b");
  /**
   * The mover after the motion's words and a colon, an ellipsis after the name: {@code Motion to approve as written: J. White…
   * 2nd: B. Hall… Unanimous Yes vote.} (an Oklahoma town's).
   */
  private static final Pattern MOTION_COLON = Pattern.compile("(?i:motion)\\b[^:.…]{0,80}:\\s*" + NAME + "\\s*(?:…|\\.{3})");
  /** {@code Joe Ellis made a motion for approval of ..., with Doug Orange seconding and Ellie Lewis approving the motion.} */
  private static final Pattern WITH_SECONDING = Pattern.compile("\\bwith\\s+" + NAME + "\\s+seconding\\b");
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

  private static final Pattern NEVER = Pattern.compile("(?!)");
  /**
   * Each name before its verb, no "by": {@code Hodges moved Keenan seconded to approve the minutes ...} (a Delaware town's),
   * {@code Trustee Miller moved, and Trustee Soles seconded the motion to ...}.
   */
  private static final Pattern MOVED_THEN_SECONDED = Pattern.compile(NAME + ",?\\s+(?i:moved),?\\s+(?:and\\s+)?" + NAME + "\\s+(?i:seconded)\\b");
  /** Both movers in brackets after the motion: {@code Motion and second to approve the minutes (Chair Sullivan-Cheah and Vice Chair Chiu).} */
  private static final Pattern MOTION_AND_SECOND = Pattern.compile(
      "(?i:\\bmotion\\s+and\\s+second(?:ed)?\\b)[^()]{0,200}\\(\\s*([^()]{2,60}?)\\s+and\\s+([^()]{2,60}?)\\s*\\)");
  /** {@code Proposed (AH) & Seconded (SB)}, {@code proposed (Cllr Waller) and seconded (Cllr Ashton Derry)}: initials or a name in brackets. */
  private static final Pattern INITIALS = Pattern.compile(
      "(?i)\\b(proposed|moved|seconded)\\s*\\((\\p{Lu}{1,4}|(?:Cllr|Councillor|Councilor|Cr|Clr)\\.?\\s+[^()]{2,40})\\)");

  /**
   * Mover and seconder in brackets after the decision or "Moved": {@code RESOLVED (Cr Fenton/Cr Carter)},
   * {@code RESOLVED [37/22] (Cadwallader/Gordon) that ...}, {@code Moved (Mayor Dave Cull/Cr Chris Staynes):}, {@code Motion
   * made (Wotachek, Dvorak) to approve ...}.
   */
  private static final Pattern PAIR_IN_BRACKETS = Pattern.compile(
      "(?i:\\b(?:resolved|moved|carried|agreed|motion))\\s*:?\\s*(?:\\[[^\\]]{0,20}\\]\\s*)?\\(\\s*([^/()]{2,40}?)\\s*/\\s*([^/()]{2,40}?)\\s*\\)"
      // each in brackets of their own: "Motion (Rosenberg)/Second (Wolfe) to approve minutes as amended"
      + "|(?i:\\bmotion)\\s*\\(\\s*([^/()]{2,40}?)\\s*\\)\\s*/\\s*(?i:second(?:ed)?)\\s*\\(\\s*([^/()]{2,40}?)\\s*\\)"
      // a comma between them: "Motion made (Wotachek, Dvorak) to approve ..."
      + "|(?i:\\bmotion(?:\\s+made)?)\\s*\\(\\s*([^,/()]{2,40}?)\\s*,\\s*([^,/()]{2,40}?)\\s*\\)");

  /**
   * InfoCouncil's mover and seconder after the decision's word and number, no brackets: {@code RESOLVED - 17/401 Cr C
   * Gryllis/Cr R Gander} (then "That Council ..."), {@code Resolved: Sheppard/Roberts}, {@code 103/09 M/S/C L. Bodie/ D. Hansen that
   * the agenda be adopted} (moved, seconded and carried).
   */
  private static final Pattern PAIR_AFTER_NUMBER = Pattern.compile(
      "(?:\\b(?:RESOLVED|Resolved)|(?<![\\w/])(?:M/S/C|M/S|MSC)(?![\\w/]))\\s*[-–:]?\\s*(?:\\d{1,4}/\\d{1,4}\\s+)?"
      + "((?:(?:Crs?|Cllr|Clr|Councillor)\\.?\\s+)?(?:\\p{Lu}\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+)\\s*/\\s*"
      + "((?:(?:Crs?|Cllr|Clr|Councillor)\\.?\\s+)?(?:\\p{Lu}\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+)(?=\\s+(?i:that|to)\\b|\\s*$)");

  /** A person by surname, after a title and initials or none: {@code Councillor S. Budgell}, {@code Mayor Howell}. */
  static final String TITLED_NAME = "(?:(?:Councill?or|Cllr|Clr|Crs?|Mayor|Deputy\\s+Mayor|Alderman|Trustee|Reeve|Deputy\\s+Reeve)\\.?\\s+)?"
      + "(?:\\p{Lu}\\.\\s*){0,3}\\p{Lu}[\\p{L}'’-]+";

  /** A name in a pair: initials, then words in capitals or a particle ({@code L. van Veen}, {@code K. J. Hyndman}). */
  private static final String PAIR_NAME = "(?:\\p{Lu}\\.\\s*){0,3}(?:(?:van|von|de|der|du|le)\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:van|von|de|der|du|le|\\p{Lu}[\\p{L}'’-]*))*";
  /** Mover and seconder parted by a dash before the motion's number: {@code L. van Veen – Walt Froese #277/19}. */
  static final String DASHED_PAIR = "(" + PAIR_NAME + ")\\s+[–-]\\s+(" + PAIR_NAME + ")\\s+#?\\d{1,4}/\\d{2,4}";
  private static final Pattern DASHED = Pattern.compile("(?i:motion)\\s*:\\s*" + DASHED_PAIR);

  /**
   * Mover and seconder on a line of their own, parted by a slash, over the words moved: {@code R Atrill/Brown} / {@code THAT
   * Council approves the agenda ...} (the "R" a resolution's mark, or its number); or under them with the result: {@code
   * C16/372   Tregidga/Leonard   CARRIED} (a New Zealand council's); after their plural title: {@code Crs Martin/Arnold} / {@code
   * That the Minutes of Proceedings ... be confirmed} (a Tasmanian council's); after "Moved": {@code Moved Crs Henry/Riley
   * CN06/08/09} (its reference at the right).
   */
  static final Pattern PAIR_LINE = Pattern.compile(
      "(?m)^(?:R\\s+|(?:Resolution|RESOLUTION|Res\\.?)\\s*(?:No\\.?\\s*)?[\\w/.-]*\\d[\\w/.-]*\\s+|[A-Z]{0,3}\\d{1,4}/\\d{1,4}\\s+|(?:Moved|MOVED)\\s+(?=(?:Crs|Cllrs)\\b)|)"
      + "(?:(?:Crs|Cllrs|Councillors|Councilors)\\.?\\s+)?"
      // whole names too: "Emma Norrish/Pauline Cotter   Carried" (a Christchurch community board's)
      + "(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})\\s*/\\s*(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})"
      + "(?:\\s+(?:CARRIED|Carried|LOST|Lost)(?:\\s+(?i:unanimously))?\\.?)?"
      // "Moved Crs Henry/Riley   CN06/08/09": the resolution's reference at the right
      + "(?:\\s+[A-Z]{1,4}\\d{1,4}/[\\d/]+)?\\s*$");

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

  /**
   * Mover and seconder by surname after the motion's label, joined by "and": {@code 90-12 MOTION: Stephens and Taylor} /
   * {@code That the agenda be approved ...} (an Ontario municipality's minutes).
   */
  static final String LABEL_AND_PAIR = "(?:MOTION|Motion)\\s*:\\s*(\\p{Lu}[\\p{L}'’-]+)\\s+(?:and|&)\\s+(\\p{Lu}[\\p{L}'’-]+)";
  private static final Pattern LABEL_PAIR = Pattern.compile(LABEL_AND_PAIR + "(?=\\s+(?:That|THAT)\\b|\\s*$)");

  /** {@code Motion/Second: Brown/Duenas to approve Minutes ...}: one label for both, the names parted as it is. */
  private static final Pattern MOTION_SECOND_PAIR = Pattern.compile("(?i:motion)\\s*/\\s*(?i:second(?:ed)?)\\s*:\\s*" + NAME + "\\s*/\\s*" + NAME);
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
        && VoteCounts.RECORD_ROW.matcher(lines.get(i).text().strip()).matches(); i++) {
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
    Matcher movedSeconded = flat.contains(" moved") ? MOVED_THEN_SECONDED.matcher(flat) : NEVER.matcher("");
    Matcher dashed = flat.contains("#") ? DASHED.matcher(flat) : NEVER.matcher("");
    Matcher pairLine = text.indexOf('/') >= 0 ? PAIR_LINE.matcher(text) : NEVER.matcher("");
    Matcher plural = text.indexOf('/') >= 0 || flat.contains("otion of") || flat.contains("(C") ? PLURAL_PAIR.matcher(flat) : NEVER.matcher("");
    Matcher labelPair = flat.contains("OTION:") || flat.contains("otion:") ? LABEL_PAIR.matcher(flat) : NEVER.matcher("");
    Matcher motionSecond = flat.contains("otion/") || flat.contains("OTION/") ? MOTION_SECOND_PAIR.matcher(flat) : NEVER.matcher("");
    if (bracketed.find()) {
      int g = bracketed.group(1) != null ? 1 : bracketed.group(3) != null ? 3 : 5;
      moved = name(bracketed.group(g));
      seconded = moved == null ? null : name(bracketed.group(g + 1));
    } else {
      // the first form that names both, in this order, mover in group 1 and seconder in group 2
      Matcher numberedPair = text.indexOf('/') >= 0 ? MotionForms.NUMBERED_MOTION_PAIR.matcher(text.strip().split("\n")[0]) : NEVER.matcher("");
      for (Matcher m : List.of(movedSeconded, afterNumber, dashed, pairLine, plural, labelPair, motionSecond, secondedBetween, both, pair,
          numberedPair)) {
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
          || flat.contains("MOVED,") // "COUNCILMEMBER MARIN MOVED, SECONDED BY ..."
          || flat.contains("MOTION"); // "Mr. Zimmerman MADE A MOTION to approve ..."

      moved = mover(flat).or(() -> verb ? seconded(NAME_MOVED, flat) : Optional.empty())
          .or(() -> verb ? first(NAME_MOVED, flat) : Optional.empty())
          .or(() -> flat.contains("…") || flat.contains("...") ? first(MOTION_COLON, flat) : Optional.empty()).orElse(null);
      seconded = first(SECONDED_BY, flat)
          .or(() -> flat.contains("seconded") || flat.contains("SECOND") ? first(NAME_SECONDED, flat) : Optional.empty())
          .or(() -> flat.contains("seconding") ? first(WITH_SECONDING, flat) : Optional.empty())
          .orElse(null);
    }
    if (moved == null) {
      // "19/086 GRAHAM: That", "237-2019 - Cummins   That", "002-16   Councillor Currie that"
      moved = onALine(text, MotionForms::soleMover).map(sole -> name(sole.mover())).orElse(null);
    }
    Optional<MotionForms.SurnamePair> surnames = moved == null ? onALine(text, MotionForms::surnamePair) : Optional.empty();
    if (surnames.isPresent()) {
      moved = name(surnames.get().mover()); // "116/14   AGENDA   QUINTYN/HILL that the agenda be adopted"
      seconded = name(surnames.get().seconder());
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
    Optional<Votes> votes = VoteCounts.votes(own.toString()).or(() -> before.isEmpty() ? Optional.empty() : VoteCounts.votes(before.toString()));
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

  /** A motion's next label or result after a name: {@code SECONDED}, {@code CARRIED}. */
  private static final Pattern NEXT_LABEL = Pattern.compile(
      "\\s+(?:SECONDED|CARRIED|MOVED|LOST|Seconded|Second(?=\\s+[Bb][Yy]\\b|\\s*$)|Carried|Decision|DECISION|Vote|VOTE|RES(?=\\s*\\d|$)|RESOLUTION|MOTION)\\b.*$");

  /** The seat a member holds after the title: {@code Commissioner Precinct 3}, {@code Councilmember District 4}. */
  private static final Pattern SEAT = Pattern.compile(
      "^((?:\\p{Lu}[\\p{L}.]*\\s+){1,2})(?:Precinct|District|Ward|Position|Seat)\\s*(?:No\\.?\\s*|#\\s*)?\\d{1,2}\\s+(?=\\p{Lu})");

  /**
   * The form read on the first of the text's lines that has it: a motion with its sole mover ({@link MotionForms#soleMover}),
   * mover and seconder by surname parted by a slash ({@link MotionForms#surnamePair}).
   */
  private static <T> Optional<T> onALine(String text, java.util.function.Function<String, Optional<T>> form) {
    for (String line : text.split("\n")) {
      Optional<T> found = form.apply(line.strip());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** A mover's name without title, initials of a time before it ("P.M. Councilor Decter Wright") or a body's name. */
  private static String name(String words) {
    String w = words == null ? "" : words.replaceFirst("^.*?\\b(?=(?:Councilor|Councillor|Cllr|Cr|Councilmember|Commissioner|Supervisor|Trustee"
        + "|Director|Alderman|Ald|Mayor)\\b\\.?\\s+\\p{Lu})", "");
    // a name in capitals runs into the next label's word: "MOVED: CR DAVID VIS SECONDED: CR DARYL WARREN CARRIED", or into
    // the resolution's number on the next line: "Moved by Mayor Knudson" / "RES 14-11-74 “that ..."
    w = NEXT_LABEL.matcher(w).replaceFirst("");
    w = SEAT.matcher(w).replaceFirst("$1"); // "Commissioner Precinct 3 Valerie Covey": the seat is no part of the name
    w = w.replaceFirst("^Cyng\\.\\s*", ""); // "Cyng.Hedd Pugh": the Welsh title
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

}
