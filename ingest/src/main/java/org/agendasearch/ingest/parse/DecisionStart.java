package org.agendasearch.ingest.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line where a decision starts, and the decision's own words on it. The forms:
 *
 * <pre>
 * RESOLVED: That the minutes be approved.             resolved  "That the minutes be approved."
 * FURTHER RESOLVED: That the Clerk be instructed ...   resolved
 * resolved:  (a label in lower case, the decision on the next lines)   resolved
 * Resolved – that the committee ...  /  (1) RESOLVED  resolved
 * RESOLVED (Cr Fenton/Cr Carter)  /  RESOLVED [37/22] (Cadwallader/Gordon) that ...   resolved
 * RESOLVED unanimously on the motion of Clr Curtin, seconded Clr Simms that an apology ...   resolved  "that an apology ..."
 * It was RESOLVED that ...  /  It was AGREED to adopt resolved  "to adopt ..."
 * APPROVED on the motion of Provost Allan seconded by Councillor Mulholland.   resolved  the whole sentence
 * Following discussion, it was agreed to suspend all new projects   resolved  "to suspend ..."
 * PROPOSED, SECONDED and RESOLVED to elect Cllr. S.Mitchell as Chair   resolved  "to elect ..."
 * ... no further nominations it was resolved that Cllr Williams remain ...   resolved  "that Cllr Williams remain ..."
 * On the motion of Cllr Herring, seconded by Cllr Riseborough, it was RESOLVED to elect ...   resolved  "to elect ..."
 * Having been proposed (Cllr Waller) and seconded (Cllr Ashton Derry), it was RESOLVED to:   resolved  "to:" (the words below)
 * It was moved and seconded:  (then "THAT the agenda be approved as amended.")   moved  (the words below)
 * Motion and second to approve the minutes (Chair Sullivan-Cheah and Vice Chair Chiu).   motion  "approve the minutes ..."
 * Minutes     19/086 GRAHAM: That the minutes of the First Meeting ... be      motion  "That the minutes ..." (mover Graham)
 * MIN 108/05 MOTION - Moved Cr. Jefferies 2nd Cr. Greenwood                     moved   (the words below; a Western Australian shire)
 * It was proposed by Councillor J. Gildea, seconded by ... / Cormic, and RESOLVED  (the words below)   resolved
 * It was proposed by Councillor J. Hogan, seconded by Councillor S. Hanafin and resolved:  (the words below)   resolved
 * It was proposed by Cllr. A. Ferris, seconded by Cllr. G. Walsh and agreed to confirm and sign   resolved  "to confirm and sign"
 * Cuidithe ag Councillor M. Howard agus glacadh leis  (Irish: "seconded by ... and agreed"; the words below)   resolved
 * The Committee RESOLVED to ...  /  Committee resolved to note the apologies.
 * An Chomhairle agreed that ...  /  An tArdmhéara proposed, and An Chomhairle agreed to suspend ...  (Irish: "the Council")
 * And Resolved: / AND AGREED / And unanimously Resolved (the text follows on the next lines)
 * and RESOLVED that the reports of the External Auditor be noted. (after "Seconded by ...")   resolved  "the reports ..."
 * Resolved to RECOMMEND: (to Council)                 resolved
 * RECOMMENDED – that the report be noted              resolved  (a committee's recommendation)
 * Agreed: (then the parts)                            resolved
 * ACTION: Approved as presented                        resolved  "Approved as presented"
 * RESOLVED – T H A T the minutes ...                  resolved  "THAT the minutes ..."
 * ... times. RESOLVED and noted. The Council ...      resolved  "and noted."  (capitals after a sentence)
 * Proposed, seconded and unanimously approved RESOLVED to adopt the draft minutes   resolved  "to adopt ..."
 * Planning matters within the Parish – Agreed all Cllrs to be involved.   resolved  "all Cllrs to be involved."
 * ... avoid it. It was agreed that we should ...     resolved  (a council body's decision after a sentence)
 * All agreed this was a true record ...              resolved  "this was a true record ..."
 * DECISION: ...  /  Decision:  /  Decision Made       resolved
 * RESOLUTION: That ...  /  Resolution 2024/38         resolved
 * Council resolution  (a table's label; then That ...) resolved
 * Be it resolved that the agenda ... be adopted       resolved  "the agenda ... be adopted"
 * Councilor Lakin moved to approve the schedule.      motion    "approve the schedule."
 * Yost moved, second by Doane, to amend the agenda     motion    "amend the agenda"
 * Member Follrath motioned to adopt the consent calendar   motion    "adopt the consent calendar"
 * Approval of the consent calendar was motioned by Member Matarrese, seconded by   motion   "Approval of the consent calendar"
 * Council Member Mahan moved approval of the minutes ...   motion    "approval of the minutes ..."
 * COUNCILMEMBER MARIN MOVED, SECONDED BY COUNCILMEMBER ORVIS, FOR APPROVAL OF THE AGENDA.   motion   "APPROVAL OF THE AGENDA."
 * Willmus moved, Etten seconded, approval of the agenda as presented.   motion  "approval of the agenda as presented."
 * Moved Cr K Zanker seconded Cr R Kingston that apologies be accepted.   motion  "apologies be accepted."
 * Min. 11/09/1 Moved Cr. N. Bin Tahal, Seconded Cr. A. Ketchell “That Council accept the apology   motion  "Council accept ..."
 * 103/09 M/S/C L. Bodie/ D. Hansen that the agenda be adopted as amended.   motion  "the agenda be adopted as amended."
 * Trustee Hoefert, seconded by Trustee ladel, moved to approve the minutes   motion  "approve the minutes"
 * Referring to Item B, it was MOVED by Foy, seconded by Buchanan, to approve ...   motion  "approve ..."
 * Motion: ... made a motion, seconded by X, to adopt  motion    "adopt ..."
 * Proposed (AH) &amp; Seconded (SB) that the minutes be approved   motion  "the minutes be approved"
 * A motion was made to approve the contract ...       motion    "approve the contract ..."
 * Motion (Rosenberg)/Second (Wolfe) to approve minutes as amended   motion   "approve minutes as amended"
 * Moved by Councillor Smith  (then Seconded by ..., That the report be received., Carried)   moved
 * Motion: 494-2011   Moved by Neil Warwick Seconded by Jason Breckenridge  (the words below)   moved
 * Resolution No. 2023-123 Moved by: Councillor Smith Seconded by: Councillor Jones  (the words below)   moved
 * Motion made by: S. Lewis  (then "Seconded by: ...", the words below; an eSCRIBE council's minutes)   moved
 * Motion: (Porteous/McKenna OAM)  (then THAT Council note ..., Motion Carried)   moved
 * C-277/14 MOVED BY COUNCILLOR ANNE MARIE PHILIPSEN that the ... minutes be adopted   motion  "the ... minutes be adopted"
 * RESULT: APPROVED [UNANIMOUS]                         result    "APPROVED [UNANIMOUS]"
 * Decision: 2-0  (under "Motion: Chris Frey motioned to ..." / "Second: ...")   result   "2-0"
 * VOTED: To approve the Minutes of June 26, 2006      resolved  "To approve the Minutes ..." (a New England board)
 * Hertingfordbury Parish Council approved the payments  resolved  the whole sentence
 * ... these and the minutes were agreed and signed.   resolved  "the minutes were agreed and signed."
 * Request for funding for the illumination -- Granted  resolved  the whole line
 * </pre>
 *
 * The word in prose ("cases were resolved within a month", "it was agreed at the last meeting
 * that") is lower case with no council body before it and is no decision; neither is a table's
 * status column ("Agreed" alone) nor a label with a date ("Decision Made: 12 September 2012").
 *
 * @param text the decision's words on this line; empty when they start on the next
 * @param inProse the decision is told in a sentence of narrative ("It was agreed that ...", "...
 *     avoid it. The Council APPROVED the expenditure"): it ends with its sentence
 */
record DecisionStart(Kind kind, String text, boolean inProse) {

  DecisionStart(Kind kind, String text) {
    this(kind, text, false);
  }

  /** A decision, a motion moved (its words on this line), a motion whose words follow, a vote's result. */
  enum Kind { RESOLVED, MOTION, MOVED, RESULT }

  private static final String BODY = "(?:The\\s+|the\\s+)?(?:(?:Community|Local|Area|Parish|Town)\\s+(?=Board|Council|Committee))?(?:Committee|Council|Cabinet|Board|Panel|Sub-Committee|Authority|Commission|Forum"
      + "|An\\s+Chomhairle"
      + "|Members|Meeting|All|Councillors|Councilors|Trustees|Directors)";
  /**
   * How the decision was carried, after its word and no part of its text: {@code RESOLVED unanimously that}, {@code AGREED by all
   * to ask David Houghton ...}, {@code AGREED by all present to pay.}
   */
  private static final String BY_ALL = "(?:\\s+(?:unanimously|UNANIMOUSLY|accordingly|by\\s+all(?:\\s+(?:present|members))?(?=\\s+(?:to|that)\\b)))?";
  private static final Pattern RESOLVED = Pattern.compile(
      "^(?:\\(?(?:\\d{1,2}|[a-z])\\)\\s*|\\d{1,3}\\.\\d{1,2}\\.?\\s+|[•·▪●]\\s*)?"
      + "(?:(?:Following|After)\\s+(?:(?:a|some|further|brief|full|lengthy|long|short|detailed|general|careful|much)\\s+){0,2}(?:discussion|debate|consideration)\\b[^,]{0,40},?\\s+"
      + "(?=it\\s+was\\s))?"
      + "(?:(?:PROPOSED|Proposed),?\\s+(?:and\\s+)?(?:SECONDED|Seconded),?\\s+(?:and|AND)\\s+(?=RESOLVED|Resolved|AGREED|Agreed))?"
      // "An tArdmhéara proposed, and An Chomhairle agreed to suspend Standing Orders ..."
      + "(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+)?\\p{L}[\\p{L}.'’-]+\\s+(?:proposed|moved),?\\s+and\\s+(?=" + BODY + "\\s))?"
      + "(?:(It\\s+(?:was|is)|it\\s+was|And|AND|and|" + BODY + ",?)\\s+)?"
      + "(?:(?:also|therefore|further|then|thereupon|accordingly|hereby|unanimously|UNANIMOUSLY|FURTHER|Further|ALSO|Also"
      + "|Unanimously)\\s+)?"
      + "(RESOLVED|Resolved|resolved|AGREED|Agreed|agreed|DECIDED|Decided|decided|RECOMMENDED)"
      + BY_ALL
      + "(\\s+to\\s+RECOMMEND)?"
      + "(?=$|\\s*[:\\-–—.,;\\[(]|\\s+(?:that|That|THAT|T H A T|to|To|and|as|the|The|this|This|on|On|ON|:)"
      // "It was resolved at this point to temporary suspend standing order 70"
      + "|\\s+at\\s+this\\s+(?:point|stage|juncture|time)\\b"
      // a person the decision is about, no "that": "It was Resolved Cllr Chris Sanderson and Cllr Paul Rawlinson join the ..."
      + "|\\s+(?=(?i:cllrs?|councill?ors?|cr)\\.?\\s+\\p{Lu})"
      // the resolution's reference alone, the words below: "Community Board Resolved PICB/2018/00001"
      + "|\\s+\\p{Lu}{0,6}/?\\d{2,4}(?:[/.-]\\d{1,6}){1,3}\\s*$)"
      + "\\s*(?:\\[[^\\]]{0,20}\\]\\s*)?(?:\\([^)]{0,50}\\)\\s*)?[:\\-–—.,;]*\\s*(?:\\((?:to|for)\\s[^)]{0,40}\\)\\s*)?(.*)$");
  /**
   * The decision's word in capitals ending the sentence that names its movers, its words on the
   * next lines: {@code It was proposed by Councillor J. Gildea, seconded by Councillor S. Nic} /
   * {@code Cormic, and RESOLVED} / {@code “That the minutes ... be ADOPTED and APPROVED.”}
   */
  private static final Pattern TRAILING = Pattern.compile("(?:,|\\band)\\s+(?:UNANIMOUSLY\\s+)?(?:RESOLVED|AGREED)\\s*[:\\-–—]?\\s*$"
      // in lower case after the seconder: "It was proposed by Councillor J. Hogan, seconded by Councillor S. Hanafin and
      // resolved:" / "“That the Minutes ... be adopted ...”"
      + "|(?i)\\bseconded\\s+by\\b.{2,80}?(?:,|\\band)\\s+(?:unanimously\\s+)?(?:resolved|agreed)\\s*[:\\-–—]?\\s*$");
  /**
   * The same in Irish, Irish councils' bilingual minutes: {@code Ar moladh Councillor A. Norton} / {@code Cuidithe ag
   * Councillor M. Howard agus glacadh leis} ("proposed by ... seconded by ... and agreed"), the words on the next lines.
   */
  private static final Pattern TRAILING_IRISH = Pattern.compile("(?i)\\bagus\\s+glacadh\\s+leis\\s*[.:\\-–]?\\s*$");
  /** Capitals after a finished sentence on the same line: {@code ... times. RESOLVED and noted.} */
  private static final Pattern INLINE = Pattern.compile("(?<=[.!?]\\s)(?:RESOLVED|AGREED)\\b" + BY_ALL + "\\s*[:\\-–—]?\\s*(.*)$"
      // after a subject's dash: "iv. Planning matters and maintenance within the Parish – Agreed all Cllrs to be involved.",
      // "Eastnor Churchyard – RESOLUTION to agree in principal a donation of £300"
      + "|(?<=\\S\\s[-–—]\\s)(?:RESOLVED|AGREED|Resolved|Agreed|RESOLUTION(?=\\s+to\\s))\\b" + BY_ALL + "\\s*[:\\-–—]?\\s*(\\p{L}.*)$"
      // in capitals inside a sentence, its words after "to" or "that": "Proposed, seconded and unanimously approved RESOLVED to
      // adopt the draft minutes", "With no other proposals, it was RESOLVED unanimously that Cllr D"
      + "|(?<=\\p{L}\\s|,\\s)RESOLVED" + BY_ALL + "\\s+((?:to|that|THAT)\\s.*)$");
  private static final Pattern DECISION = Pattern.compile(
      "^(?:(?:Council|Committee|Board|Panel|Commission|Cabinet)(?:['’]s)?\\s+(?:[Rr]esolution|[Dd]ecision|RESOLUTION|DECISION)|DECISION|Decision|RESOLUTION|Resolution)(?:\\s+(?:Made|MADE|(?:No\\.?\\s*|[Nn]umber\\s+)?[A-Z]{0,4}[/\\d][\\w/.-]*))?\\s*(?:[:\\-–—]\\s*(?=\\D|$)|$)(.*)$");
  /**
   * {@code Councilor Lakin moved to approve}, {@code made a motion, seconded by X, to adopt}, {@code Moved by T. Foote, second by
   * L. Gray to exit Executive Session} (initials in the mover's name), {@code IT WAS MOVED by Councillor Fletcher seconded by
   * Councillor Gilbert to approve the minutes}.
   */
  private static final Pattern MOVED = Pattern.compile(
      "(?:^|[\\p{Lu}][\\p{L}.'’-]*\\s+|:\\s*|\\b[Ii]t\\s+was\\s+)(?:moved|Moved|^MOVED|(?<=\\bIT\\sWAS\\s)MOVED|motioned|(?:made|makes)\\s+(?:a|the)\\s+motion)(?:\\s+(?:by|BY)\\s+(?:\\p{Lu}\\.|[^,.]){1,60}?)?"
      + "(?:,?\\s+(?:and\\s+)?(?:was\\s+)?second(?:ed)?\\s+by\\s+[^,]{1,60}?,?|,?\\s+and\\s+[^,.]{1,60}?\\s+seconded)?"
      + "\\s+(?:to|that)\\s+(\\S.*)$"
      // "Council Member Mahan moved approval of the minutes ...", "Mayor Cassie moved the adoption of the Minutes ...": what was
    // moved, as a noun
      + "|(?:^|[\\p{Lu}][\\p{L}.'’-]*\\s+)moved\\s+((?:the\\s+)?(?:approval|adoption|acceptance|denial|passage|ratification)\\s+of\\b.*)$");
  private static final int SURNAME_COLON_AT = 40;
  /** A motion's number and its mover's surname in capitals (the group), before the motion's words: {@code 19/086 GRAHAM: }. */
  static final String NUMBER_AND_MOVER = "\\d{2,4}/\\d{2,4}\\s+(\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})?)\\s*:\\s*";
  /**
   * A Saskatchewan council's motion: its number, the mover's surname in capitals, then its words: {@code 19/086 GRAHAM:
   * That the minutes ... be accepted as presented.}, a margin's label before it or not ({@code Minutes 19/086 ...}).
   */
  private static final Pattern NUMBER_MOVER_THAT = Pattern.compile("^(?:\\p{Lu}\\p{L}*\\s+){0,2}?" + NUMBER_AND_MOVER + "((?:That|THAT)\\b.*)$");
  /**
   * {@code It was moved and seconded:} (the motion's words on the next line, "THAT the agenda be approved"), {@code
   * Moved and seconded that the minutes be adopted}: a motion whose movers are not named.
   */
  private static final Pattern MOVED_AND_SECONDED = Pattern.compile(
      "^(?:(?:It|it)\\s+was\\s+(?:duly\\s+)?)?(?i:moved\\s+and\\s+(?:duly\\s+)?seconded)\\s*[:,.]?\\s*(?:(?:that|That|THAT)\\s+(\\S.*))?$"
      // "Motion and second to approve the minutes (Chair Sullivan-Cheah and Vice Chair Chiu)."
      + "|^(?:A\\s+)?(?i:motion\\s+and\\s+second(?:ed)?)\\s+(?:to|that)\\s+(\\S.*)$");
  /**
   * {@code On the motion of Cllr Herring, seconded by Cllr Riseborough, it was RESOLVED to elect ...}, {@code (a) On the
   * PROPOSAL of Cllr. J Moloney SECONDED by Cllr. M Kennelly it was agreed that the} (an Irish district's): the movers,
   * then the decision in the same sentence.
   */
  private static final Pattern MOVERS_THEN_RESOLVED = Pattern.compile(
      "^(?:\\(?[a-z0-9]{1,2}\\)\\s*)?(?i:on\\s+the\\s+(?:motion|proposition|proposal)\\s+of|(?:proposed|moved)\\s+by|having\\s+been\\s+(?:proposed|moved)(?=\\s*\\())"
      // the names' full stops ("Cllr. J Moloney") are no sentence's end
      + "\\s+(?:[^.;]|(?<=\\b(?:Cllrs?|Crs?|Clr|Mr|Mrs|Ms|Dr|\\p{Lu}))\\.){2,120}?,?\\s+"
      + "(?:(?:it\\s+was|and)\\s+)?(?:(?i:unanimously)\\s+)?(RESOLVED|Resolved|resolved|AGREED|Agreed|agreed)\\b\\s*[:\\-–—]?\\s*(.*)$");
  /**
   * {@code It was proposed by Cllr. A. Ferris, seconded by Cllr. G. Walsh and agreed to confirm and sign} (an Irish council's
   * minutes): the movers with their initials' full stops, then what was agreed, in one sentence.
   */
  private static final Pattern PROPOSED_SECONDED_AGREED = Pattern.compile(
      "^(?:(?:It|it)\\s+was\\s+)?(?i:proposed|moved)\\s+by\\s+.{2,80}?,?\\s+(?:and\\s+)?(?i:seconded)\\s+by\\s+.{2,80}?,?\\s+and\\s+"
      + "(?:(?i:unanimously)\\s+)?(?:agreed|resolved|AGREED|RESOLVED)\\s*[:,]?\\s+((?:to|that|the|this|these)\\s+\\S.*)$");
  /**
   * {@code Referring to Item B, it was MOVED by Foy, seconded by Buchanan, to approve the expenditure of}: a motion
   * moved inside a sentence, or on a line that opens with the rest of "It" / "was MOVED by ...".
   */
  /**
   * {@code It was MOVED, R. Carsten and seconded to approve the Agenda.} (an Alaska board's minutes): the mover after a comma,
   * the seconder not named.
   */
  private static final Pattern MOVED_COMMA_NAME = Pattern.compile(
      "^(?:(?:It|it)\\s+was\\s+)?(?:MOVED|Moved|moved),\\s+(?:\\p{Lu}\\.\\s*){0,2}\\p{Lu}[\\p{L}'’-]+\\s+and\\s+(?i:seconded)\\s+(?:to|that)\\s+(\\S.*)$");
  private static final Pattern WAS_MOVED = Pattern.compile(
      "(?:^|\\b[Ii]t\\s+)was\\s+(?:MOVED|moved)\\s+by\\s+[^,]{1,60},\\s+(?:and\\s+)?seconded\\s+by\\s+[^,]{1,60},\\s+(?:to|that)\\s+(\\S.*)$");
  /**
   * {@code Approval of the consent calendar was motioned by Member Matarrese, seconded by}: what was moved as the
   * sentence's subject, its movers after.
   */
  private static final Pattern SUBJECT_MOVED = Pattern.compile(
      "^(\\p{Lu}[^.;:]{3,120}?)\\s+was\\s+(?:moved|motioned)\\s+by\\s+\\p{Lu}.*$");
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
  /**
   * {@code Moved by Hart, seconded by Reid, the minutes of the regular} / {@code meeting of April 19, 1960, be approved.}:
   * mover and seconder first, then the words moved as a clause with its own subject.
   */
  private static final Pattern MOVED_THEN_CLAUSE = Pattern.compile(
      "(?:^|(?<=[.!?]\\s))(?:(?:Moved|MOVED)\\s+(?:by|BY)|(?i:on\\s+the\\s+(?:proposal|proposition|motion)\\s+of))"
      // initials' stops in the names: "On the proposal of Councillor F. Maher, seconded by Councillor P. Bell, the Minutes ..."
      + "\\s+(?:[^,.]|(?<=\\b\\p{Lu})\\.){1,60},\\s+(?:and\\s+)?seconded\\s+by\\s+(?:[^,.]|(?<=\\b\\p{Lu})\\.){1,60},\\s+"
      + "((?:the|this|these|a|an)\\s+\\S.*)$");
  /** A councillor's title and name by initials and surname: {@code Cr K Zanker}, {@code Cllr. J. Wise}. */
  private static final String TITLED_NAME = "(?:Crs?|Cllr|Councillor|Councilor)\\.?\\s+(?:\\p{Lu}\\.?\\s*){0,3}\\p{Lu}[\\p{L}'’-]+"
      + "(?:\\s+(?!Seconded|SECONDED|That|THAT)\\p{Lu}[\\p{L}'’-]+)?";
  /**
   * {@code Moved Cr K Zanker seconded Cr R Kingston that apologies be accepted.}, {@code Moved Cr J Wise seconded Cr K Zanker
   * the Minutes of the Ordinary Meeting ... be confirmed.}: an Australian council's movers with no "by", then the words.
   */
  private static final Pattern MOVED_SECONDED_TITLED = Pattern.compile(
      "^(?:Moved|MOVED)\\s+(?:by\\s+)?" + TITLED_NAME + ",?\\s+(?:and\\s+)?(?:seconded|Seconded|SECONDED)\\s+(?:by\\s+)?" + TITLED_NAME
      // the words moved open with "that" or in lower case: not a seconder's second name ("... Councillor Rob Hiney-Saunders")
      + ",?\\s+(?:[“\"]?(?:that|That|THAT)\\s+|(?=\\p{Ll}))(\\p{L}.*)$");
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
   * a title, the seconder's verb after the name, then "the motion to".
   */
  private static final Pattern TITLED_MOVED_SECONDED = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?i:moved),\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?i:seconded)\\s+(?:(?i:the\\s+motion)\\s+)?"
      + "(?i:to|that)\\s+(\\S.*)$");
  /** {@code ACTION: Approved as presented}, {@code Action taken: Motion to adopt ...} (US minutes). */
  private static final Pattern ACTION = Pattern.compile(
      "^(?:ACTION|Action)(?:\\s+(?:TAKEN|taken))?\\s*:\\s*((?i:approved|adopted|carried|passed|accepted|denied|motion|moved|that|to\\s+approve)\\b.*)$");
  /** {@code Be it resolved that ...}, {@code Now therefore be it further resolved that ...} (Canadian minutes). */
  private static final Pattern BE_IT_RESOLVED = Pattern.compile(
      "(?i)^(?:(?:and\\s+)?(?:now,?\\s+)?(?:therefore,?\\s+)?)?be\\s+it\\s+(?:further\\s+)?resolved\\s*(?:that\\b\\s*:?|:)?\\s*(.*)$");
  /**
   * {@code A motion was made to approve ...}, {@code Motion to approve the minutes ... was made by}, {@code Motion by
   * Commissioner Sparks, second by Commissioner Faust, to approve the agenda}, {@code Motion (Rosenberg)/Second (Wolfe) to
   * approve minutes as amended}, {@code Motion by Yarnell/ 2nd by Houston to approve agenda as amended.}, {@code Motion
   * offered by Mr. Hudson, seconded by Mr. Bratton to approve the agenda}, {@code A motion was offered by Mr. Hudson, seconded
   * by Mr. Bratton to accept ...} (a Louisiana police jury's).
   */
  private static final Pattern MOTION_TO = Pattern.compile(
      "(?i)^(?:a\\s+)?motion\\s+(?:\\([^)]{2,40}\\)\\s*/\\s*second(?:ed)?\\s*\\([^)]{2,40}\\)\\s+)?(?:was\\s+(?:(?:made|moved|put|offered)\\s+)?|(?:made|offered)\\s+(?=by\\s))?"
      + "(?:by\\s*:?\\s+[^,/]{1,60}?(?:,?\\s+|\\s*/\\s*))?"
      + "(?:(?:and\\s+)?(?:second(?:ed)?|2nd)\\s+by\\s+[^,]{1,60}?,?\\s+)?"
      // "Motion by Fleischhauer, seconded by Kantaros, the Board voted to appoint Lisa Rosenthal as Clerk Pro"
      + "(?:the\\s+(?:board|council|commission|committee)\\s+voted\\s+)?(?:to|that)\\s+(\\S.*)$");
  /**
   * A motion run in after its item's heading on the same line: {@code 5. APPROVAL OF AGENDA p2 Motion by Yarnell/ 2nd by
   * Houston to approve agenda as}; not "the Motion by ..." in a sentence.
   */
  private static final Pattern MOTION_RUN_IN = Pattern.compile("(?<=[^\\p{Ll}\\s,]\\s{1,8})(?:Motion|MOTION)\\s+(?:by|BY|offered|OFFERED)\\s");
  /**
   * {@code Moved by Councillor Smith} / {@code Seconded by Councillor Jones} / {@code That the report
   * be received.} / {@code Carried}: a motion whose words follow on the next lines.
   */
  private static final Pattern MOVED_BY = Pattern.compile(
      "^(?:(?:Motion|MOTION|Resolution|RESOLUTION)\\s*(?:No\\.?\\s*|#\\s*)?:?\\s*[\\w/-]*\\d[\\w/-]*,?\\s+)?"
      // "MOTION moved by Pat MacLellan seconded by John Searle and carried" / "THAT the first reading ..."
      + "(?:Moved|MOVED|Proposed|PROPOSED|Motion\\s+made|MOTION\\s+MADE|(?:MOTION|Motion)\\s+moved(?=\\s+by\\s))(?:\\s+(?:by|BY))?\\s*[:\\-–]?\\s+"
      // not a meeting moved in time: "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm"
      + "(?!(?i:(?:from|to)\\s+(?:the\\s+)?(?:\\d|" + MeetingHeader.WEEKDAY + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))\\S.*");
  /**
   * A paper approved by one member and seconded by another, in one sentence after an action's label or none: {@code
   * Action – Minutes approved by JFl and seconded by BG.} (the decision is the sentence); {@code The minute from the previous
   * meeting ... was approved by Mrs Gael Hughson and seconded by Mrs Jessie Copland}; {@code Minutes of 02/01/05 approved as
   * written per a motion by George Cavanaugh, seconded by Danette Gonsalves}.
   */
  private static final Pattern APPROVED_AND_SECONDED = Pattern.compile(
      "^(?:(?i:action|decision|outcome)\\s*[-–—:]\\s*)?((?i:the\\s+)?(?i:minutes?|accounts|agenda|report|budget|precept|annual\\s+return)\\b[^.]{0,80}?"
      // "were proposed as accurate by Cllr Gwilym Jenkins", "approved as written per a motion by George Cavanaugh"
      + "\\s(?i:approved|adopted|accepted|proposed)(?:\\s+as\\s+(?:\\p{Ll}+\\s+){0,1}\\p{Ll}+)?(?:\\s+(?:per|on|upon)\\s+(?:a\\s+|the\\s+)?motion)?"
      + "\\s+by\\s+[^.,]{1,40}?,?\\s+(?i:and\\s+)?(?i:seconded)\\s+by\\s+\\S.*"
      // the minutes named in the heading before it: "Minutes of the last meeting : Approved by L. Walker and seconded by ..."
      + "|(?:Approved|Adopted|Accepted)\\s+by\\s+[^,]{1,40}?,?\\s+(?i:and\\s+)?(?i:seconded)\\s+by\\s+\\S.*)$");
  /**
   * The mover, a comma or a dash, then the words moved on the same line: {@code MOVED BY Councillor Schultz, to approve the
   * agenda}, {@code Moved by Councillor G Caffell – That in terms of section 46A(7) ...}; or the mover by title with no "by":
   * {@code 1. Moved Cr Clayfield that the minutes of the Ordinary Meeting ... be taken as read} (a South Australian council's).
   */
  private static final Pattern MOVED_BY_TO = Pattern.compile(
      "^(?:\\d{1,2}\\.\\s+)?(?:Moved|MOVED)\\s+(?:(?:by|BY)\\s+[^,.;]{2,60}?(?:,|\\s+[-–—])|(?=" + TITLED_NAME + "\\s+(?:that|to)\\s)"
      + TITLED_NAME + ")\\s*(?:(?:to|TO)\\s+|(?=(?:that|That|THAT)\\s))(\\S.*)$");
  /** {@code MOTION:} alone, the words moved below it ({@code THAT the Council Meeting move in camera ...}; iQM2 minutes). */
  private static final Pattern MOTION_LABEL = Pattern.compile("^(?:MOTION|Motion)\\s*:$");
  /**
   * A heading's words in title case after "Motion to": {@code Motion to Move in Camera} names the item (its motion is
   * below it), where a sentence's {@code Motion to approve the minutes} is the motion.
   */
  private static final Pattern TITLE_CASE = Pattern.compile(
      "^\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|in|on|to|the|and|for|a|an|at|by|with)){0,7}$");
  /** {@code Motion: (Porteous/McKenna OAM)}: mover and seconder in brackets, the words moved below (InfoCouncil). */
  /**
   * A motion's number, then its mover and seconder parted by a slash, the words moved on the lines below: {@code
   * Motion-4831-21-Councillor S. Budgell/Councillor M. Wheaton} / {@code Resolve that the Agenda be adopted as circulated.}
   * (a Newfoundland town's minutes); after the item's label in the margin too: {@code Agenda: Motion-4831-21-...}.
   */
  static final Pattern NUMBERED_MOTION_PAIR = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L} ]{1,30}:\\s+)?(?:Motion|MOTION)\\s*[-–#:]?\\s*(?:No\\.?\\s*)?\\d[\\d-]*\\d\\s*[-–:]\\s*(" + Motions.TITLED_NAME + ")\\s*/\\s*(" + Motions.TITLED_NAME + ")\\s*$");
  private static final Pattern MOTION_PAIR = Pattern.compile("^(?:Motion|MOTION)\\s*:?\\s*\\([^/()]{2,40}/[^/()]{2,40}\\)\\s*:?$");
  /** {@code Proposed (AH) & Seconded (SB) that the minutes be approved}. */
  private static final Pattern PROPOSED = Pattern.compile("(?i)\\bproposed\\b.{0,80}?\\bseconded\\b.{0,90}?\\bthat\\s+(\\S.*)$");
  /** Proposer and seconder named together: {@code It was proposed by Cllr James & Cllr Gordon that Cllr Maude be appointed ...}. */
  private static final Pattern PROPOSED_BY_TWO = Pattern.compile(
      "(?i)\\bproposed\\s+by\\s+(?:cllrs?|councillors?|cr)\\.?\\s+\\S+(?:\\s+\\S+)?\\s*(?:&|and)\\s+(?:cllrs?|councillors?|cr)\\.?\\s+\\S+(?:\\s+\\S+)?"
      + "\\s+that\\s+(\\S.*)$");
  /**
   * A New England board's decision: {@code VOTED: To approve the Minutes of June 26, 2006 as amended.} (after "Upon motion
   * by ..., the Board"), {@code The Board VOTED unanimously to accept ...}.
   */
  private static final Pattern VOTED = Pattern.compile(
      "^(?:(?:The|the)\\s+(?:Board|Council|Committee|Commission)\\s+)?(?:VOTED|Voted)(?:\\s*[:\\-–]\\s*|\\s+(?:unanimously\\s+)?(?=(?i:to)\\s))(\\S.*)$");
  private static final Pattern RESULT = Pattern.compile("^RESULT:\\s*((?:APPROVED|ADOPTED|CARRIED|PASSED|ACCEPTED)\\b.*)$");
  /** A vote's count alone: {@code 2-0}, {@code 3–1–1}, the result of the motion above it ("Decision: 2-0"). */
  private static final Pattern TALLY_ONLY = Pattern.compile("^\\d{1,2}\\s*[-–]\\s*\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\.?$");
  private static final Pattern A_DATE_ONLY = Pattern.compile("(?i)^(?:\\w+day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\w+,?\\s+\\d{4}\\.?$|^\\d{1,2}/\\d{1,2}/\\d{2,4}$");

  /**
   * A motion's number before its mover: {@code C-277/14 MOVED BY COUNCILLOR ...}, {@code 2023-123 Moved by ...},
   * {@code R17/02/016 MOVED BY Councillor Gregory, ...},
   * {@code No. 146 Moved by Deputy Mayor Lloyd}, {@code Res. 271 BE IT RESOLVED that ...} (a Manitoba municipality's margin),
   * {@code 187   RESOLVED on the motion of Councillors Karpin and Gold that ...} (a New South Wales council's),
   * {@code Motion 6.a   Moved by Councillor Pat Doll that Council approves ...} (an Alberta town's, numbered by its item).
   */
  private static final Pattern MOTION_NUMBER = Pattern.compile(
      "^(?:(?:(?:[A-Z]{1,3}[-‐]?|(?:MIN|Min|RES|Res)\\.?\\s+)?\\d{1,4}[/-]\\d{2,4}(?:[/-]\\d{1,4})?|No\\.\\s*\\d{1,4}|(?:RES|Res)\\.\\s*\\d{1,4})\\s+"
      + "(?:RESOLUTION\\s+|MOTION\\s*[-–:]\\s*|[-–]\\s+)?"
      + "|RESOLUTION\\s+(?=MOVED)"
      // a resolution's number in the margin: "187        RESOLVED on the motion of Councillors Karpin and Gold that ..."
      + "|\\d{1,4}\\s+(?=RESOLVED\\b)"
      // "Motion 6.a      Moved by Councillor Pat Doll that Council approves ...": the motion numbered by its item
      + "|(?:MOTION|Motion)\\s+\\d{1,3}(?:\\.\\d{1,2}|\\.?[a-z])?\\.?\\s+)"
      + "(?=(?:MOVED|Moved|PROPOSED|Proposed|RESOLVED|Resolved|BE\\s+IT|Be\\s+it|M/S|MSC)\\b)");
  /**
   * A board's action on a motion not named: {@code UPON MOTION duly made and seconded, the Board approved settlement as
   * requested by the Law Department.} (the words are "approved settlement ...").
   */
  private static final Pattern UPON_MOTION = Pattern.compile(
      "(?i)\\b(?:upon|on)\\s+motion\\s+(?:duly\\s+)?made\\s+and\\s+(?:duly\\s+)?seconded,?\\s+(?:the\\s+\\w+\\s+)?"
      + "((?:unanimously\\s+)?(?:approved|adopted|authorized|awarded|accepted|ratified|granted|denied|deferred|rejected)\\b.*)");
  /**
   * Who moved and seconded, then the body, its decision on the next line: {@code Upon motion by Selectman Spataro and
   * seconded by Selectman Andrews, the Board} / {@code VOTED: To approve the Minutes ...}.
   */
  private static final Pattern UPON_MOTION_BY = Pattern.compile(
      "(?i)^(?:upon|on)\\s+(?:a\\s+)?motion\\s+(?:made\\s+)?by\\s+[^,]{2,60}?,?\\s+(?:and\\s+)?seconded\\s+by\\s+[^,]{2,60},\\s+the\\s+\\w+\\s*$");
  /**
   * Who moved and seconded, then the body that voted, its words after "to": {@code On a motion made by Sprague and seconded
   * by Wysocki, the Board of Selectmen voted to close and execute the warrant ...} (a Massachusetts board's).
   */
  private static final Pattern MOTION_BODY_VOTED = Pattern.compile(
      "(?i)^(?:upon|on)\\s+(?:a\\s+)?motion\\s+(?:made\\s+)?by\\s+[^,]{2,60}?,?\\s+(?:and\\s+)?seconded\\s+by\\s+[^,]{2,60},\\s+"
      + "the\\s+[^,]{2,40}?\\s+voted\\s+(?:unanimously\\s+)?(?:to|that)\\s+(\\S.*)$");
  /**
   * A motion's number, its mover's surname and a colon, then its words (a Saskatchewan council's columns): {@code 282/15
   * Bains:   That the agenda be accepted as presented.   Carried.}, or the surname alone under its minute's number: {@code
   * Germs: That Council comes out of camera.}
   */
  private static final Pattern SURNAME_COLON_THAT = Pattern.compile(
      "^(?:\\d{1,4}/\\d{2,4}\\s+)?(?!(?:Recommendation|Recommended|Purpose|Note|Notes|Proposal|Action|Subject|Background|Summary|Motion"
      + "|Resolution|Resolved|Decision|Agreed|Item|Re|Reason|Reasons|Comment|Comments|Question|Answer|Response|Update|Officer|Officers)\\b)"
      + "\\p{Lu}\\p{Ll}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]+)?\\s*:\\s+((?:That|THAT)\\s+\\p{L}.*)$");
  /**
   * The outcome first, then who moved it, a Scottish council's whole decision: {@code APPROVED on the motion of Provost
   * Allan seconded by Councillor Mulholland.} (the words are the whole sentence).
   */
  private static final Pattern OUTCOME_ON_MOTION = Pattern.compile(
      "^(?:APPROVED|Approved|AGREED|Agreed|ADOPTED|Adopted|NOTED|Noted|CONFIRMED|Confirmed)\\s+on\\s+the\\s+(?:motion|proposal)\\s+of\\s+"
      + "\\S.{1,80}?,?\\s+seconded\\s+by\\s+\\S.*$");
  private static final String SURNAME =
      "(?:(?:Crs?|Cllrs?|Clr|Councillor)\\.?\\s+(?:\\p{Lu}\\.?\\s+)?)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?";

  /**
   * Who moved and seconded, between the decision's word and its words: {@code RESOLVED unanimously on the motion of Clr
   * Curtin, seconded Clr Simms that an apology ...} (the words are "that an apology ..."), {@code Resolved, proposed
   * Cllr Klimowicz, seconded Cllr Jolly, that Zoey Kelly be co-opted ...}; {@code Resolved:
   * Sheppard/Roberts} and {@code RESOLVED - 17/401 Cr C Gryllis/Cr R Gander} (the words are on the next line).
   */
  private static final Pattern MOVERS_FIRST = Pattern.compile(
      "^(?:(?i:on\\s+the\\s+(?:motion|proposal|proposition)\\s+of|(?:moved|proposed)(?:\\s+by)?)\\s+[^,;]{2,60}?,?\\s+(?i:and\\s+)?"
      + "(?i:seconded)(?:\\s+by)?\\s+[^,;]{2,60}?,?\\s+(?=(?i:that|to)\\b)"
      // both after one plural title: "on the motion of Councillors Karpin and Gold that the apology be accepted"
      + "|(?i:on\\s+the\\s+motion\\s+of)\\s+(?:Councill?ors|Crs|Cllrs)\\s+" + SURNAME + "\\s+and\\s+" + SURNAME
      + ",?\\s+(?=(?i:that|to)\\b)"
      // InfoCouncil's mover and seconder by surname: "Resolved: Sheppard/Roberts" / "That the Minutes ...",
      // after the resolution's number: "RESOLVED - 17/401 Cr C Gryllis/Cr R Gander" / "That Council allow ..."
      // or in brackets: "3058/11 RESOLVED: (Hoban/Ainsworth)" / "That Council write to ..."
      + "|(?:\\d{1,4}/\\d{1,4}\\s+)?" + SURNAME + "\\s*/\\s*" + SURNAME + "\\s*(?:$|(?=(?i:that)\\b))"
      + "|\\(\\s*" + SURNAME + "\\s*/\\s*" + SURNAME + "\\s*\\)\\s*(?:$|(?=(?i:that)\\b)))");
  /** Words one of which every form of a decision has: most lines have none and skip the patterns. */
  private static final List<String> KEYWORDS = List.of("resol", "agree", "decid", "decision", "motion", "moved", "propos",
      "result", "recommended", "action", "approved", "adopted", "accepted", "confirmed", "granted", "elected", "appointed",
      "glacadh", "voted", "nominat", "m/s");

  /**
   * A decision's words without who moved and seconded them before them, when they came over lines: {@code ON THE MOTION
   * OF COUNCILLOR EVANS, seconded by COUNCILLOR MARTIN, THAT the apologies ...} gives {@code THAT the apologies ...}.
   */
  static String withoutMovers(String words) {
    return MOVERS_FIRST.matcher(words).replaceFirst("");
  }

  /** The decision starting on this line, if one does. */
  static Optional<DecisionStart> at(String line) {
    String lower = line.toLowerCase(java.util.Locale.ROOT);
    int colon = line.indexOf(':');
    Matcher numbered = colon > 0 && line.lastIndexOf('/', colon) > 0 ? NUMBER_MOVER_THAT.matcher(line) : null;
    if (numbered != null && numbered.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(numbered.group(2)))); // "19/086 GRAHAM: That ..."
    }
    Matcher surname = colon > 0 && colon < SURNAME_COLON_AT ? SURNAME_COLON_THAT.matcher(line) : null;
    if (surname != null && surname.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(surname.group(1)))); // "282/15  Bains:  That the agenda ..."
    }
    if (!containsAny(lower, KEYWORDS)) {
      return Optional.empty();
    }
    line = MOTION_NUMBER.matcher(line).replaceFirst("");
    // Each pattern below needs one of its words on the line: a line with "decision" or "approved"
    // alone skips the patterns of resolutions and motions (most lines with a keyword are prose).
    boolean decided = containsAny(lower, DECIDED);
    boolean motion = lower.contains("moved") || lower.contains("motion");
    boolean approved = containsAny(lower, APPROVED);
    Matcher r = RESOLVED.matcher(line);
    if (decided && r.matches() && accepted(r.group(1), r.group(2), r.group(4), line)) {
      boolean prose = r.group(1) != null && r.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("it")
          && Character.isLowerCase(r.group(2).charAt(0));
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(MOVERS_FIRST.matcher(r.group(4)).replaceFirst("")), prose));
    }
    Matcher subject = motion ? SUBJECT_MOVED.matcher(line) : null;
    if (subject != null && subject.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(subject.group(1))));
    }
    Matcher outcomeFirst = motion || lower.contains("proposal") ? OUTCOME_ON_MOTION.matcher(line) : null;
    if (outcomeFirst != null && outcomeFirst.matches()) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(line)));
    }
    Matcher bodyVoted = motion ? MOTION_BODY_VOTED.matcher(line) : null;
    if (bodyVoted != null && bodyVoted.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(bodyVoted.group(1))));
    }
    Matcher uponBy = motion ? UPON_MOTION_BY.matcher(line) : null;
    if (uponBy != null && uponBy.matches()) {
      return Optional.of(new DecisionStart(Kind.MOVED, "")); // "Upon motion by ... and seconded by ..., the Board" / "VOTED: ..."
    }
    Matcher upon = UPON_MOTION.matcher(line);
    if (motion && upon.find()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(upon.group(1))));
    }
    Matcher movedFor = motion ? MOVED_SECONDED_FOR.matcher(line) : null;
    if (movedFor != null && movedFor.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(movedFor.group(1))));
    }
    Matcher secondedFirst = SECONDED_THEN_MOVED.matcher(line);
    if (motion && secondedFirst.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(secondedFirst.group(1))));
    }
    Matcher commaName = motion ? MOVED_COMMA_NAME.matcher(line) : null;
    if (commaName != null && commaName.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(commaName.group(1))));
    }
    Matcher wasMoved = WAS_MOVED.matcher(line);
    if (motion && wasMoved.find()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(wasMoved.group(1))));
    }
    Matcher titled = motion ? MOVED_SECONDED_TITLED.matcher(line) : null;
    if (titled != null && titled.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(titled.group(1)))); // "Moved Cr K Zanker seconded Cr R Kingston that ..."
    }
    Matcher msc = line.startsWith("M") ? MSC.matcher(line) : null;
    if (msc != null && msc.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(msc.group(1)))); // its words end with their sentence
    }
    Matcher commas = MOVED_SECONDED_COMMAS.matcher(line);
    if (commas.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(commas.group(1))));
    }
    Matcher shouted = motion ? TITLED_MOVED_SECONDED.matcher(line) : null;
    if (shouted != null && shouted.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(shouted.group(1))));
    }
    Matcher agreedTo = decided ? PROPOSED_SECONDED_AGREED.matcher(line) : null;
    if (agreedTo != null && agreedTo.matches()) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(agreedTo.group(1)))); // "It was proposed by Cllr. A. Ferris, ..."
    }
    Matcher movers = MOVERS_THEN_RESOLVED.matcher(line);
    if (movers.matches()) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(movers.group(2))));
    }
    Matcher action = ACTION.matcher(line);
    if (action.matches()) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(action.group(1))));
    }
    Matcher b = BE_IT_RESOLVED.matcher(line);
    if (b.matches()) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(b.group(1))));
    }
    Matcher d = DECISION.matcher(line);
    if (d.matches() && TALLY_ONLY.matcher(d.group(1).strip()).matches()) {
      return Optional.of(new DecisionStart(Kind.RESULT, d.group(1).strip())); // "Decision: 2-0" under its motion
    }
    if (d.matches() && !A_DATE_ONLY.matcher(d.group(1).strip()).matches()) {
      // "Decision: Cabinet RESOLVED that the minutes ...": the words after the decision's own start
      String rest = d.group(1).strip();
      Optional<DecisionStart> inner = rest.isEmpty() || DECISION.matcher(rest).matches() ? Optional.empty()
          : at(rest).filter(x -> x.kind() == Kind.RESOLVED && !x.inProse() && !x.text().isEmpty());
      return Optional.of(inner.orElseGet(() -> new DecisionStart(Kind.RESOLVED, clean(rest))));
    }
    Matcher voted = lower.contains("voted") ? VOTED.matcher(line) : null;
    if (voted != null && voted.matches()) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(voted.group(1)))); // "VOTED: To approve the Minutes ..."
    }
    Matcher res = RESULT.matcher(line);
    if (res.matches()) {
      return Optional.of(new DecisionStart(Kind.RESULT, res.group(1).strip()));
    }
    Matcher dashed = motion ? MOTION_DASHED_PAIR.matcher(line) : null;
    if (dashed != null && dashed.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(dashed.group(3))));
    }
    Matcher clause = motion || lower.contains("proposal") ? MOVED_THEN_CLAUSE.matcher(line) : null;
    if (clause != null && clause.find()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(clause.group(1))));
    }
    Matcher m = MOVED.matcher(line);
    if (motion && m.find()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(m.group(1) != null ? m.group(1) : m.group(2))));
    }
    Matcher mt = MOTION_TO.matcher(line);
    if (mt.matches() && !TITLE_CASE.matcher(mt.group(1)).matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(mt.group(1))));
    }
    Matcher runIn = motion ? MOTION_RUN_IN.matcher(line) : null;
    if (runIn != null && runIn.find()) {
      Matcher after = MOTION_TO.matcher(line.substring(runIn.start()));
      if (after.matches() && !TITLE_CASE.matcher(after.group(1)).matches()) {
        // told after the heading it is run in with, as a decision in prose is: the line stays its minute's heading
        return Optional.of(new DecisionStart(Kind.MOTION, clean(after.group(1)), true));
      }
    }
    Matcher p = PROPOSED.matcher(line);
    if (p.find()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(p.group(1))));
    }
    Matcher pair = PROPOSED_BY_TWO.matcher(line);
    if (pair.find()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(pair.group(1))));
    }
    Matcher both = motion ? MOVED_AND_SECONDED.matcher(line) : null;
    if (both != null && both.matches()) {
      // "It was moved and seconded:" / "THAT the agenda be approved as amended." / "CARRIED"
      String words = both.group(1) != null ? both.group(1) : both.group(2);
      return Optional.of(words == null ? new DecisionStart(Kind.MOVED, "") : new DecisionStart(Kind.MOTION, clean(words)));
    }
    Matcher seconded = approved || lower.contains("propos") ? APPROVED_AND_SECONDED.matcher(line) : null;
    if (seconded != null && seconded.matches()) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(seconded.group(1)))); // "Minutes approved by JFl and seconded by BG."
    }
    Matcher byTo = MOVED_BY_TO.matcher(line);
    if (byTo.matches()) {
      return Optional.of(new DecisionStart(Kind.MOTION, clean(byTo.group(1)))); // "MOVED BY Councillor Schultz, to approve ..."
    }
    if (MOVED_BY.matcher(line).matches() || motion && (MOTION_PAIR.matcher(line).matches() || MOTION_LABEL.matcher(line).matches()
        || line.indexOf('/') > 0 && NUMBERED_MOTION_PAIR.matcher(line).matches())) {
      return Optional.of(new DecisionStart(Kind.MOVED, ""));
    }
    if (decided && TRAILING.matcher(line).find() || lower.contains("glacadh") && TRAILING_IRISH.matcher(line).find()) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, ""));
    }
    Matcher in = INLINE.matcher(line);
    if (in.find()) {
      // in capitals inside a sentence, the decision ends with it (and a numbered line stays its minute's heading)
      return Optional.of(new DecisionStart(Kind.RESOLVED,
          clean(in.group(1) != null ? in.group(1) : in.group(2) != null ? in.group(2) : in.group(3)), in.group(3) != null));
    }
    Optional<DecisionStart> prose = ProseDecision.at(line, lower, decided, approved);
    if (prose.isPresent()) {
      return prose;
    }
    // After a sentence only a decision or a motion can follow: look for the sentences' ends only
    // when the line has one of their words (the loop was the costliest part here in the profile).
    boolean mayFollow = containsAny(lower, AFTER_SENTENCE);
    Matcher end = SENTENCE_END.matcher(line);
    while (mayFollow && end.find()) {
      // "... avoid it. It was agreed that we should ...", "... posted. A motion was made to install ..."
      String after = line.substring(end.end());
      Matcher r2 = RESOLVED.matcher(after);
      if (r2.matches() && r2.group(1) != null && accepted(r2.group(1), r2.group(2), r2.group(4))) {
        return Optional.of(new DecisionStart(Kind.RESOLVED, clean(r2.group(4)), true));
      }
      Matcher m2 = MOTION_TO.matcher(after);
      if (m2.matches()) {
        return Optional.of(new DecisionStart(Kind.MOTION, clean(m2.group(1))));
      }
      Matcher s2 = APPROVED_AND_SECONDED.matcher(after);
      if (s2.matches()) {
        // "... held on the 27thOctober 2015. Minutes proposed by Councillor Janes and seconded by Councillor"
        return Optional.of(new DecisionStart(Kind.RESOLVED, clean(s2.group(1)), true));
      }
    }
    return Optional.empty();
  }

  /** Words one of which {@link #RESOLVED} and the prose forms of {@link ProseDecision} that decide need. */
  private static final List<String> DECIDED = List.of("resolved", "agreed", "decided", "recommended");
  /** Words one of which the forms of {@link ProseDecision} that approve need ("approved" also its body in capitals). */
  private static final List<String> APPROVED = List.of("approved", "adopted", "accepted", "confirmed");

  /** Words one of which a decision or motion after a sentence ({@link #RESOLVED}, {@link #MOTION_TO}) has. */
  private static final List<String> AFTER_SENTENCE = List.of("resolved", "agreed", "decided", "recommended", "motion", "seconded");

  /** Whether {@code lower} contains one of {@code words} (a loop: this runs on every line of a pack). */
  private static boolean containsAny(String lower, List<String> words) {
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b\\p{Lu}|\\b(?:No|Mr|Mrs|Ms|Dr|Cllr|St))[.!?]\\s+(?=\\p{Lu})");

  /**
   * Whether a matched keyword is a decision: in capitals or capitalised at the start of the line,
   * or lower case after a council body ("Committee resolved"); "Agreed" alone is a status column, and a motion's result
   * told as a clause ("All agreed, the Resolution was passed.") is none.
   */
  private static boolean accepted(String before, String keyword, String rest) {
    return accepted(before, keyword, rest, "");
  }

  private static boolean accepted(String before, String keyword, String rest, String line) {
    if (ProseDecision.resultOnly(rest)) {
      return false; // "All agreed, the Resolution was passed.": the result of the proposal above
    }
    boolean lower = Character.isLowerCase(keyword.charAt(0));
    if (before == null) {
      if (lower) {
        return LOWER_LABEL.matcher(line.strip()).matches(); // "resolved:" alone, a label in lower case
      }
      boolean capitalisedOnly = !keyword.equals(keyword.toUpperCase(java.util.Locale.ROOT));
      return !(capitalisedOnly && rest.isBlank() && !keyword.startsWith("Resolved") && !line.contains(":"));
    }
    return true;
  }

  private static final Pattern LOWER_LABEL = Pattern.compile("^(?:resolved|agreed|decided)\\s*[:\\-–]$");

  /** A line that says a motion failed: {@code RESULT: FAILED [4-2-1-1]}, {@code The motion failed.} */
  static boolean failed(String line) {
    line = line.replaceAll("\\s+", " ");
    return line.matches("(?i).*\\b(?:motion|it)\\s+(?:failed|was\\s+(?:defeated|lost|not\\s+carried))\\b.*")
        || line.matches("^RESULT:\\s*(?:FAILED|DEFEATED|LOST|DENIED)\\b.*")
        || line.matches("(?i).*\\bset\\s+motion\\s+failed\\b.*");
  }

  /** The decision's words as printed, a spaced-out "T H A T" closed up. */
  static String clean(String text) {
    return text.strip().replaceFirst("^T H A T\\b", "THAT");
  }

  /**
   * A decision's words without a lead-in that only announces them: {@code the following motion was adopted: That the
   * Council would install lighting ...} gives {@code That the Council would install ...}; {@code the Meeting was declared
   * to be CARRIED and “RESOLVED that the Council agree the Minutes ...”} gives {@code the Council agree the Minutes ...”};
   * {@code Resolve to go to tender ...} gives {@code to go to tender ...}.
   */
  static String withoutLeadIn(String text) {
    return LEAD_IN.matcher(text).replaceFirst("");
  }

  private static final Pattern LEAD_IN = Pattern.compile(
      "^(?:(?i:the\\s+following\\s+(?:motion|resolution|recommendation)\\s+(?:was|were)\\s+(?:unanimously\\s+)?(?:adopted|passed|agreed|carried|approved))"
      + "\\s*[:\\-–]\\s*(?=\\S)"
      // a South West council's ModernGov minutes: "It was moved by Cllr Ewings, seconded by Cllr Renders and upon the motion
      // being submitted to the Meeting was declared to be CARRIED and “RESOLVED that the Council agree ..."
      + "|.{0,60}?\\bdeclared\\s+(?:to\\s+be\\s+)?CARRIED\\s+and\\s+[“\"]?RESOLVED\\s*(?:that\\s+|:\\s*)?(?=\\S)"
      // a motion's words in the imperative: "Resolve that the Agenda be adopted ...", "Resolve to go to tender ..."
      + "|(?:Be\\s+it\\s+)?(?:Resolve|RESOLVE)\\s+(?=(?:that|That|THAT|to)\\s))");
}
