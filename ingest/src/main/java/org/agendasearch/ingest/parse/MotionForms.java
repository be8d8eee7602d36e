package org.agendasearch.ingest.parse;

import static org.agendasearch.ingest.parse.DecisionStart.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.parse.DecisionStart.Kind;

/**
 * The forms of {@link DecisionStart} that tell a motion by who moved it: {@code Councilor Lakin moved to approve the
 * schedule.}, {@code Moved by Councillor Smith} (the words below), {@code Motion by Commissioner Sparks, second by
 * Commissioner Faust, to approve the agenda}, {@code 19/086 GRAHAM: That the minutes ...}. Each method is one step of
 * {@link DecisionStart#at}, tried in its order; the booleans say whether the line has "moved" or "motion", which most
 * patterns need.
 */
final class MotionForms {

  private MotionForms() {}

  /**
   * {@code Councilor Lakin moved to approve}, {@code made a motion, seconded by X, to adopt}, {@code Lloyd made motion to accept,
   * Marv seconded}, {@code Doug Orange made a motion for approval of the Minutes ...}, {@code Moved by T. Foote, second by
   * L. Gray to exit Executive Session} (initials in the mover's name), {@code IT WAS MOVED by Councillor Fletcher seconded by
   * Councillor Gilbert to approve the minutes}.
   */
  private static final Pattern MOVED = Pattern.compile(
      "(?:^|[\\p{Lu}][\\p{L}.'’-]*\\s+(?:then\\s+|also\\s+)?|:\\s*|\\b[Ii]t\\s+was\\s+)(?:moved|Moved|^MOVED|(?<=\\bIT\\sWAS\\s)MOVED|(?<=\\p{Ll}\\s)MOVED|motioned|(?i:made|makes|offered)\\s+(?:(?i:a|the)\\s+)?(?i:motion))(?:\\s+(?:by|BY)\\s*:?\\s+(?:\\p{Lu}\\.|(?<=\\b(?:Mrs|Mr|Ms|Dr))\\.|[^,.]){1,60}?)?"
      // ("It was moved by Mrs. Cromer and seconded by Mrs. Carter to approve ...": a title's stop in the mover's name)
      // "Councilmember Newman MOVED to excuse ...", "Commissioner Abraham offered motion, seconded by Commissioner Gault, that ..."
      // (a Kentucky city's minutes)
      // "Supervisor Jessie Medlin made the motion and Supervisor Allen Latimer seconded the motion to" / "approve the minutes ..."
      // "supported by": a Michigan township's word for the seconder ("It was moved by Trustee T. Thelen, supported by Trustee
      // Scheurer to approve ...")
      + "(?:,?\\s+(?:and\\s+)?(?:was\\s+)?(?:second(?:ed)?|supported|support)\\s+by\\s+[^,]{1,60}?,?|,?\\s+and\\s+[^,.]{1,60}?\\s+seconded(?:\\s+the\\s+motion)?"
      // "Rosalyn made motion, Marv seconded to pay members ...": the seconder after a comma, no "and"
      // "Jennifer motioned, Greg seconded motion to approve August 14 minutes" (a Kansas commission's)
      + "|,\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}\\s+seconded(?:\\s+(?:the\\s+)?motion)?)?"
      // a quotation mark before the words: "Moved by Councillor Stulberg “that the agenda for the October 11, 2017"
      + "\\s+[“\"]?(?:to|that)(?:\\s+(\\S.*))?$"
      // "Council Member Mahan moved approval of the minutes ...", "Mayor Cassie moved the adoption of the Minutes ...": what was
    // moved, as a noun
      // "Doug Orange made a motion for approval of the Minutes of January 26, 2009, as submitted, ..."
      + "|(?:^|[\\p{Lu}][\\p{L}.'’-]*\\s+)(?:moved|(?i:made\\s+(?:a\\s+)?motion\\s+for))\\s+"
      + "((?:the\\s+)?(?:approval|adoption|acceptance|denial|passage|ratification)\\s+of\\b.*)$"
      // a clause with no "that": "Commissioner Strand moved the Order of the Agenda be approved, moving Item Nos. ..."
      + "|(?:^|[\\p{Lu}][\\p{L}.'’-]*\\s+)moved\\s+((?:the|a|an)\\s+[^,;]{3,120}?\\s+be\\s+\\p{Ll}.*)$");
  /** A mover's title before the surname: {@code Councillor Currie}, {@code Reeve Pease}. */
  private static final String MOVER_TITLE =
      "(?:Councillor|Councilor|Coun\\.?|Cllr\\.?|Alderman|Alderperson|Reeve|Deputy\\s+Reeve|Mayor|Deputy\\s+Mayor|Trustee)";
  /** Words before a colon or a dash and "That" that are a label, not a mover: {@code Recommendation: That ...}. */
  private static final Pattern NOT_MOVER = Pattern.compile("(?i)(?:Recommendation|Recommended|Recommend|Purpose|Note|Notes|Proposal"
      + "|Action|Subject|Background|Summary|Motion|Resolution|Resolved|Decision|Agreed|Item|Re|Reason|Reasons|Comment|Comments|Question"
      + "|Answer|Response|Update|Officer|Officers|Moved|Seconded|Proposed|Carried|Defeated|Lost|Amendment|Council|Committee|Board|Staff"
      + "|Clerk|Chair|Chairman|Mayor|Reeve|Administrator|Manager|Director|Treasurer|Secretary|Direction|Request|Requested|Report"
      + "|Conclusion|Outcome|Result|Actions|Options|Option)");
  /**
   * A motion with its sole mover before its words, as Saskatchewan councils print them (no seconder): a margin's label,
   * the motion's number ({@code 19/086}, {@code 237-2019}, {@code 002-16}) or neither, the mover by surname, titled or not,
   * then "That": {@code 19/086 GRAHAM: That the minutes ...}, {@code 282/15   Bains:   That the agenda ...}, {@code
   * 237-2019 - Cummins        That the minutes ...}, {@code 002-16   Councillor Currie that the agenda ...}, {@code BENKE –
   * That the minutes ...}, {@code Germs: That Council comes out of camera.}; a longer label before a number,
   * the mover then marked by a colon or a dash: {@code Statement of Financial Activities    654-14 SCHINDEL – That the Statement ...}
   */
  private static final Pattern SOLE_MOVER = Pattern.compile(
      "^(?<label>(?:\\p{Lu}\\p{L}*:?\\s+){0,2}?|\\p{Lu}[\\p{L}/&'’-]*(?:\\s\\S+){1,6}?\\s+(?=\\d{1,4}[/-]\\d{2,4}\\s))(?<number>\\d{1,4}[/-]\\d{2,4}\\s+(?:[-–—]\\s+)?)?(?<title>" + MOVER_TITLE + "\\s+)?"
      + "(?<name>(?:\\p{Lu}\\.\\s?)?\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?)"
      + "(?<mark>\\s*:|\\s+[-–—]|\\s+)\\s*(?<words>[\"“]?(?:That|THAT|that)\\b[\\s,]*\\p{L}.*)$");
  /** How far into the line a sole mover's motion may open with "That", at the most. */
  private static final int SOLE_MOVER_THAT_AT = 60;
  /** How far with a margin's label before the motion's number: {@code Statement of Financial Activities    654-14 SCHINDEL – That}. */
  private static final int LABELLED_THAT_AT = 90;

