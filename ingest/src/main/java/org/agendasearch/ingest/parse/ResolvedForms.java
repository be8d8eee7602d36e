package org.agendasearch.ingest.parse;

import static org.agendasearch.ingest.parse.DecisionStart.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.parse.DecisionStart.Kind;

/**
 * The forms of {@link DecisionStart} that tell a decision by its word or its label: {@code RESOLVED: That ...}, {@code It
 * was AGREED to adopt}, {@code The Committee RESOLVED to ...}, {@code DECISION: ...}, {@code Be it resolved that ...},
 * {@code VOTED: To approve ...}, {@code It was proposed by ..., seconded by ... and RESOLVED} (the words below). Each method
 * is one step of {@link DecisionStart#at}, tried in its order; {@code decided} says whether the line has one of the words
 * of deciding, which most patterns need.
 */
final class ResolvedForms {

  private ResolvedForms() {}

  private static final String BODY = "(?:The\\s+|the\\s+)?(?:(?:Community|Local|Area|Parish|Town)\\s+(?=Board|Council|Committee))?(?:Committee|Council|Cabinet|Board|Panel|Sub-Committee|Authority|Commission|Forum"
      + "|An\\s+Chomhairle"
      + "|Members|Meeting|All|Councillors|Councilors|Trustees|Directors)";
  /**
   * How the decision was carried, after its word and no part of its text: {@code RESOLVED unanimously that}, {@code AGREED by all
   * to ask David Houghton ...}, {@code AGREED by all present to pay.}
   */
  private static final String BY_ALL = "(?:\\s+(?:unanimously|UNANIMOUSLY|accordingly|by\\s+all(?:\\s+(?:present|members))?(?=\\s+(?:to|that)\\b)))?";
  private static final Pattern RESOLVED = Pattern.compile(
      "^(?:\\(?(?:\\d{1,2}|[a-z])\\)\\s*|\\d{1,3}\\.\\d{1,2}\\.?\\s+|[•·▪●]\\s*|-\\s+(?=(?:Agreed|AGREED|Resolved|RESOLVED)\\s+(?:that|to)\\s))?"
      + "(?:(?:Following|After)\\s+(?:(?:a|some|further|brief|full|lengthy|long|short|detailed|general|careful|much)\\s+){0,2}(?:discussion|debate|consideration)\\b[^,]{0,40},?\\s+"
      + "(?=it\\s+was\\s))?"
      // "PROPOSED, SECONDED and RESOLVED to elect ...", "PROPOSED; SECONDED; RESOLVED to co-opt Jon Mold ..."
      // "It was proposed, seconded and agreed to appoint Cllr A Carolan as Chair"
      + "(?:(?:It\\s+was\\s+(?=proposed,\\s))?(?:PROPOSED|Proposed|proposed)[,;]?\\s+(?:and\\s+)?(?:SECONDED|Seconded|seconded)(?:,?\\s+(?:and|AND)\\s+|;\\s*)"
      + "(?=RESOLVED|Resolved|AGREED|Agreed|(?<=seconded\\s{1,3}and\\s{1,3})(?:resolved|agreed)))?"
      // "An tArdmhéara proposed, and An Chomhairle agreed to suspend Standing Orders ..."
      + "(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+)?\\p{L}[\\p{L}.'’-]+\\s+(?:proposed|moved),?\\s+and\\s+(?=" + BODY + "\\s))?"
      // "And is unanimously resolved to adopt the minutes ..." (a Quebec municipality's English minutes, under "Seconded by Cr. ...")
      + "(?:(It\\s+(?:was|is)|it\\s+was|And(?:\\s+(?:it\\s+)?is)?|AND|and|" + BODY + ",?)\\s+)?"
      + "(?:(?:also|therefore|further|then|thereupon|accordingly|hereby|unanimously|UNANIMOUSLY|FURTHER|Further|ALSO|Also"
      + "|Unanimously)\\s+)?"
      // in Welsh, "PENDERFYNWYD" (resolved) and "CYTUNWYD" (agreed)
      + "(RESOLVED|Resolved|resolved|AGREED|Agreed|agreed|DECIDED|Decided|decided|RECOMMENDED|PENDERFYNWYD|Penderfynwyd|CYTUNWYD|Cytunwyd)"
      + BY_ALL
      + "(\\s+to\\s+RECOMMEND)?"
      + "(?=$|\\s*[:\\-–—.,;\\[(]|\\s+(?:that|That|THAT|T H A T|to|To|TO|and|as|the|The|this|This|on|On|ON|:)"
      // "It was resolved at this point to temporary suspend standing order 70"
      + "|\\s+at\\s+this\\s+(?:point|stage|juncture|time)\\b"
      // a person the decision is about, no "that": "It was Resolved Cllr Chris Sanderson and Cllr Paul Rawlinson join the ..."
      + "|\\s+(?=(?i:cllrs?|councill?ors?|cr)\\.?\\s+\\p{Lu})"
      // the resolution's reference alone, the words below: "Community Board Resolved PICB/2018/00001"
      // or with a space in it: "Resolved WDC 2025/027" (a New Zealand district council's)
      + "|\\s+(?:\\p{Lu}{1,6}\\s)?\\p{Lu}{0,6}/?\\d{2,4}(?:[/.-]\\d{1,6}){1,3}\\s*$)"
      + "\\s*(?:\\[[^\\]]{0,20}\\]\\s*)?(?:\\([^)]{0,50}\\)\\s*)?[:\\-–—.,;]*\\s*(?:\\((?:to|for)\\s[^)]{0,40}\\)\\s*)?"
      // after the colon, the movers in brackets and the minute's number: "Resolved: (Mayor Barry/Cr Briggs) Minute No. C 20201(2)"
      // (a New Zealand city's), the words below
      + "(?:\\([^()/]{2,40}/[^()/]{2,40}\\)\\s*(?:Minute\\s+No\\.?\\s*\\p{Lu}{0,3}\\s*\\d{3,6}(?:\\(\\d{1,2}\\))?\\s*)?)?(.*)$");
  /**
   * The decision's word in capitals ending the sentence that names its movers, its words on the
   * next lines: {@code It was proposed by Councillor J. Gildea, seconded by Councillor S. Nic} /
   * {@code Cormic, and RESOLVED} / {@code “That the minutes ... be ADOPTED and APPROVED.”}
   */
  private static final Pattern TRAILING = Pattern.compile("(?:,|\\band)\\s+(?:UNANIMOUSLY\\s+)?(?:RESOLVED|AGREED)\\s*[:\\-–—]?\\s*$"
      // in lower case after the seconder: "It was proposed by Councillor J. Hogan, seconded by Councillor S. Hanafin and
      // resolved:" / "“That the Minutes ... be adopted ...”"
      + "|(?i)\\bseconded\\s+by\\b.{2,80}?(?:,|\\band)\\s+(?:unanimously\\s+)?(?:resolved|agreed)\\s*[:\\-–—]?\\s*$"
      // capitalised after "Unanimously" ending a sentence's line: "Members participating Unanimously Resolved" / "that the ..."
      + "|(?<=\\p{L}\\s)(?:Unanimously|UNANIMOUSLY)\\s+(?:Resolved|RESOLVED)\\s*[:\\-–—]?\\s*$");
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
      // after semicolons: "... keen to become more involved in the village. PROPOSED; SECONDED; RESOLVED to co-opt Jon Mold"
      // or after a dash: "by Cllr. J. R. Fanshaw it was RESOLVED - THAT such Minutes be approved ..."
      + "|(?<=\\p{L}\\s|[,;]\\s)RESOLVED" + BY_ALL + "(?:\\s*[-–—:]\\s*|\\s+)((?:to|that|THAT)\\s.*)$"
      // capitalised after "unanimously" inside a sentence: "Members participating Unanimously Resolved that the Council ..."
      + "|(?<=\\p{L}\\s)(?i:unanimously)\\s+(?:Resolved|RESOLVED|Agreed|AGREED)\\s+((?:to|that|THAT)\\s.*)$");
  private static final Pattern DECISION = Pattern.compile(
      "^(?:(?:Council|Committee|Board|Panel|Commission|Cabinet)(?:['’]s)?\\s+(?:[Rr]esolution|[Dd]ecision|RESOLUTION|DECISION)|DECISION|Decision|RESOLUTION|Resolution)(?:\\s+(?:Made|MADE|(?:No\\.?\\s*|[Nn]umber\\s+)?[A-Z]{0,4}[/\\d][\\w/.-]*))?\\s*(?:[:\\-–—]\\s*(?=\\D|$)|$)(.*)$");
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
  /** A bulleted outcome alone, the decision on what its heading names: {@code - Approved} (an English parish's minutes). */
  private static final Pattern BULLETED_OUTCOME = Pattern.compile("^-\\s+(?:Approved|Adopted|Accepted|Agreed|APPROVED|AGREED)\\.?$");

  /**
   * Mover and seconder with no "by", then "and resolved" and the decision: {@code Moved Chairman Clarkson, seconded Hilary
   * Kelso and resolved: That the Ardlussa Community} (a New Zealand community board's minutes).
   */
  private static final Pattern MOVED_SECONDED_AND_RESOLVED = Pattern.compile(
      "^(?i:moved|proposed)\\s+(?!(?i:by)\\b)[^,;]{2,60},\\s+(?i:seconded)\\s+(?:by\\s+)?[^,;]{2,60}?\\s+and\\s+(?:(?i:unanimously)\\s+)?"
      + "(?:resolved|RESOLVED|Resolved|agreed|AGREED|Agreed)\\s*[:\\-–—]?\\s*(.*)$");
  /**
   * {@code It was proposed by Cllr. A. Ferris, seconded by Cllr. G. Walsh and agreed to confirm and sign} (an Irish council's
   * minutes): the movers with their initials' full stops, then what was agreed, in one sentence.
   */
  private static final Pattern PROPOSED_SECONDED_AGREED = Pattern.compile(
      "^(?:(?:It|it)\\s+was\\s+)?(?i:proposed|moved)\\s+by\\s+.{2,80}?,?\\s+(?:and\\s+)?(?i:seconded)\\s+by\\s+.{2,80}?,?\\s+and\\s+"
      + "(?:(?i:unanimously)\\s+)?(?:agreed|resolved|AGREED|RESOLVED)\\s*[:,]?\\s+((?:to|that|the|this|these)\\s+\\S.*)$");
  /** {@code ACTION: Approved as presented}, {@code Action taken: Motion to adopt ...} (US minutes). */
  private static final Pattern ACTION = Pattern.compile(
      "^(?:ACTION|Action)(?:\\s+(?:TAKEN|taken))?\\s*:\\s*((?i:approved|adopted|carried|passed|accepted|denied|motion|moved|that|to\\s+approve)\\b.*)$");
  /** {@code Be it resolved that ...}, {@code Now therefore be it further resolved that ...} (Canadian minutes). */
  private static final Pattern BE_IT_RESOLVED = Pattern.compile(
      "(?i)^(?:(?:and\\s+)?(?:now,?\\s+)?(?:therefore,?\\s+)?)?be\\s+it\\s+(?:further\\s+)?resolved\\s*(?:that\\b\\s*:?|:)?\\s*(.*)$");
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
   * A New England board's decision: {@code VOTED: To approve the Minutes of June 26, 2006 as amended.} (after "Upon motion
   * by ..., the Board"), {@code The Board VOTED unanimously to accept ...}.
   */
  private static final Pattern VOTED = Pattern.compile(
      "^(?:(?:The|the)\\s+(?:Board|Council|Committee|Commission)\\s+)?(?:VOTED|Voted)(?:\\s*[:\\-–]\\s*|\\s+(?:unanimously\\s+)?(?=(?i:to)\\s))(\\S.*)$");
  private static final Pattern RESULT = Pattern.compile("^RESULT:\\s*((?:APPROVED|ADOPTED|CARRIED|PASSED|ACCEPTED)\\b.*)$");
  /** A vote's count alone: {@code 2-0}, {@code 3–1–1}, the result of the motion above it ("Decision: 2-0"). */
  private static final Pattern TALLY_ONLY = Pattern.compile("^\\d{1,2}\\s*[-–]\\s*\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\.?$");
  private static final Pattern A_DATE_ONLY = Pattern.compile("(?i)^(?:\\w+day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\w+,?\\s+\\d{4}\\.?$|^\\d{1,2}/\\d{1,2}/\\d{2,4}$");
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
      // each with a title, no verb: "036   RESOLVED: Clr Atchison and Clr Lobb that the apologies be accepted." (a NSW shire's)
      + "|(?:Clr|Cr|Cllr|Councillor)\\.?\\s+(?:\\p{Lu}\\.?\\s+)?" + SURNAME + "\\s+(?:and|&)\\s+(?:Clr|Cr|Cllr|Councillor)\\.?\\s+(?:\\p{Lu}\\.?\\s+)?"
      + SURNAME + ",?\\s+(?=(?i:that)\\b)"
      // InfoCouncil's mover and seconder by surname: "Resolved: Sheppard/Roberts" / "That the Minutes ...",
      // after the resolution's number: "RESOLVED - 17/401 Cr C Gryllis/Cr R Gander" / "That Council allow ..."
      // or in brackets: "3058/11 RESOLVED: (Hoban/Ainsworth)" / "That Council write to ..."
      + "|(?:\\d{1,4}/\\d{1,4}\\s+)?" + SURNAME + "\\s*/\\s*" + SURNAME + "\\s*(?:$|(?=(?i:that)\\b))"
      + "|\\(\\s*" + SURNAME + "\\s*/\\s*" + SURNAME + "\\s*\\)\\s*(?:$|(?=(?i:that)\\b)))");

  private static Optional<DecisionStart> resolved(String words) {
    return Optional.of(new DecisionStart(Kind.RESOLVED, clean(words)));
  }

  /** A decision's word at the start of the line, after a council body or "It was" ({@link #RESOLVED}). */
  static Optional<DecisionStart> byWord(String line, boolean decided) {
    Matcher r = RESOLVED.matcher(line);
    if (decided && r.matches() && accepted(r.group(1), r.group(2), r.group(4), line)) {
      boolean prose = r.group(1) != null && r.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("it")
          && Character.isLowerCase(r.group(2).charAt(0));
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(MOVERS_FIRST.matcher(r.group(4)).replaceFirst("")), prose));
    }
    return Optional.empty();
  }

  /**
   * A decision after its movers, or under a label ("ACTION:", "DECISION:", "VOTED:", "RESULT:", "Be it resolved"). A
   * decision's label with another decision's start after it gives that one ({@code Decision: Cabinet RESOLVED that ...}).
   */
  static Optional<DecisionStart> labelled(String line, String lower, boolean decided) {
    Matcher agreedTo = decided ? PROPOSED_SECONDED_AGREED.matcher(line) : null;
    if (agreedTo != null && agreedTo.matches()) {
      return resolved(agreedTo.group(1)); // "It was proposed by Cllr. A. Ferris, ..."
    }
    Matcher movers = MOVERS_THEN_RESOLVED.matcher(line);
    if (movers.matches()) {
      return resolved(movers.group(2));
    }
    Matcher andResolved = MOVED_SECONDED_AND_RESOLVED.matcher(line);
    if (andResolved.matches()) {
      return resolved(andResolved.group(1)); // "Moved Chairman Clarkson, seconded Hilary Kelso and resolved: That the ..."
    }
    if (BULLETED_OUTCOME.matcher(line).matches()) {
      return resolved(line.replaceFirst("^-\\s+", "")); // "165/18 Minutes of the previous meeting" / "- Approved"
    }
    Matcher action = ACTION.matcher(line);
    if (action.matches()) {
      return resolved(action.group(1));
    }
    Matcher b = BE_IT_RESOLVED.matcher(line);
    if (b.matches()) {
      return resolved(b.group(1));
    }
    Matcher d = DECISION.matcher(line);
    if (d.matches() && TALLY_ONLY.matcher(d.group(1).strip()).matches()) {
      return Optional.of(new DecisionStart(Kind.RESULT, d.group(1).strip())); // "Decision: 2-0" under its motion
    }
    if (d.matches() && !A_DATE_ONLY.matcher(d.group(1).strip()).matches()) {
      // "Decision: Cabinet RESOLVED that the minutes ...": the words after the decision's own start
      String rest = d.group(1).strip();
      Optional<DecisionStart> inner = rest.isEmpty() || DECISION.matcher(rest).matches() ? Optional.empty()
          : DecisionStart.at(rest).filter(x -> x.kind() == Kind.RESOLVED && !x.inProse() && !x.text().isEmpty());
      return Optional.of(inner.orElseGet(() -> new DecisionStart(Kind.RESOLVED, clean(rest))));
    }
    Matcher voted = lower.contains("voted") ? VOTED.matcher(line) : null;
    if (voted != null && voted.matches()) {
      return resolved(voted.group(1)); // "VOTED: To approve the Minutes ..."
    }
    Matcher res = RESULT.matcher(line);
    if (res.matches()) {
      return Optional.of(new DecisionStart(Kind.RESULT, res.group(1).strip()));
    }
    return Optional.empty();
  }

  /** A paper approved by one member and seconded by another ({@link #APPROVED_AND_SECONDED}). */
  static Optional<DecisionStart> approvedAndSeconded(String line) {
    Matcher seconded = APPROVED_AND_SECONDED.matcher(line);
    return seconded.matches() ? resolved(seconded.group(1)) : Optional.empty(); // "Minutes approved by JFl and seconded by BG."
  }

  /** The decision's word ending the line (its words below), or in capitals inside the line ({@link #INLINE}). */
  static Optional<DecisionStart> trailing(String line, String lower, boolean decided) {
    if (decided && TRAILING.matcher(line).find() || lower.contains("glacadh") && TRAILING_IRISH.matcher(line).find()) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, ""));
    }
    Matcher in = INLINE.matcher(line);
    if (in.find()) {
      // in capitals inside a sentence, the decision ends with it (and a numbered line stays its minute's heading)
      return Optional.of(new DecisionStart(Kind.RESOLVED,
          clean(in.group(1) != null ? in.group(1) : in.group(2) != null ? in.group(2) : in.group(3) != null ? in.group(3) : in.group(4)),
          in.group(3) != null || in.group(4) != null));
    }
    return Optional.empty();
  }

  /**
   * A decision opening a sentence after another on the line, its words ending with their sentence: {@code ... avoid it. It
   * was agreed that we should ...}, {@code ... held on the 27thOctober 2015. Minutes proposed by Councillor Janes and seconded
   * by Councillor}.
   */
  static Optional<DecisionStart> afterSentence(String after) {
    Matcher r2 = RESOLVED.matcher(after);
    if (r2.matches() && r2.group(1) != null && accepted(r2.group(1), r2.group(2), r2.group(4), "")) {
      return Optional.of(new DecisionStart(Kind.RESOLVED, clean(r2.group(4)), true));
    }
    return Optional.empty();
  }

  /** A paper approved and seconded, told after another sentence on the line (see {@link #afterSentence}). */
  static Optional<DecisionStart> approvedAfterSentence(String after) {
    Matcher s2 = APPROVED_AND_SECONDED.matcher(after);
    return s2.matches() ? Optional.of(new DecisionStart(Kind.RESOLVED, clean(s2.group(1)), true)) : Optional.empty();
  }

  /**
   * A decision's words without who moved and seconded them before them, when they came over lines: {@code ON THE MOTION
   * OF COUNCILLOR EVANS, seconded by COUNCILLOR MARTIN, THAT the apologies ...} gives {@code THAT the apologies ...}.
   */
  static String withoutMovers(String words) {
    return MOVERS_FIRST.matcher(words).replaceFirst("");
  }

  /**
   * Whether a matched keyword is a decision: in capitals or capitalised at the start of the line,
   * or lower case after a council body ("Committee resolved"); "Agreed" alone is a status column, and a motion's result
   * told as a clause ("All agreed, the Resolution was passed.") is none.
   */
  private static boolean accepted(String before, String keyword, String rest, String line) {
    if (ProseDecision.resultOnly(rest)) {
      return false; // "All agreed, the Resolution was passed.": the result of the proposal above
    }
    boolean lower = Character.isLowerCase(keyword.charAt(0));
    if (before == null) {
      if (lower) {
        // "resolved:" alone, a label in lower case; "It was proposed, seconded and agreed to appoint ..."
        return LOWER_LABEL.matcher(line.strip()).matches() || line.startsWith("It was proposed, seconded and ");
      }
      boolean capitalisedOnly = !keyword.equals(keyword.toUpperCase(java.util.Locale.ROOT));
      return !(capitalisedOnly && rest.isBlank() && !keyword.startsWith("Resolved") && !line.contains(":"));
    }
    return true;
  }

  private static final Pattern LOWER_LABEL = Pattern.compile("^(?:resolved|agreed|decided)\\s*[:\\-–]$");
}
