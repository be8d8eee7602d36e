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

  /** Words one of which every form of a decision has: most lines have none and skip the patterns. */
  private static final List<String> KEYWORDS = List.of("resol", "agree", "decid", "decision", "motion", "moved", "propos",
      "result", "recommended", "action", "approved", "adopted", "accepted", "confirmed", "granted", "elected", "appointed",
      "glacadh", "voted", "nominat", "m/s", "consensus", "penderfyn", "cytunwyd", "minutes st", "cadarnhawyd", "cymeradwywyd",
      "mabwysiadwyd");

  /**
   * The decision starting on this line, if one does. The forms are tried in an order where the more particular comes
   * first: a decision's word ({@link ResolvedForms}), a motion with its movers ({@link MotionForms}), a label, a motion's
   * other forms, the word ending the line, a decision in prose ({@link ProseDecision}), then any of these opening a
   * sentence after another on the line.
   */
  static Optional<DecisionStart> at(String line) {
    String lower = line.toLowerCase(java.util.Locale.ROOT);
    Optional<DecisionStart> bySurname = MotionForms.byMoversSurname(line);
    // ("NOTED" only in capitals, as a Scottish council's "The Board NOTED the report": the word in lower case is on many lines)
    if (bySurname.isPresent() || !containsAny(lower, KEYWORDS) && !line.contains("NOTED")) {
      return bySurname;
    }
    String words = MotionForms.withoutNumber(BULLET.matcher(line).replaceFirst(""));
    // Each pattern needs one of its words on the line: a line with "decision" or "approved"
    // alone skips the patterns of resolutions and motions (most lines with a keyword are prose).
    boolean decided = containsAny(lower, DECIDED);
    boolean motion = lower.contains("moved") || lower.contains("motion");
    boolean approved = containsAny(lower, APPROVED);
    if (line.indexOf("; ") > 0 && Character.isDigit(line.charAt(0))) {
      // "2) Approval of September 6 and 20 Council meeting minutes; Foley made a motion to approve the": the line stays its
      // minute's heading, the motion told after it
      Optional<DecisionStart> afterHeading = ItemNumber.parse(line).map(ItemNumber::rest)
          .flatMap(heading -> afterHeading(SEMICOLON_HEADING, heading));
      if (afterHeading.isPresent()) {
        return afterHeading;
      }
    }
    return ResolvedForms.byWord(words, decided)
        .or(() -> MotionForms.withMovers(words, lower, motion))
        .or(() -> ResolvedForms.labelled(words, lower, decided))
        .or(() -> MotionForms.moved(words, lower, motion))
        .or(() -> approved || lower.contains("propos") ? ResolvedForms.approvedAndSeconded(words) : Optional.empty())
        .or(() -> MotionForms.moverFirst(words, motion))
        .or(() -> ResolvedForms.trailing(words, lower, decided))
        .or(() -> afterHeadingDash(words))
        .or(() -> words.indexOf(": ") > 0 ? afterHeadingColon(words) : Optional.empty())
        .or(() -> ProseDecision.at(words, lower, decided, approved))
        .or(() -> containsAny(lower, AFTER_SENTENCE) ? afterSentence(words) : Optional.empty());
  }

  /** A bullet before a decision: {@code •Motion to accept the request from PSNH for pole license ...}. */
  private static final Pattern BULLET = Pattern.compile("^[•·▪●◦‣]\\s*");

  /** A heading of a few words, a spaced dash, then what follows it: {@code Approve/Change Agenda - A motion was made by ...}. */
  private static final Pattern HEADING_DASH = Pattern.compile("^(\\S.{2,60}?)\\s+[-–—]\\s+(\\S.{8,})$");

  /**
   * A motion or decision run in after its minute's heading and a dash: {@code 2.Minutes – On a motion made by L. Titus,
   * seconded by R. Browne, the Board voted unanimously to approve ...}, {@code Approve/Change Agenda - A motion was made by
   * Commissioner Corey Davenport seconded by ... to add ...}. Told after the heading, as a decision in prose is: the line stays
   * its minute's heading.
   */
  private static Optional<DecisionStart> afterHeadingDash(String line) {
    return afterHeading(HEADING_DASH, line);
  }

  /**
   * A heading of a few words, a colon, then a decision opening with its word or its movers: {@code c. Risk Assessment review: It
   * was agreed that Paul would ...}, {@code 1. DEIMHNIÚ MIONTUAIRISCÍ: On the proposal of Cllr. S. Sheppard, seconded by ...}.
   */
  private static final Pattern HEADING_COLON = Pattern.compile(
      "^(\\S.{2,60}?):\\s+((?i:it\\s+was|resolved|agreed|decided|(on)\\s+(?:the|a)\\s+(?:proposal|motion)\\s+of)\\b.{8,})$");

  /**
   * A decision run in after its heading and a colon, told in a sentence of its own: {@code c. Risk Assessment review: It was
   * agreed that Paul would identify the risks}; the line stays its heading, as after a dash.
   */
  private static Optional<DecisionStart> afterHeadingColon(String line) {
    Matcher m = HEADING_COLON.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String heading = ItemNumber.parse(m.group(1)).map(ItemNumber::rest).filter(r -> !r.isEmpty()).orElse(m.group(1))
        .replaceFirst("^\\(?[a-z]{1,2}[.)]\\s+", ""); // a part's letter: "c. Risk Assessment review"
    if (HeadingText.of(heading).compareTo(HeadingText.Strength.SHORT) < 0) {
      return Optional.empty();
    }
    boolean movers = m.group(3) != null; // "1. DEIMHNIÚ MIONTUAIRISCÍ: On the proposal of Cllr. S. Sheppard, seconded by ..., the Minutes ..."
    return at(m.group(2)).filter(d -> !d.text().isEmpty() && (d.kind() == Kind.RESOLVED || movers && d.kind() == Kind.MOTION))
        .map(d -> new DecisionStart(d.kind(), d.text(), true));
  }

  /** A numbered minute's heading, a semicolon, then what follows it: {@code Approval of ... minutes; Foley made a motion to}. */
  private static final Pattern SEMICOLON_HEADING = Pattern.compile("^(\\S.{2,80}?);\\s+(\\S.{8,})$");

  private static Optional<DecisionStart> afterHeading(Pattern split, String line) {
    Matcher m = split.matcher(line);
    String heading = m.matches() ? ItemNumber.parse(m.group(1)).map(ItemNumber::rest).filter(r -> !r.isEmpty()).orElse(m.group(1)) : "";
    if (!m.matches() || HeadingText.of(heading).compareTo(HeadingText.Strength.SHORT) < 0) {
      return Optional.empty();
    }
    return at(m.group(2)).filter(d -> !d.inProse() && !d.text().isEmpty() && (d.kind() == Kind.MOTION || d.kind() == Kind.RESOLVED))
        .map(d -> new DecisionStart(d.kind(), d.text(), true));
  }

  /**
   * A decision or a motion opening a sentence after another on the line: {@code ... avoid it. It was agreed that we should
   * ...}, {@code ... posted. A motion was made to install ...}. Only looked for when the line has one of their words (the
   * loop over the sentences' ends was the costliest part here in the profile).
   */
  private static Optional<DecisionStart> afterSentence(String line) {
    Matcher end = SENTENCE_END.matcher(line);
    while (end.find()) {
      String after = line.substring(end.end());
      Optional<DecisionStart> found = ResolvedForms.afterSentence(after)
          .or(() -> MotionForms.afterSentence(after))
          .or(() -> ResolvedForms.approvedAfterSentence(after));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Words one of which {@link ResolvedForms} and the prose forms of {@link ProseDecision} that decide need. */
  private static final List<String> DECIDED = List.of("resolved", "agreed", "decided", "recommended", "penderfynwyd", "cytunwyd");
  /** Words one of which the forms of {@link ProseDecision} that approve need ("approved" also its body in capitals). */
  private static final List<String> APPROVED = List.of("approved", "adopted", "accepted", "confirmed");

  /** Words one of which a decision or motion after a sentence has. */
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

  /** A line that says a motion failed: {@code RESULT: FAILED [4-2-1-1]}, {@code The motion failed.} */
  static boolean failed(String line) {
    line = line.replaceAll("\\s+", " ");
    return line.matches("(?i).*\\b(?:motion|it)\\s+(?:failed|was\\s+(?:defeated|lost|not\\s+carried))\\b.*")
        || line.matches("^RESULT:\\s*(?:FAILED|DEFEATED|LOST|DENIED)\\b.*")
        || line.matches("(?i).*\\bset\\s+motion\\s+failed\\b.*");
  }

  /** A quotation mark opening the words moved: {@code “THAT the Council of The Corporation ... adopt the Minutes ...”.} */
  private static final Pattern OPENING_QUOTE = Pattern.compile("^[“\"](?=(?:THAT|That)\\s)");

  /** The decision's words as printed, a spaced-out "T H A T" closed up, a quotation mark before them left out. */
  static String clean(String text) {
    return OPENING_QUOTE.matcher(text.strip().replaceFirst("^T H A T\\b", "THAT")).replaceFirst("");
  }

  /**
   * A decision's words without a lead-in that only announces them: {@code the following motion was adopted: That the
   * Council would install lighting ...} gives {@code That the Council would install ...}; {@code the Meeting was declared
   * to be CARRIED and “RESOLVED that the Council agree the Minutes ...”} gives {@code the Council agree the Minutes ...”};
   * {@code Resolve to go to tender ...} gives {@code to go to tender ...}; how it was carried, after the word of deciding
   * ({@code Councillors resolved} / {@code unanimously to write a letter ...}, {@code AGREED by all present to pay.}), gives
   * {@code to write a letter ...}; a second verb that is what was done, {@code Councillors agreed and authorised Cllr
   * Dewsnip to purchase ...}, gives {@code authorised Cllr Dewsnip to purchase ...}; {@code agreed to request Ms Jones to act
   * as Internal Auditor} (after "RESOLVED –") gives {@code to request Ms Jones ...}.
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
      + "|(?:Be\\s+it\\s+)?(?:Resolve|RESOLVE)\\s+(?=(?:that|That|THAT|to)\\s)"
      + "|(?i:unanimously|by\\s+all(?:\\s+present)?)\\s+(?=(?:that|to)\\s)"
      // the word of deciding again in lower case after the label: "RESOLVED – agreed to request Ms Luned Fon Jones to act ..."
      + "|(?:unanimously\\s+)?agreed\\s+(?=(?:that|to)\\s)"
      // the body and its word again after the label: "Resolved: The Parish Council resolved to co-opt the 3 candidates ..."
      + "|(?:The\\s+)?(?:\\p{Lu}\\p{L}+\\s+){0,3}(?:Council|Committee|Board|Commissioners|Members|Councillors|Trustees)\\s+"
      + "(?:unanimously\\s+)?(?:resolved|agreed|decided)\\s+(?=(?:that|to)\\s)"
      // a second verb that is what was done: "Councillors agreed and authorised Cllr Dewsnip to purchase ..."
      + "|and\\s+(?=(?:authori[sz]ed|approved|adopted|accepted|confirmed)\\s))");
}