  /** The mover and the words of a motion moved by one member ({@link #SOLE_MOVER}). */
  record SoleMover(String mover, String words) {}

  /**
   * The motion on this line with its sole mover, if it is one: a number before the name or a colon or a dash after it
   * (not a label's word, {@code Recommendation: That ...}); "that" in lower case only after a number and a title (not
   * prose's {@code Cllr Robinson that should members of the public ...}).
   */
  static Optional<SoleMover> soleMover(String line) {
    int that = line.indexOf("hat");
    that = that >= 0 ? that : line.indexOf("HAT");
    if (that < 2 || that > LABELLED_THAT_AT || line.length() < 10) {
      return Optional.empty();
    }
    Matcher m = SOLE_MOVER.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean numbered = m.group("number") != null;
    boolean titled = m.group("title") != null;
    boolean marked = !m.group("mark").isBlank();
    boolean longLabel = m.group("label").strip().split("\\s+").length > 2;
    if (!m.group("label").isEmpty() && !numbered || longLabel && !marked || m.group("words").replaceFirst("^[\"“]", "").startsWith("that") && !(titled && numbered)
        || !numbered && !marked || !titled && NOT_MOVER.matcher(m.group("name")).matches()
        || m.start("words") > (m.group("label").isEmpty() ? SOLE_MOVER_THAT_AT : LABELLED_THAT_AT)) {
      return Optional.empty();
    }
    return Optional.of(new SoleMover(m.group("name"), m.group("words")));
  }

