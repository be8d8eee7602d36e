package org.agendasearch.ingest.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision told in a sentence of narrative, its words ending with the sentence ({@link DecisionStart#inProse()}):
 *
 * <pre>
 * ... no further nominations it was resolved that Cllr Williams remain ...   "that Cllr Williams remain ..."
 * No report had been received, but it was agreed to invite ...            "to invite ..."
 * There being no objections the Committee agreed that the ... be granted.  "that the ... be granted."
 * ... the meeting AGREED we should approach ...                            "we should approach ..."
 * All members agreed that for future Annual meetings ...                    "that for future ..."
 * Hertingfordbury Parish Council approved the following payments:          "approved the following payments:"
 * ... these and the minutes were agreed and signed.                        "the minutes were agreed and signed."
 * The other payments for March 2014 were noted and agreed.                "The other payments ... were noted and agreed."
 * The minutes of the meeting ... were approved by the members present     the sentence (approved by the members)
 * Pat Clare was thus re-elected as Chairman                                 the sentence
 * One nomination was received and Cllr J Trafford was duly elected Chairman.  the sentence
 * Request for funding for the illumination -- Granted                       the whole line
 * ... All agreed, the Resolution was passed.                                none: the result of the proposal above
 * </pre>
 *
 * A part of {@link DecisionStart#at}, tried after the forms with a decision's word in capitals or a label.
 */
final class ProseDecision {

  private ProseDecision() {}

  /**
   * The decision told in prose on {@code line}; {@code decided} and {@code approved} say whether the line has one of
   * {@link DecisionStart}'s words of deciding or of approving, which each pattern needs.
   */
  static Optional<DecisionStart> at(String line, String lower, boolean decided, boolean approved) {
    // "All agreed, the Resolution was passed.": the result of the proposal above, not a decision of its own
    return found(line, lower, decided, approved).filter(d -> !RESULT_ONLY.matcher(d.text()).matches());
  }

  /**
   * Whether the words are a motion's result told as a clause: {@code the Resolution was passed.}, {@code the motion was
   * carried}, {@code The motion was approved 7-0.}
   */
  static boolean resultOnly(String words) {
    return RESULT_ONLY.matcher(words).matches();
  }

  private static final Pattern RESULT_ONLY = Pattern.compile(
      "(?i)^(?:the\\s+|this\\s+)?(?:resolution|motion|proposal|proposition|nomination)\\s+(?:was\\s+)?(?:passed|carried|agreed|adopted|approved|confirmed)\\b.{0,20}$");

  /**
   * A sentence in Welsh opening with a verb in the impersonal past that approves: {@code Cadarnhawyd gofnodion y cyfarfod
   * diwethaf ... fel rhai cywir} (the last meeting's minutes were confirmed as correct; not {@code Cadarnhawyd fod ...}, "it
   * was confirmed that", news), {@code Cymeradwywyd} (was approved),
   * {@code Mabwysiadwyd} (was adopted); the whole sentence, as an English sentence in the passive is.
   */
  private static final Pattern WELSH_APPROVED = Pattern.compile(
      "^(?:Cadarnhawyd\\s+(?=(?:y\\s+)?(?:g|c)ofnodion\\b)|Cymeradwywyd\\s+|Mabwysiadwyd\\s+)\\p{L}.*$");

  /**
   * {@code ... seconded by Cllr Newton and it was the unanimous decision to advise any prospective buyer ...}: the decision
   * named as a noun, its words from "to" or "that".
   */
  private static final Pattern THE_DECISION = Pattern.compile(
      "(?:^|\\s)(?:it|It)\\s+was\\s+the\\s+(?:unanimous\\s+)?decision\\s+(?:of\\s+(?:the\\s+)?(?i:council|committee|board|meeting|members|councillors)\\s+)?((?:that|to)\\s+\\p{L}.*)$");
  /**
   * A thing proposed, seconded and agreed, in the passive: {@code £100 donation was proposed by Cllr Sidaway, seconded by Cllr
   * Lee & unanimously agreed by all} (a Cumbrian parish's); the whole sentence, as a passive decision is.
   */
  private static final Pattern PROPOSED_PASSIVE = Pattern.compile(
      "^\\S.{2,80}?\\s(?:was|were)\\s+proposed\\s+by\\s+[^.;]{2,60}?,?\\s+(?:and\\s+)?seconded\\s+by\\s+[^.;]{2,60}?\\s+(?:and|&)\\s+"
      + "(?:unanimously\\s+)?(?:agreed|approved|carried|resolved)\\b.*$");

  private static Optional<DecisionStart> found(String line, String lower, boolean decided, boolean approved) {
    Matcher theDecision = lower.contains("decision") ? THE_DECISION.matcher(line) : null;
    if (theDecision != null && theDecision.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(theDecision.group(1)), true));
    }
    if (lower.contains("proposed by") && PROPOSED_PASSIVE.matcher(line).matches()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, line.strip(), true));
    }
    if (lower.startsWith("cadarnhawyd") || lower.startsWith("cymeradwywyd") || lower.startsWith("mabwysiadwyd")) {
      return WELSH_APPROVED.matcher(line).matches()
          ? Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, line.strip(), true)) : Optional.empty();
    }
    Matcher inside = RESOLVED_INSIDE.matcher(line);
    if (decided && inside.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(inside.group(1)), true));
    }
    Matcher but = AGREED_AFTER_BUT.matcher(line);
    if (decided && but.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED,
          DecisionStart.clean(but.group(1) != null ? but.group(1) : but.group(2)), true));
    }
    Matcher body = BODY_DECIDED.matcher(line);
    if (decided && body.find()) {
      // "There being no objections the Committee agreed that the undernoted applications be granted."
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(body.group(1)), true));
    }
    Matcher shouted = BODY_CAPITALS.matcher(line);
    if ((decided || approved) && shouted.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(shouted.group(1)), true));
    }
    Matcher noted = line.contains("NOTED") ? BODY_NOTED.matcher(line) : null;
    if (noted != null && noted.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(noted.group(1)), true));
    }
    Matcher sentence = BODY_SENTENCE.matcher(line);
    if (decided && sentence.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(sentence.group(1)),
          sentence.start() > 0));
    }
    Matcher byBody = BODY_APPROVED.matcher(line);
    if (approved && byBody.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(byBody.group(1)), true));
    }
    Matcher passive = PASSIVE.matcher(line);
    if ((approved || lower.contains("agreed") || lower.contains("were resolved as")) && passive.find()) {
      // "The motion was approved 7-0." tells the result of the motion above it
      return Optional.of(resultOnly(passive.group(1).strip()) ? new DecisionStart(DecisionStart.Kind.RESULT, passive.group(1).strip())
          : new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(passive.group(1)), true));
    }
    Matcher agreedAs = lower.contains("minutes") && (decided || approved) ? MINUTES_AGREED_AS.matcher(line) : null;
    if (agreedAs != null && agreedAs.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(agreedAs.group(1)), true));
    }
    Matcher stand = lower.contains("minutes st") ? MINUTES_STAND.matcher(line) : null;
    if (stand != null && stand.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(stand.group(1)), true));
    }
    Matcher elected = ELECTED.matcher(line);
    if ((lower.contains("elected") || lower.contains("appointed")) && elected.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(elected.group(1)), true));
    }
    Matcher voted = lower.contains("voted") ? VOTED_FOR.matcher(line) : null;
    if (voted != null && voted.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(voted.group(1)), true));
    }
    Matcher votedTo = voted == null ? null : VOTED_TO.matcher(line);
    if (votedTo != null && votedTo.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(votedTo.group(1)), true));
    }
    Matcher consensus = lower.contains("consensus") ? CONSENSUS.matcher(line) : null;
    if (consensus != null && consensus.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(consensus.group(1)), true));
    }
    Matcher nominated = lower.contains("proposed") ? PROPOSED_PERSON.matcher(line) : null;
    if (nominated != null && nominated.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(nominated.group(1)), true));
    }
    Matcher named = lower.contains("nominat") || lower.contains("proposed") ? NOMINATED_BY.matcher(line) : null;
    if (named != null && named.find()) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, DecisionStart.clean(named.group(1)), true));
    }
    Matcher verdict = VERDICT.matcher(line);
    if ((lower.contains("granted") || lower.contains("agreed")) && verdict.matches()
        && verdict.group(1).chars().noneMatch(Character::isDigit)) {
      return Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, line.strip()));
    }
    return Optional.empty();
  }

  /**
   * {@code ... and as there were no further nominations it was resolved that Cllr Williams remain as}: "it was
   * resolved that" inside a sentence (not "agreed", which prose uses for what was agreed elsewhere).
   * {@code Urdd Gobaith Cymru Conwy area – letter asking for a donation it was decided to} / {@code contribute £100.00.}, "it
   * was decided not to" too.
   */
  private static final Pattern RESOLVED_INSIDE = Pattern.compile("\\s(?:it|It)\\s+was\\s+(?:unanimously\\s+)?(?:resolved|decided)\\s+((?:that|to|not\\s+to)\\b.*)$");

  /**
   * {@code No report had been received, but it was agreed to invite a representative of SW Police}: "it was agreed"
   * after the comma and conjunction that turn from what was reported to what was decided, or after the comma alone: {@code In
   * the absence of any councillor ... willing to take this position on, it was agreed to defer this item.}
   */
  private static final Pattern AGREED_AFTER_BUT = Pattern.compile(
      ",\\s+(?:(?:but|and|so)\\s+)?it\\s+was\\s+(?:unanimously\\s+)?agreed\\s+((?:that|to)\\s+\\p{L}.*)$"
      // the body after the conjunction: "... the minutes from the last meeting and the Board agreed the minutes of the meeting"
      + "|\\s(?:and|so)\\s+the\\s+(?:Board|Council|Committee|Commissioners|Members|members|meeting)\\s+(?:unanimously\\s+)?"
      + "(?:agreed|resolved|decided)\\s+((?:that|to|the)\\s+\\p{L}.*)$");

  private static final Pattern BODY_DECIDED = Pattern.compile(
      "\\b[Tt]he\\s+(?i:Committee|Council|Cabinet|Board|Panel|Sub-Committee|Authority|Commission|Councillors|Councilors|Members"
      + "|Trustees)\\s+(?:unanimously\\s+)?(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED)\\s+((?:that|to)\\b.*)$");

  /** {@code the meeting AGREED we should approach ...}: the decision in capitals after the body that took it, mid-line. */
  private static final Pattern BODY_CAPITALS = Pattern.compile(
      "\\b(?:[Mm]eeting|[Cc]ommittee|[Cc]ouncil|[Mm]embers|[Cc]ouncillors)\\s+(?:UNANIMOUSLY\\s+)?(?:AGREED|RESOLVED|DECIDED|APPROVED)\\s+(\\p{L}.*)$");

  /**
   * A body that noted a paper, the word in capitals as a Scottish council's minutes print their decisions: {@code The Board
   * NOTED the report.}, {@code The Committee NOTED the responses}; the word stays, as it is what was done.
   */
  private static final Pattern BODY_NOTED = Pattern.compile(
      "(?:^|(?<=[.!?]\\s))(?:The\\s+|the\\s+)?(?:" + "Committee|Council|Cabinet|Board|Panel|Sub-Committee|Authority|Commission|Members" + ")\\s+(NOTED\\s+\\p{L}.*)$");

  /** The bodies a sentence names as deciding: {@code Committee}, {@code Council}, {@code Members}. */
  private static final String BODIES =
      "Committee|Council|Cabinet|Board|Panel|Sub-Committee|Authority|Commission|Councillors|Councilors|Members|Trustees";

  /**
   * {@code The Councillors agreed all satisfactory.}, {@code All members agreed that for future Annual meetings ...}, {@code
   * All Cllrs agreed that the most appropriate bank account would be ...}: a
   * body, its decision, any words after it, opening a sentence.
   */
  private static final Pattern BODY_SENTENCE = Pattern.compile(
      // "The Joint Board agreed to note the change in membership" (a Scottish valuation board's): a word or two naming the body
      "(?:^|(?<=[.!?]\\s))(?:The\\s+(?:\\p{Lu}\\p{Ll}+\\s+){0,2})?(?:" + BODIES
      + "|All(?:\\s+(?:[Mm]embers|[Cc]ouncillors|[Cc]ouncilors|Cllrs))?)\\s+(?:unanimously\\s+)?(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED)\\s+(\\p{L}.*)$");

  /**
   * {@code Hertingfordbury Parish Council approved the following payments:}: a body, named or not,
   * that approved or adopted something, opening a sentence. The decision is what it approved, from
   * the verb ({@code approved the following payments:}), as "RESOLVED" is left out of a resolution's text;
   * {@code The Council noted the Minutes and approved the recommendations contained therein} from "noted", {@code • The
   * community council considered and adopted the Model Constitution.} from "considered".
   */
  private static final Pattern BODY_APPROVED = Pattern.compile(
      "(?:^(?:[•·▪●]\\s*)?|(?<=[.!?]\\s))(?:The\\s+(?:(?:community|town|parish|district|county|city)\\s+(?=council\\s))?|(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}"
      // members with no article: "Members confirmed 4th January 2022 minutes as a true record."
      + "|(?=(?:Members|Councillors|Councilors|Trustees)\\s))"
      + "(?:" + BODIES + "|council)\\s+(?:unanimously\\s+)?"
      // "The Committee confirmed the minutes of the meeting held on 17 April 2015 as a true record" (a fire authority's)
      + "((?:(?:noted|considered)(?:\\s+[^.;:]{1,80}?)?\\s+and\\s+)?(?:approved|adopted|accepted|confirmed)\\s+[\\p{L}\\d].*)$");

  /**
   * {@code The Clerk made these and the minutes were agreed and signed.}, {@code The Clerks report was presented
   * and approved.}, {@code Minutes of the 2011 AGM meeting were read, approved, and signed off.}: something that was
   * agreed or approved, told in the passive, from its subject. The decision is that clause; one
   * approved by someone else ("was approved by the safeguarding partnership") is news, not a decision.
   */
  private static final Pattern PASSIVE = Pattern.compile(
      // "THE MINUTES of the previous meeting were read, approved and signed."; "The Minutes of the meeting of NPC which was held on
      // 7th July 2010 were approved and signed."
      "(?:^|(?<=[.!?:]\\s)|(?<=,\\s)|(?<=\\band\\s)|(?<=^(?:Therefore|Thus|Accordingly)\\s))((?:[Tt]he|THE(?=\\s+MINUTES\\b)|[Tt]hese|[Aa]ll|[Bb]oth|Minutes(?=\\s+(?:of|for)\\b))\\s+"
      + "(?:(?!\\b(?:which(?!\\s+was\\s+held\\b)|that|who|had|has|have|been|not|it|and)\\b)(?:[^.;:]|\\.(?=\\p{Ll}))){1,80}?\\s+(?:was|were)\\s+"
      + "(?:(?:submitted|presented|read|received|considered|noted|(?:held|taken)\\s+as\\s+read)(?:,\\s+|\\s+and\\s+))?(?:unanimously\\s+|duly\\s+)?"
      // "Therefore the minutes, as presented, were RESOLVED as a true record of that meeting"
      + "(?:agreed|approved|adopted|accepted|confirmed|AGREED|APPROVED|ADOPTED|RESOLVED(?=\\s+as\\b))\\b"
      + "(?!\\s+by\\s+(?!all\\b|(?:the\\s+)?(?:members|councillors|council|committee|meeting)\\b|the\\s*$)(?:the\\s+)?\\p{Ll}).*)$");

  /**
   * {@code Cllr. Joe Sullivan, on receiving the vote of the majority, was declared elected as
   * Cathaoirleach.}, {@code ... Mary Button. Pat Clare was thus re-elected as Chairman}, {@code One nomination was
   * received and Cllr J Trafford was duly elected Chairman.}, {@code Following a secret ballot, David Green was elected as} /
   * {@code Convener by 13 votes to 7.}, {@code There being no other candidates Cllr Doherty was declared elected and took the}:
   * an election's result, from its sentence's start.
   */
  private static final Pattern ELECTED = Pattern.compile(
      "(?:^|(?<=[.!?]\\s))(?:(?:Following|After|Upon|On)\\s[^.,;:]{3,40},\\s+)?((?:\\p{Lu}[^.;:]{2,60}?\\s+and\\s+"
      + "|There\\s+being\\s+no\\s+(?:other|further)\\s+(?:candidates?|nominations?|proposals?),?\\s+)?(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}"
      + "(?:,[^.,]{3,60},)?\\s+(?:was|were)\\s+(?:thus\\s+|duly\\s+|unanimously\\s+|then\\s+|therefore\\s+)?(?:declared\\s+)?"
      + "(?:re-?elected|elected|appointed)(?:\\s+as$|\\s+(?:as\\s+)?(?:the\\s+)?\\p{Lu}.*|\\.?$|\\s+and\\s.*))$");

  /**
   * {@code The council voted in favour of agreement to the Minutes of the previous Annual General}: a body that voted for
   * something, opening a sentence. The decision is the vote's words; a vote for "the proposal" or "the motion" only
   * tells how the decision below it was taken ({@code Members voted in favour of the proposal} / {@code RESOLVED ...}).
   */
  private static final Pattern VOTED_FOR = Pattern.compile(
      "(?:^|(?<=[.!?]\\s))(?:The\\s+|the\\s+)?(?:(?i:" + BODIES + ")|All(?:\\s+(?:[Mm]embers|[Cc]ouncillors|[Cc]ouncilors))?)\\s+(?:then\\s+)?"
      + "(?:unanimously\\s+)?(voted\\s+(?:unanimously\\s+)?in\\s+favou?r\\s+of\\s+"
      + "(?!(?:the|this|that)\\s+(?:proposal|motion|recommendation|amendment|resolution)s?\\b)\\p{L}.*)$");

  /**
   * A body that voted to do something, told in a sentence, its count or "unanimously" between: {@code The board voted 6-0 to
   * approve the following items on the Consent Agenda:}, {@code B. Facility Projects – The board voted 6-0 to approve the
   * lighted Tiger Plaza sign}, {@code The Board voted unanimously to approve the minutes}; the words from "to".
   */
  private static final Pattern VOTED_TO = Pattern.compile(
      "(?:^|(?<=[.!?]\\s)|(?<=\\s[-–—]\\s))(?:The\\s+|the\\s+)?(?:(?i:" + BODIES + ")|All(?:\\s+(?:[Mm]embers|[Cc]ouncillors|[Cc]ouncilors))?)\\s+(?:then\\s+)?"
      + "(?:unanimously\\s+)?voted\\s+(?:unanimously\\s+)?(?:\\(?\\d{1,2}\\s*(?:[-–]|to)\\s*\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\)?,?\\s+)?"
      + "((?:to|that)\\s+\\p{L}.*)$");

  /**
   * A decision by consensus, told in a sentence: {@code After a brief discussion and clarification it was the general
   * consensus of the Board to reschedule the}, {@code The consensus of the Council was to defer the item}; the words from "to".
   */
  private static final Pattern CONSENSUS = Pattern.compile(
      "(?i)\\b(?:it\\s+was\\s+the\\s+(?:general\\s+)?consensus\\s+of\\s+(?:the\\s+)?(?:" + BODIES + ")"
      + "|(?:the\\s+)?(?:general\\s+)?consensus\\s+of\\s+(?:the\\s+)?(?:" + BODIES + ")\\s+was)\\s+((?:to|that)\\s+\\p{L}.*)$");

  /**
   * The minutes agreed as a record in a sentence of no verb "were": {@code Minutes agreed and signed as a correct record.
   * Proposed: Lynn Reed. Seconded: Mary} (a Cambridgeshire parish's); the sentence.
   */
  private static final Pattern MINUTES_AGREED_AS = Pattern.compile(
      "(?:^|(?<=[.!?]\\s))((?:The\\s+)?[Mm]inutes\\s+(?:duly\\s+)?(?:agreed|approved|adopted|accepted|confirmed)(?:\\s*(?:,|and)\\s+signed)?"
      + "\\s+as\\s+(?:a\\s+)?(?:true|correct|accurate)\\b.*)$");

  /**
   * The minutes left to stand, no motion: {@code Hearing none, these minutes stood approved as presented.}, {@code Mayor
   * Glasser stated the minutes stand as submitted}; the sentence from "the minutes".
   */
  private static final Pattern MINUTES_STAND = Pattern.compile(
      "\\b((?:[Tt]he|[Tt]hese)\\s+minutes\\s+(?:stood|stand|shall\\s+stand)\\s+(?:approved|(?:approved\\s+)?as\\s+(?:submitted|presented|read|written|circulated|corrected|amended|distributed))\\b.*)$");

  /** A councillor's or clerk's honorific. */
  private static final String HONORIFIC_WORD = "(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr)";
  /** A councillor's or clerk's honorific, before a name. */
  private static final String TITLED = HONORIFIC_WORD + "\\.?\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}";
  /** The person proposed and the office: {@code Mr Downing to stand again}, {@code Cllr. Joe Sullivan as Cathaoirleach}. */
  private static final String NOMINATED = TITLED + "\\s+(?:to\\s+(?:be|stand|continue|remain|serve|take)|as)\\b";
  /**
   * {@code Mr Ibbott proposed Mr Downing to stand again. This was seconded by Mrs}: a member proposing another for an
   * office, opening a sentence. The decision is the nomination, from the person proposed.
   */
  private static final Pattern PROPOSED_PERSON = Pattern.compile(
      "(?:^|(?<=[.!?]\\s))" + TITLED + "\\s+proposed\\s+(" + NOMINATED + ".*)$");

  /** A councillor's or clerk's honorific alone, before a name: {@code Cllr}, {@code Cllr.} (also {@code Cllr.Rickett}). */
  private static final String HONORIFIC = HONORIFIC_WORD + "(?:\\.\\s*|\\s+)\\p{Lu}";
  /**
   * {@code Cllr Rickett was nominated and proposed by Cllr Parkinson.}, {@code Cllr.Rickett nominated Cllr Osbourne.},
   * {@code Cllr Bealey was proposed in his absence by Cllr Rickett, seconded by Cllr Parkinson.}: a member named for an
   * office (an annual meeting's chair, a representative), opening a sentence. The decision is the whole sentence, the
   * member who named the other its mover; the office is the minute's heading ("Vice Chair", "Village Hall Rep.").
   */
  private static final Pattern NOMINATED_BY = Pattern.compile(
      "(?:^|(?<=[.!?]\\s))(" + HONORIFIC + "[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}\\s+(?:"
      + "was\\s+(?:duly\\s+)?(?:nominated|proposed)(?:\\s+and\\s+(?:proposed|seconded|nominated))?(?:\\s+[\\p{Ll}]+){0,4}\\s+by"
      + "|nominated)\\s+" + HONORIFIC + ".*)$");

  /** Whether a decision's words are a nomination that {@link #PROPOSED_PERSON} read: {@code Mr Downing to stand again.} */
  static boolean nomination(String words) {
    return NOMINEE.matcher(words).lookingAt();
  }

  /** Whether a decision's words are a member named for an office that {@link #NOMINATED_BY} read: {@code Cllr Rickett was nominated ...}. */
  static boolean namedBy(String words) {
    return NOMINATED_BY.matcher(words).lookingAt();
  }

  /** Whether a decision's words are an election's result that {@link #ELECTED} read: {@code Cllr. Joe Sullivan ... was declared elected}. */
  static boolean election(String words) {
    return ELECTED.matcher(words).lookingAt();
  }

  private static final Pattern NOMINEE = Pattern.compile(NOMINATED);

  /** {@code Request for funding for Auld Kirk Illumination -- Granted}: a request and its verdict after a dash. */
  private static final Pattern VERDICT = Pattern.compile(
      "^(\\p{Lu}[^:]{3,120}?)\\s*(?:--|[-–—])\\s*(?:Granted|GRANTED|Agreed|AGREED)\\.?$");
}