  /**
   * {@code It was moved and seconded:} (the motion's words on the next line, "THAT the agenda be approved"), {@code
   * Moved and seconded that the minutes be adopted}: a motion whose movers are not named.
   */
  private static final Pattern MOVED_AND_SECONDED = Pattern.compile(
      "^(?:(?:It|it)\\s+was\\s+(?:duly\\s+)?)?(?i:moved\\s+and\\s+(?:duly\\s+)?seconded)\\s*[:,.]?\\s*(?:(?:that|That|THAT)\\s+(\\S.*))?$"
      // "Motion and second to approve the minutes (Chair Sullivan-Cheah and Vice Chair Chiu)."
      + "|^(?:A\\s+)?(?i:motion\\s+and\\s+second(?:ed)?)\\s+(?:to|that)\\s+(\\S.*)$");
  /**
   * {@code It was MOVED, R. Carsten and seconded to approve the Agenda.} (an Alaska board's minutes): the mover after a comma,
   * the seconder not named.
   */
  private static final Pattern MOVED_COMMA_NAME = Pattern.compile(
      "^(?:(?:It|it)\\s+was\\s+)?(?:MOVED|Moved|moved),\\s+(?:\\p{Lu}\\.\\s*){0,2}\\p{Lu}[\\p{L}'’-]+\\s+and\\s+(?i:seconded)\\s+(?:to|that)\\s+(\\S.*)$");
  /**
   * {@code Referring to Item B, it was MOVED by Foy, seconded by Buchanan, to approve the expenditure of}: a motion
   * moved inside a sentence, or on a line that opens with the rest of "It" / "was MOVED by ...".
   */
  private static final Pattern WAS_MOVED = Pattern.compile(
      "(?:^|\\b[Ii]t\\s+)was\\s+(?:MOVED|moved)\\s+by\\s+[^,]{1,60},\\s+(?:and\\s+)?seconded\\s+by\\s+[^,]{1,60},\\s+(?:to|that)\\s+(\\S.*)$");
  /**
   * {@code Approval of the consent calendar was motioned by Member Matarrese, seconded by}: what was moved as the
   * sentence's subject, its movers after.
   */
  private static final Pattern SUBJECT_MOVED = Pattern.compile(
      // not "it" ending a lead-in: "All agenda items having been considered, it was moved by Michael Strong and seconded by"
      "^(\\p{Lu}[^.;:]{3,120}?)(?<!\\b[Ii]t)\\s+was\\s+(?:moved|motioned)\\s+by\\s+\\p{Lu}.*$");
  /**
   * {@code COUNCILMEMBER MARIN MOVED, SECONDED BY COUNCILMEMBER ORVIS, FOR APPROVAL OF THE AGENDA.} (a Washington city's
   * motions in capitals): the mover, the seconder after a comma, then what was moved after "for", "to" or "that".
   */
  private static final Pattern MOVED_SECONDED_FOR = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?i:moved),\\s+(?i:seconded\\s+by)\\s+[^,]{2,60},\\s+"
      + "(?:(?i:to|that)\\s+|(?i:for)\\s+(?=(?i:approval|adoption|acceptance|denial|passage|ratification|authori[sz]ation)\\b))"
      + "(\\S.*)$");
  /** {@code Trustee Hoefert, seconded by Trustee ladel, moved to approve the minutes}: the seconder between mover and verb. */
  private static final Pattern SECONDED_THEN_MOVED = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+,\\s+seconded\\s+by\\s+[^,]{2,60},\\s+moved\\s+(?:to|that)\\s+(\\S.*)$");
  /**
   * {@code Motion : L. van Veen – Walt Froese #277/19: That the agenda for June 25th, 2019 be adopted}: mover and seconder
   * parted by a dash, the motion's number, then its words.
   */
  private static final Pattern MOTION_DASHED_PAIR = Pattern.compile(
      "^(?:Motion|MOTION)\\s*:\\s*" + Motions.DASHED_PAIR + "\\s*:?\\s*((?:That|THAT)\\b.*)$");
  /** A full stop inside a name, after an initial or a title: {@code F. Maher}, {@code Cllr. M. Hegarty}. */
  private static final String NAME_STOP = "(?<=\\b(?:\\p{Lu}|Cllrs?|Clr|Crs?|Counc|Coun|Mr|Mrs|Ms|Dr))\\.";
  /**
   * A mover's or seconder's name in {@link #MOVED_THEN_CLAUSE}, the stops of its initials and titles in it, not the motion's
   * "to" or "that": {@code Carter} of {@code Moved by Carter and seconded by Haggerton to amend the agenda}.
   */
  private static final String CLAUSE_NAME = "(?:(?!\\s(?i:to|that)\\s)[^,.]|" + NAME_STOP + "){1,60}?";
  /**
   * {@code Moved by Hart, seconded by Reid, the minutes of the regular} / {@code meeting of April 19, 1960, be approved.},
   * {@code MOVED by Counc. Kilfoil and seconded by Counc. Cochrane the agenda be approved}, {@code It was moved by Councillor
   * Meggs and seconded by Councillor MacIsaac the agenda be approved}: mover and seconder first, then the words moved as a clause with its own subject.
   */
  private static final Pattern MOVED_THEN_CLAUSE = Pattern.compile(
      "(?:^|(?<=[.!?]\\s))(?:(?:Moved|MOVED|(?:It|it)\\s+was\\s+moved)\\s+(?:by|BY)|(?i:(?:on|at|upon)\\s+(?:the\\s+|a\\s+)?(?:proposal|proposition|motion)\\s+(?:of|(?:made\\s+)?by)))"
      // initials' stops in the names: "On the proposal of Councillor F. Maher, seconded by Councillor P. Bell, the Minutes ...",
      // "At the proposal of Cllr. M. Hegarty, seconded by Cllr. C. O’Sullivan the minutes of ..." (no comma after the seconder)
      // "MOVED by Counc. Kilfoil and seconded by Counc. Cochrane the agenda be" (no comma after the mover)
      // "On motion of Mr. Lawson, seconded by Mr. Fowler, the minutes ...", "On a motion made by Lance Kalfell and seconded by
      // Scott Sackman the treasurer’s report was approved."
      // "On the proposal of Councillor P. Nolan seconded by Councillor P. O’Toole, the Minutes of ..." (no comma after the mover)
      + "\\s+" + CLAUSE_NAME + "(?:,\\s+|\\s+(?=and\\s)|\\s+(?=seconded\\s+by\\s))(?:and\\s+)?seconded\\s+by\\s+" + CLAUSE_NAME + ",?\\s+"
      // (not "the Board voted unanimously to approve ...", the verb and its words after the body: MOTION_BODY_VOTED; "the Board" at the line's end, "voted ..." below)
      + "(?:(?!(?i:the|all)\\s+[^,]{2,40}?\\s+voted\\b|(?i:the\\s+(?:council|committee|board|members)\\s+(?:unanimously\\s+)?(?:approved|adopted|agreed|accepted|confirmed|resolved)\\b)"
      + "|the\\s+(?:Board|Council|Commission|Committee|Selectboard|Trustees|Commissioners|Members)"
      + "(?:\\s+of\\s+\\p{Lu}\\p{L}+)?\\s*$)((?:the|this|these|a|an)\\s+\\S.*)"
      // the body that decided, then its verb: "On the proposal of Cllr. M. Hegarty, seconded by ..., members approved the Disposal"
      + "|(?i:members|councillors|the\\s+(?:council|committee|board|members))\\s+((?:unanimously\\s+)?(?:approved|adopted|agreed|accepted|confirmed|resolved)\\b.*))$");
  /** A councillor's title and name by initials and surname: {@code Cr K Zanker}, {@code Cllr. J. Wise}, {@code Cr de Vries}. */
  private static final String TITLED_NAME = "(?:Crs?|Cllr|Councillor|Councilor)\\.?\\s+(?:\\p{Lu}\\.?\\s*){0,3}(?:(?:de|van|von|du|da|di|le|la|der|den)\\s+){0,2}\\p{Lu}[\\p{L}'’-]+"
      + "(?:\\s+(?!Seconded|SECONDED|That|THAT)\\p{Lu}[\\p{L}'’-]+)?";
  /**
   * {@code Moved Cr K Zanker seconded Cr R Kingston that apologies be accepted.}, {@code Moved Cr J Wise seconded Cr K Zanker
   * the Minutes of the Ordinary Meeting ... be confirmed.}: an Australian council's movers with no "by", then the words.
   */
  private static final Pattern MOVED_SECONDED_TITLED = Pattern.compile(
      "^(?:Moved|MOVED)\\s+(?:by\\s+)?" + TITLED_NAME + ",?\\s+(?:and\\s+)?(?:seconded|Seconded|SECONDED)\\s+(?:by\\s+)?" + TITLED_NAME
      // the words moved open with "that" or in lower case: not a seconder's second name ("... Councillor Rob Hiney-Saunders")
      // "to" before a verb is no part of them: "Moved by Councillor Travis, seconded by Councillor Sturgeon to accept the minutes"
      + ",?\\s+(?:[“\"]?(?:that|That|THAT)\\s+|(?:to\\s+(?=\\p{Ll}))?(?=\\p{Ll}))(\\p{L}.*)$");
  /**
   * Moved, seconded and carried in one mark, the two names parted by a slash: {@code 103/09 M/S/C L. Bodie/ D. Hansen that the
   * agenda be adopted as amended.} (a Yukon village's minutes), or {@code M/S} alone: a motion, carried unless the minutes
   * say otherwise.
   */
  private static final Pattern MSC = Pattern.compile(
      "^(?:M/S/C|M/S/Carried|MSC|M\\.S\\.C\\.|M/S)\\s*:?\\s+(?:\\p{Lu}\\.?\\s*){0,2}\\p{Lu}[\\p{L}'’-]+\\s*/\\s*(?:\\p{Lu}\\.?\\s*){0,2}\\p{Lu}[\\p{L}'’-]+"
      + ",?\\s+(?:(?:that|That|THAT)\\s+|(?=to\\s))(\\S.*)$");
  /**
   * {@code Willmus moved, Etten seconded, approval of the agenda as presented.}, {@code Cr Curran moved, Cr Geard seconded
   * that the Minutes ... be confirmed.} (a Tasmanian council): movers first, then what they moved.
   */
  private static final Pattern MOVED_SECONDED_COMMAS = Pattern.compile(
      "^(?:(?:Crs?|Cllr|Councill?or|Alderman|Ald)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?\\s+moved,\\s+"
      + "(?:(?:Crs?|Cllr|Councill?or|Alderman|Ald)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?\\s+seconded"
      + "(?:,\\s+|\\s+(?=(?:that|That|THAT)\\s))(\\S.*)$");
  /**
   * {@code TRUSTEE RECTOR MOVED, TRUSTEE PISEL SECONDED the motion to approve the agenda.} (a Colorado town's): each with
   * a title, the seconder's verb after the name, then "the motion to"; {@code Trustee Miller moved, and Trustee Soles
   * seconded the motion to enter Executive Session.}, {@code D Yelk moved, V Pogue second the motion to go into closed session}.
   */
  private static final Pattern TITLED_MOVED_SECONDED = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?i:moved),?\\s+(?:and\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?i:seconded|second)\\s+(?:(?i:the\\s+motion)\\s+)?"
      + "(?i:to|that)\\s+(\\S.*)$");
  /**
   * {@code A motion was made to approve ...}, {@code Motion to approve the minutes ... was made by}, {@code Motion by
   * Commissioner Sparks, second by Commissioner Faust, to approve the agenda}, {@code Motion (Rosenberg)/Second (Wolfe) to
   * approve minutes as amended}, {@code Motion by Yarnell/ 2nd by Houston to approve agenda as amended.}, {@code Motion
   * offered by Mr. Hudson, seconded by Mr. Bratton to approve the agenda}, {@code A motion was offered by Mr. Hudson, seconded
   * by Mr. Bratton to accept ...} (a Louisiana police jury's), {@code There was a motion to approve the minutes by Trustee
   * Wagner, with a second by Trustee Newton.}, {@code Motion made (Wotachek, Dvorak) to approve previous Board Meeting Minutes},
   * {@code Motion by Bartz, second by Abrams, carried to approve the agenda.}
   */
  private static final Pattern MOTION_TO = Pattern.compile(
      "(?i)^(?:there\\s+was\\s+)?(?:a\\s+)?motion\\s+(?:\\([^)]{2,40}\\)\\s*/\\s*second(?:ed)?\\s*\\([^)]{2,40}\\)\\s+"
      // "Motion made (Wotachek, Dvorak) to approve previous Board Meeting Minutes" (a Wisconsin village's): mover, seconder
      + "|(?:made\\s+)?\\([^(),]{2,40},\\s*[^(),]{2,40}\\)\\s+)?(?:was\\s+(?:(?:made|moved|put|offered)\\s+)?|(?:made|offered)\\s+(?=by\\s))?"
      // ("A motion was offered by Carlos A. Mayeux, Jr., seconded by Van Kojis, to adopt ...": a suffix after its comma)
      // ("Motion by Tubbs, with support by Wood, to excuse Member Tossava.": a Michigan city's word for the seconder; "Motion by
      // Olk, support by Besaw to accept the minutes, motion carried.", a Michigan village's)
      + "(?:by\\s*:?\\s+[^,/]{1,60}?(?:,\\s*(?:Jr|Sr|III|II)\\.?)?(?:,?\\s+|\\s*/\\s*))?"
      + "(?:(?:and\\s+)?(?:second(?:ed)?|2nd|supported|support|with\\s+support)\\s+by\\s+[^,]{1,60}?,?\\s+)?"
      // "Motion by Bartz, second by Abrams, carried to approve the agenda." (an Iowa county's)
      + "(?:(?:carried|passed)(?:\\s+unanimously)?,?\\s+)?"
      // "Motion by Fleischhauer, seconded by Kantaros, the Board voted to appoint Lisa Rosenthal as Clerk Pro"
      + "(?:the\\s+(?:board|council|commission|committee)\\s+voted\\s+)?(?:to|that)\\s+(\\S.*)$");
  /**
   * The mover and seconder after one label, parted as it is: {@code Motion/Second: Brown/Duenas to approve Minutes of October 6,
   * 2021} (a California city's).
   */
  private static final Pattern MOTION_SLASH_SECOND = Pattern.compile(
      "(?i)^motion\\s*/\\s*second(?:ed)?\\s*:\\s*(?-i:\\p{Lu}[\\p{L}'’. -]{1,40}?)\\s*/\\s*(?-i:\\p{Lu}[\\p{L}'’. -]{1,40}?)\\s+(?:to|that)\\s+(\\S.*)$");
  /**
   * A motion run in after its item's heading on the same line: {@code 5. APPROVAL OF AGENDA p2 Motion by Yarnell/ 2nd by
   * Houston to approve agenda as}; not "the Motion by ..." in a sentence.
   */
  private static final Pattern MOTION_RUN_IN = Pattern.compile("(?<=[^\\p{Ll}\\s,]\\s{1,8})(?:Motion|MOTION)\\s+(?:by|BY|offered|OFFERED)\\s");
  /**
   * {@code Moved by Councillor Smith} / {@code Seconded by Councillor Jones} / {@code That the report
   * be received.} / {@code Carried}: a motion whose words follow on the next lines; {@code Approval of Minutes Moved by Deputy
   * Mayor Matheson}, a margin's label before it.
   */
  private static final Pattern MOVED_BY = Pattern.compile(
      "^(?:(?:Motion|MOTION|Resolution|RESOLUTION)\\s*(?:No\\.?\\s*|#\\s*)?:?\\s*[\\w/-]*\\d[\\w/-]*,?\\s+"
      // a margin's label run in before it: "Approval of Minutes Moved by Deputy Mayor Matheson" (a Nova Scotia county's)
      + "|(?!(?:Councillor|Councilor|Cllr|Mayor|Deputy|Reeve|Commissioner|Trustee|Mr|Mrs|Ms|Dr)\\b)\\p{Lu}[\\p{L}'’]+"
      + "(?:\\s+(?:of|the|and|for|to|\\p{Lu}[\\p{L}'’]+)){0,4}\\s+(?=Moved\\s+by\\s))?"
      // "MOTION moved by Pat MacLellan seconded by John Searle and carried" / "THAT the first reading ..."
      // "It was moved by Councillor Gerald Keough and seconded by Councillor Jeff Hackett:" / "That the agenda be approved ..."
      + "(?:(?:It|it)\\s+was\\s+(?=moved\\s+by\\s[^:]+seconded\\s+by\\s[^:]+:\\s*$))?"
      + "(?:Moved|MOVED|(?<=was\\s)moved|Proposed|PROPOSED|Motion\\s+made|MOTION\\s+MADE|(?:MOTION|Motion)\\s+moved(?=\\s+by\\s)"
      // "Motion By: Commissioner Precinct 3 Valerie Covey" / "Second By: ..." / "Motion: To approve ..." (a Texas county's)
      + "|(?:MOTION|Motion)(?=\\s+(?:by|By|BY)\\s*:))(?:\\s+(?:by|BY))?\\s*[:\\-–]?\\s+"
      // not a meeting moved in time: "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm"
      + "(?!(?i:(?:from|to)\\s+(?:the\\s+)?(?:\\d|" + MeetingHeader.WEEKDAY + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))\\S.*");
  /**
   * The mover, a comma or a dash, then the words moved on the same line: {@code MOVED BY Councillor Schultz, to approve the
   * agenda}, {@code Moved by Councillor G Caffell – That in terms of section 46A(7) ...}; or the mover by title with no "by":
   * {@code 1. Moved Cr Clayfield that the minutes of the Ordinary Meeting ... be taken as read} (a South Australian council's),
   * {@code Motion Cr. Dagg that the minutes of the June 2, 2008 meeting be adopted} (a Quebec municipality's).
   */
  private static final Pattern MOVED_BY_TO = Pattern.compile(
      "^(?:\\d{1,2}\\.\\s+)?(?:Moved|MOVED|Motion(?=\\s+" + TITLED_NAME + "\\s+that\\s))\\s+(?:(?:by|BY)\\s+[^,.;]{2,60}?(?:,|\\s+[-–—])|(?=" + TITLED_NAME + "\\s+(?:that|to)\\s)"
      + TITLED_NAME + ")\\s*(?:(?:to|TO)\\s+|(?=(?:that|That|THAT)\\s))(\\S.*)$");
  /** {@code MOTION:} alone, the words moved below it ({@code THAT the Council Meeting move in camera ...}; iQM2 minutes). */
  private static final Pattern MOTION_LABEL = Pattern.compile("^(?:MOTION|Motion)\\s*:$");
  /**
   * A heading's words in title case after "Motion to": {@code Motion to Move in Camera} names the item (its motion is
   * below it), where a sentence's {@code Motion to approve the minutes} is the motion.
   */
  private static final Pattern TITLE_CASE = Pattern.compile(
      "^\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|in|on|to|the|and|for|a|an|at|by|with)){0,7}$");
  /**
   * A motion's number, then its mover and seconder parted by a slash, the words moved on the lines below: {@code
   * Motion-4831-21-Councillor S. Budgell/Councillor M. Wheaton} / {@code Resolve that the Agenda be adopted as circulated.}
   * (a Newfoundland town's minutes); after the item's label in the margin too: {@code Agenda: Motion-4831-21-...}.
   */
  static final Pattern NUMBERED_MOTION_PAIR = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L} ]{1,30}:\\s+)?(?:Motion|MOTION)\\s*[-–#:]?\\s*(?:No\\.?\\s*)?\\d[\\d-]*\\d\\s*[-–:]\\s*(" + Motions.TITLED_NAME + ")\\s*/\\s*(" + Motions.TITLED_NAME + ")\\s*$");
  /**
   * {@code Motion: (Porteous/McKenna OAM)}: mover and seconder in brackets, the words moved below (InfoCouncil); or by surname,
   * after the motion's number: {@code 90-12 MOTION: Stephens and Taylor} / {@code That the agenda be approved ...}.
   */
  private static final Pattern MOTION_PAIR = Pattern.compile("^(?:Motion|MOTION)\\s*:?\\s*\\([^/()]{2,40}/[^/()]{2,40}\\)\\s*:?$"
      + "|^(?:\\d{1,4}[/-]\\d{2,4}\\s+)?" + Motions.LABEL_AND_PAIR + "$");
  /**
   * A member who proposed, by title and name or by initials, then the words, seconded or agreed later on the line: {@code Cllr
   * Ives proposed that these apologies be accepted, seconded by Cllr Kirby, with all in favour.}, {@code TC proposed that a
   * letter of thanks be sent. Agreed by all.} (English and Welsh councils' minutes), {@code Councillor Riley proposed the minutes
   * to be a correct record, seconded by Councillor Locke.}. A proposal the line does not say was
   * taken up is no motion.
   */
  private static final Pattern PROPOSER_THAT = Pattern.compile(
      "^(?:(?:Cllrs?|Councill?or|Cr|Mr|Mrs|Ms|Dr)\\.?\\s+(?:\\p{Lu}\\.?\\s*){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?|\\p{Lu}{2,3})"
      + "\\s+proposed\\s+(?:(?:that|to)\\s+|(?=the\\s+minutes\\s))(\\S.*?(?:\\bseconded\\b|[.,]\\s+(?:(?i:agreed|carried)\\b|(?:All|all)\\s+(?:in\\s+favour|agreed))).*)$");
  /**
   * The motion's words after its label, then who moved and seconded it after a dash: {@code MOTION: The agenda be approved –
   * Councillor Corbin, Councillor Wright}, {@code MOTION: Regular Meeting June 20th, 2022, be approved – Deputy Mayor
   * Harding,} (a New Brunswick village's minutes).
   */
  private static final Pattern MOTION_THEN_MOVERS = Pattern.compile(
      "^(?:MOTION|Motion)\\s*:\\s+(\\S.*?)\\s+[–—-]\\s+(?:Deputy\\s+|Vice\\s+)?(?:Mayor|Councill?or|Cllr|Cr|Reeve|Alderman|Trustee|Commissioner)\\b.*$");
  /** {@code Proposed (AH) & Seconded (SB) that the minutes be approved}. */
  private static final Pattern PROPOSED = Pattern.compile("(?i)\\bproposed\\b.{0,80}?\\bseconded\\b.{0,90}?\\bthat\\s+(\\S.*)$");
  /** Proposer and seconder named together: {@code It was proposed by Cllr James & Cllr Gordon that Cllr Maude be appointed ...}. */
  private static final Pattern PROPOSED_BY_TWO = Pattern.compile(
      "(?i)\\bproposed\\s+by\\s+(?:cllrs?|councillors?|cr)\\.?\\s+\\S+(?:\\s+\\S+)?\\s*(?:&|and)\\s+(?:cllrs?|councillors?|cr)\\.?\\s+\\S+(?:\\s+\\S+)?"
      + "\\s+that\\s+(\\S.*)$");

  /**
   * A motion's number before its mover: {@code C-277/14 MOVED BY COUNCILLOR ...}, {@code 2023-123 Moved by ...},
   * {@code R17/02/016 MOVED BY Councillor Gregory, ...}, {@code 705.14 Moved by: Deputy Reeve Lloyd Kearl to ...},
   * {@code No. 146 Moved by Deputy Mayor Lloyd}, {@code Res. 271 BE IT RESOLVED that ...} (a Manitoba municipality's margin),
   * {@code 187   RESOLVED on the motion of Councillors Karpin and Gold that ...} (a New South Wales council's),
   * {@code Motion 6.a   Moved by Councillor Pat Doll that Council approves ...} (an Alberta town's, numbered by its item),
   * {@code 134.05.2015 Moved: Cr Peter Rhodes Seconded: Cr Gerald Willis}, {@code 10.338 Moved by Councillor Kroeger that ...},
   * {@code #16-137   MOVED BY COUNCILLOR MICHAEL TOWER AND SECONDED BY ...} (a New Brunswick town's), {@code (08-07-134) Motion
   * Cr. Dagg that ...} (a Quebec municipality's, in brackets).
   */
  private static final Pattern MOTION_NUMBER = Pattern.compile(
      "^(?:(?:#?(?:[A-Z]{1,3}[-‐]?|(?:MIN|Min|RES|Res)\\.?\\s+)?\\d{1,4}[/-]\\d{2,4}(?:[/-]\\d{1,4})?|\\(\\d{2,4}-\\d{2,4}-\\d{1,4}\\)|No\\.\\s*\\d{1,4}|(?:RES|Res)\\.\\s*\\d{1,4}"
      // a number and the year after a stop: "705.14 Moved by: Deputy Reeve Lloyd Kearl to approve agenda ..." (an Alberta county's)
      // or the year and the number: "10.338    Moved by Councillor Kroeger that ..." (an Alberta village's)
      + "|\\d{1,4}\\.\\d{2,4}(?=\\s+(?:MOVED|Moved)\\b)"
      // the number, the month and the year: "134.05.2015      Moved: Cr Peter Rhodes       Seconded: ..." (a Tasmanian council's)
      + "|\\d{1,4}\\.\\d{2}\\.(?:19|20)\\d{2}(?=\\s+(?:MOVED|Moved|RESOLVED|Resolved)\\b))\\s+"
      + "(?:RESOLUTION\\s+|MOTION\\s*[-–:]\\s*|[-–]\\s+)?"
      + "|RESOLUTION\\s+(?=MOVED)"
      // a resolution's number in the margin: "187        RESOLVED on the motion of Councillors Karpin and Gold that ..."
      + "|\\d{1,4}\\s+(?=RESOLVED\\b)"
      // "Motion 6.a      Moved by Councillor Pat Doll that Council approves ...": the motion numbered by its item
      + "|(?:MOTION|Motion)\\s+\\d{1,3}(?:\\.\\d{1,2}|\\.?[a-z])?\\.?\\s+)"
      + "(?=(?:MOVED|Moved|PROPOSED|Proposed|RESOLVED|Resolved|BE\\s+IT|Be\\s+it|M/S|MSC|Motion\\s+(?:Crs?|Cllr|Councillor|Councilor))\\b)");
  /**
   * A board's action on a motion not named: {@code UPON MOTION duly made and seconded, the Board approved settlement as
   * requested by the Law Department.} (the words are "approved settlement ...").
   */
  private static final Pattern UPON_MOTION = Pattern.compile(
      "(?i)\\b(?:upon|on)\\s+motion\\s+(?:duly\\s+)?made\\s+and\\s+(?:duly\\s+)?seconded,?\\s+(?:the\\s+\\w+\\s+)?"
      + "((?:unanimously\\s+)?(?:approved|adopted|authorized|awarded|accepted|ratified|granted|denied|deferred|rejected)\\b.*)"
      // an Iowa city's consent items, each closed by what was done with it: "..., upon motion received and filed and
      // approved as printed."
      + "|(?i),?\\s+upon\\s+motion\\s+(received\\s+and\\s+filed\\b.*)");
  /**
   * Mover and seconder as a pair, then the body and what it did, the words from the verb: {@code On the motion of Rogala and
   * Hoffman, the Select Board approved minutes from the meetings on 08.04.2021} (a Maine town's).
   */
  private static final Pattern MOTION_OF_PAIR_BODY = Pattern.compile(
      "^(?:Upon|UPON|On|ON)\\s+(?:the\\s+|a\\s+)?(?:motion|MOTION)\\s+(?:of|by)\\s+\\p{Lu}[^,]{1,40}?\\s+and\\s+\\p{Lu}[^,]{1,40}?,\\s+"
      + "the\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}((?:unanimously\\s+)?(?:approved|adopted|authorized|awarded|accepted|ratified|granted"
      + "|denied|deferred|rejected|tabled|appointed|reappointed|agreed|voted)\\b.*)$");
  /**
   * Mover, seconder and the result, then the words from "to": {@code Motion by Stewart, Second by Hartman, Approved 3-0 to
   * approve the 2023 Budget as presented} (a Kansas city's).
   */
  private static final Pattern MOTION_SECOND_RESULT_TO = Pattern.compile(
      "^(?:Motion|MOTION)\\s+(?:by|BY)\\s+[^,]{2,60},\\s+(?:Second(?:ed)?|SECOND(?:ED)?)\\s+(?:by|BY)\\s+[^,]{2,60},\\s+"
      + "(?:Approved|APPROVED|Passed|PASSED|Carried|CARRIED|Failed|FAILED|Denied|DENIED)(?:\\s+\\d{1,2}\\s*[-–]\\s*\\d{1,2})?\\s+to\\s+(\\S.*)$");
  /**
   * Mover and seconder by surname parted by a slash, then the words from "that" or "to", after a motion's number and its
   * margin label or none: {@code 116/14   AGENDA   QUINTYN/HILL that the agenda be adopted as present.} (a Saskatchewan
   * town's).
   */
  private static final Pattern SURNAME_PAIR_THAT = Pattern.compile(
      "^(\\d{1,4}[/-]\\d{2,4}\\s+)?(?:\\p{Lu}{2,}\\s+){0,3}?(\\p{Lu}[\\p{L}'’-]+)\\s*/\\s*(\\p{Lu}[\\p{L}'’-]+)\\s+(that|That|THAT|to)\\s+(\\S.*)$");

  /** Mover, seconder and the motion's words of a {@link #SURNAME_PAIR_THAT} line. */
  record SurnamePair(String mover, String seconder, String words) {}

  /**
   * The {@link #SURNAME_PAIR_THAT} on this line: after a motion's number, or the names in capitals, or before "that" (not
   * {@code Police/Fire to attend the meeting}), and no label's word among them.
   */
  static Optional<SurnamePair> surnamePair(String line) {
    if (line.indexOf('/') < 0) {
      return Optional.empty();
    }
    Matcher m = SURNAME_PAIR_THAT.matcher(line);
    if (!m.matches() || NOT_MOVER.matcher(m.group(2)).matches() || NOT_MOVER.matcher(m.group(3)).matches()) {
      return Optional.empty();
    }
    boolean capitals = m.group(2).equals(m.group(2).toUpperCase(java.util.Locale.ROOT)) && m.group(3).equals(m.group(3).toUpperCase(java.util.Locale.ROOT));
    return m.group(1) != null || capitals || !m.group(4).equals("to")
        ? Optional.of(new SurnamePair(m.group(2), m.group(3), m.group(5))) : Optional.empty();
  }
  /**
   * Who moved and seconded, then the body, its decision on the next line: {@code Upon motion by Selectman Spataro and
   * seconded by Selectman Andrews, the Board} / {@code VOTED: To approve the Minutes ...}.
   */
  private static final Pattern UPON_MOTION_BY = Pattern.compile(
      "(?i)^(?:upon|on)\\s+(?:a\\s+)?motion\\s+(?:made\\s+)?by\\s+[^,]{2,60}?,?\\s+(?:and\\s+)?seconded\\s+by\\s+[^,]{2,60},\\s+the\\s+\\w+\\s*$");
  /**
   * Who moved and seconded, then the body that voted, its words after "to": {@code On a motion made by Sprague and seconded
   * by Wysocki, the Board of Selectmen voted to close and execute the warrant ...} (a Massachusetts board's), {@code Approval
   * of minutes: On motion of Councilmember Hughey and a second by Councilmember Taunton, all councilmembers present voted to
   * approve the minutes ...} (an Alabama city's), {@code Upon motion by Mr. Cromartie, seconded by Ms. Devine, Council voted
   * unanimously to approve the Minutes} (a South Carolina city's, the body with no article).
   */
  private static final Pattern MOTION_BODY_VOTED = Pattern.compile(
      "(?i)^(?:upon|on)\\s+(?:a\\s+)?motion\\s+(?:made\\s+)?(?:by|of)\\s+[^,]{2,60}?,?\\s+(?:and\\s+)?(?:seconded|a\\s+second)\\s+by\\s+[^,]{2,60},\\s+"
      + "(?:(?:the|all)\\s+[^,]{2,40}?|(?-i:\\p{Lu}\\p{Ll}+))\\s+voted\\s+(?:unanimously\\s+)?(?:to|that)\\s+(\\S.*)$");
  /**
   * Who moved and seconded, then "it was voted" and the decision from its "to", as "it was resolved to" is told: {@code Upon
   * motion by Priscilla Dorman, seconded by Danny Withee, it was unanimously voted to table these minutes ...}, {@code ... it
   * was voted 3 to 0 to approve the December 23, 2013 minutes as written.} (a Maine town's selectmen).
   */
  private static final Pattern MOTION_IT_WAS_VOTED = Pattern.compile(
      "(?i)^(?:upon|on)\\s+(?:a\\s+)?motion\\s+(?:made\\s+)?(?:by|of)\\s+[^,]{2,60}?,?\\s+(?:and\\s+)?(?:seconded|a\\s+second|supported)\\s+by\\s+[^,]{2,60},\\s+"
      + "it\\s+was\\s+(?:unanimously\\s+)?voted\\s+(?:\\d{1,2}\\s*(?:to|-|–)\\s*\\d{1,2}\\s+)?((?:to|that)\\s+\\S.*)$");
  /**
   * The outcome first, then who moved it, a Scottish council's whole decision: {@code APPROVED on the motion of Provost
   * Allan seconded by Councillor Mulholland.} (the words are the whole sentence).
   */
  private static final Pattern OUTCOME_ON_MOTION = Pattern.compile(
      "^(?:APPROVED|Approved|AGREED|Agreed|ADOPTED|Adopted|NOTED|Noted|CONFIRMED|Confirmed)\\s+on\\s+the\\s+(?:motion|proposal)\\s+of\\s+"
      + "\\S.{1,80}?,?\\s+seconded\\s+by\\s+\\S.*$");

  private static Optional<DecisionStart> motion(String words) {
    return Optional.of(new DecisionStart(Kind.MOTION, clean(words)));
  }

  /**
   * A motion's number or a margin's label and its mover's surname before a colon, tried before any keyword: {@code 19/086
   * GRAHAM: That ...}, {@code 282/15  Bains:  That the agenda ...}; or mover and seconder parted by a slash ({@link
   * #SURNAME_PAIR_THAT}).
   */
  static Optional<DecisionStart> byMoversSurname(String line) {
    Optional<DecisionStart> sole = soleMover(line).flatMap(m -> motion(m.words()));
    return sole.isPresent() ? sole : surnamePair(line).flatMap(p -> motion(p.words()));
  }

  /** The line without a motion's number before its mover ({@link #MOTION_NUMBER}). */
  static String withoutNumber(String line) {
    return MOTION_NUMBER.matcher(line).replaceFirst("");
  }

  /** A motion whose movers are named before its words, or after them as the sentence's subject. */
  static Optional<DecisionStart> withMovers(String line, String lower, boolean motion) {
    Matcher subject = motion ? SUBJECT_MOVED.matcher(line) : null;
    if (subject != null && subject.matches()) {
      return motion(subject.group(1));
    }
    Matcher outcomeFirst = motion || lower.contains("proposal") ? OUTCOME_ON_MOTION.matcher(line) : null;
    if (outcomeFirst != null && outcomeFirst.matches()) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(line)));
    }
    Matcher bodyVoted = motion ? MOTION_BODY_VOTED.matcher(line) : null;
    if (bodyVoted != null && bodyVoted.matches()) {
      return motion(bodyVoted.group(1));
    }
    Matcher itWasVoted = motion ? MOTION_IT_WAS_VOTED.matcher(line) : null;
    if (itWasVoted != null && itWasVoted.matches()) {
      return motion(itWasVoted.group(1)); // a motion, its movers named: its words from "to", as after "it was resolved"
    }
    Matcher pairBody = motion ? MOTION_OF_PAIR_BODY.matcher(line) : null;
    if (pairBody != null && pairBody.matches()) {
      return motion(pairBody.group(1));
    }
    Matcher secondResult = motion ? MOTION_SECOND_RESULT_TO.matcher(line) : null;
    if (secondResult != null && secondResult.matches()) {
      return motion(secondResult.group(1));
    }
    Matcher uponBy = motion ? UPON_MOTION_BY.matcher(line) : null;
    if (uponBy != null && uponBy.matches()) {
      return Optional.of(new DecisionStart(Kind.MOVED, "")); // "Upon motion by ... and seconded by ..., the Board" / "VOTED: ..."
    }
    Matcher upon = UPON_MOTION.matcher(line);
    if (motion && upon.find()) {
      return motion(upon.group(1) != null ? upon.group(1) : upon.group(2));
    }
    Matcher movedFor = motion ? MOVED_SECONDED_FOR.matcher(line) : null;
    if (movedFor != null && movedFor.matches()) {
      return motion(movedFor.group(1));
    }
    Matcher secondedFirst = SECONDED_THEN_MOVED.matcher(line);
    if (motion && secondedFirst.matches()) {
      return motion(secondedFirst.group(1));
    }
    Matcher commaName = motion ? MOVED_COMMA_NAME.matcher(line) : null;
    if (commaName != null && commaName.matches()) {
      return motion(commaName.group(1));
    }
    Matcher wasMoved = WAS_MOVED.matcher(line);
    if (motion && wasMoved.find()) {
      return motion(wasMoved.group(1));
    }
    Matcher titled = motion ? MOVED_SECONDED_TITLED.matcher(line) : null;
    if (titled != null && titled.matches()) {
      return motion(titled.group(1)); // "Moved Cr K Zanker seconded Cr R Kingston that ..."
    }
    Matcher msc = line.startsWith("M") ? MSC.matcher(line) : null;
    if (msc != null && msc.matches()) {
      return motion(msc.group(1)); // its words end with their sentence
    }
    Matcher commas = MOVED_SECONDED_COMMAS.matcher(line);
    if (commas.matches()) {
      return motion(commas.group(1));
    }
    Matcher shouted = motion ? TITLED_MOVED_SECONDED.matcher(line) : null;
    if (shouted != null && shouted.matches()) {
      return motion(shouted.group(1));
    }
    return Optional.empty();
  }

  /** A motion told with "moved", "motion" or "proposed" and its words on the line, tried after the labelled decisions. */
  static Optional<DecisionStart> moved(String line, String lower, boolean motion) {
    Matcher wordsFirst = motion ? MOTION_THEN_MOVERS.matcher(line) : null;
    if (wordsFirst != null && wordsFirst.matches()) {
      return motion(wordsFirst.group(1)); // "MOTION: The agenda be approved – Councillor Corbin, Councillor Wright"
    }
    Matcher dashed = motion ? MOTION_DASHED_PAIR.matcher(line) : null;
    if (dashed != null && dashed.matches()) {
      return motion(dashed.group(3));
    }
    Matcher clause = motion || lower.contains("proposal") ? MOVED_THEN_CLAUSE.matcher(line) : null;
    if (clause != null && clause.find()) {
      return motion(clause.group(1) != null ? clause.group(1) : clause.group(2));
    }
    Matcher m = MOVED.matcher(line);
    if (motion && m.find()) {
      String words = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (words != null) {
        return motion(words);
      }
      if (line.lastIndexOf(':', m.start()) < 0) {
        // "... seconded the motion to" / "approve ...": not after a heading and its colon ("Approval of Agenda: Trustee Miller
        // moved, and Trustee Taylor seconded the motion to", which stays the heading, its motion run in); its words end with
        // their sentence, as a motion's do
        return Optional.of(new DecisionStart(Kind.MOTION, ""));
      }
    }
    Matcher mt = MOTION_TO.matcher(line);
    if (mt.matches() && !TITLE_CASE.matcher(mt.group(1)).matches()) {
      return motion(mt.group(1));
    }
    Matcher slashed = line.startsWith("Motion/") || line.startsWith("MOTION/") ? MOTION_SLASH_SECOND.matcher(line) : null;
    if (slashed != null && slashed.matches()) {
      return motion(slashed.group(1)); // "Motion/Second: Brown/Duenas to approve Minutes of October 6, 2021, ..."
    }
    Matcher runIn = motion ? MOTION_RUN_IN.matcher(line) : null;
    if (runIn != null && runIn.find()) {
      Matcher after = MOTION_TO.matcher(line.substring(runIn.start()));
      if (after.matches() && !TITLE_CASE.matcher(after.group(1)).matches()) {
        // told after the heading it is run in with, as a decision in prose is: the line stays its minute's heading
        return Optional.of(new DecisionStart(Kind.MOTION, clean(after.group(1)), true));
      }
    }
    Matcher proposer = lower.contains("proposed") ? PROPOSER_THAT.matcher(line) : null;
    if (proposer != null && proposer.matches()) {
      return motion(proposer.group(1)); // "Cllr Ives proposed that these apologies be accepted, seconded by Cllr Kirby, ..."
    }
    Matcher p = PROPOSED.matcher(line);
    if (p.find()) {
      return motion(p.group(1));
    }
    Matcher pair = PROPOSED_BY_TWO.matcher(line);
    if (pair.find()) {
      return motion(pair.group(1));
    }
    Matcher both = motion ? MOVED_AND_SECONDED.matcher(line) : null;
    if (both != null && both.matches()) {
      // "It was moved and seconded:" / "THAT the agenda be approved as amended." / "CARRIED"
      String words = both.group(1) != null ? both.group(1) : both.group(2);
      return words == null ? Optional.of(new DecisionStart(Kind.MOVED, "")) : motion(words);
    }
    return Optional.empty();
  }

  /**
   * Both names and the motion in capitals: {@code MOVED BY CARTER AND SECONDED BY HAGGERTON TO AMEND} / {@code THE AGENDA TO
   * ADD AN ITEM ...} (a Washington city's minutes); the words from the verb after "TO".
   */
  private static final Pattern SHOUTED_PAIR_TO = Pattern.compile(
      "^MOVED\\s+(?:BY|by)\\s+[^,.]{2,60}?,?\\s+(?:(?:AND|and)\\s+)?SECONDED\\s+(?:BY|by)\\s+[^,.]{2,60}?,?\\s+(?:TO|THAT|to|that)\\s+(\\S.*)$");

  /**
   * A motion's label and its words from "To" or "That", under its movers' labels: {@code Motion: To approve the minutes of the
   * last meeting.} (a Texas county's, after "Motion By: ..." / "Second By: ..."), the words from the verb.
   */
  private static final Pattern MOTION_LABEL_WORDS = Pattern.compile("^(?:MOTION|Motion)\\s*:\\s*(?:(?:To|TO|to)\\s+(\\S.*)|((?:That|THAT)\\s+\\S.*))$");

  /** {@link #MOTION_LABEL_WORDS}: only under its movers (an agenda's "Motion: To approve ..." over the minutes' "Resolved: ..." is not one). */
  static Optional<DecisionStart> labelledWords(String line) {
    Matcher labelled = MOTION_LABEL_WORDS.matcher(line);
    return labelled.matches() ? motion(labelled.group(1) != null ? labelled.group(1) : labelled.group(2)) : Optional.empty();
  }

  /** The mover first: the words after a comma or a dash, or on the lines below ({@link Kind#MOVED}). */
  static Optional<DecisionStart> moverFirst(String line, boolean motion) {
    Matcher byTo = MOVED_BY_TO.matcher(line);
    if (byTo.matches()) {
      return motion(byTo.group(1)); // "MOVED BY Councillor Schultz, to approve ..."
    }
    Matcher shouted = line.startsWith("MOVED ") ? SHOUTED_PAIR_TO.matcher(line) : null;
    if (shouted != null && shouted.matches()) {
      return motion(shouted.group(1)); // "MOVED BY CARTER AND SECONDED BY HAGGERTON TO AMEND"
    }
    if (MOVED_BY.matcher(line).matches() || motion && (MOTION_PAIR.matcher(line).matches() || MOTION_LABEL.matcher(line).matches()
        || line.indexOf('/') > 0 && NUMBERED_MOTION_PAIR.matcher(line).matches())) {
      return Optional.of(new DecisionStart(Kind.MOVED, ""));
    }
    return Optional.empty();
  }

  /** A motion opening a sentence after another on the line: {@code ... posted. A motion was made to install ...}. */
  static Optional<DecisionStart> afterSentence(String after) {
    Matcher m = MOTION_TO.matcher(after);
    if (m.matches()) {
      return motion(m.group(1));
    }
    Matcher voted = MOTION_BODY_VOTED.matcher(after);
    if (voted.matches()) {
      return motion(voted.group(1)); // "... work session. On motion of ... and a second by ..., all councilmembers present voted to ..."
    }
    Matcher named = TITLED_MOVED_SECONDED.matcher(after);
    if (named.matches()) {
      return motion(named.group(1)); // "... for Council's approval. Hodges moved Keenan seconded to approve the minutes ..."
    }
    Matcher proposer = PROPOSER_THAT.matcher(after);
    return proposer.matches() ? motion(proposer.group(1)) : Optional.empty(); // "... the area. TC proposed that ... Agreed by all."
  }
}
