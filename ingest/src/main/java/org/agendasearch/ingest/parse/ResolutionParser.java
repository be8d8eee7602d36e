package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Resolution;

/**
 * Finds the decisions in a minute's lines, each starting where {@link DecisionStart} says:
 *
 * <pre>
 * RESOLVED: That the minutes of the meeting on 28 July are agreed as a correct record
 * RESOLVED:
 * (a) that ...
 * Councilor Tuttle moved to approve the final findings ... The motion passed 5-0.
 * It was proposed by ..., and RESOLVED / “That the minutes ... be ADOPTED.”   (ends at the closing quote)
 * The minutes of the meeting held on 17 November 2016, which then reconvened / on 21 November 2016, were agreed ...
 * RESOLUTION: That the minutes ... / 2008.11.1 held on ... be confirmed / Moved: Cr Hubbard Seconded: Cr Groves CARRIED: 5/0
 * </pre>
 *
 * A resolution runs on (lettered and bulleted parts included) to the next decision, the end of the
 * minute, the signature lines ("The meeting ended at ...", "Chairperson"), or a paragraph of
 * narrative after a finished sentence ("The committee considered ..."). A motion is the words
 * moved, to the end of their sentence; it counts unless the minutes say it failed before the next
 * decision. A vote's result ({@code RESULT: APPROVED}) right after a motion confirms it rather
 * than being a second decision.
 */
final class ResolutionParser {

  /** Lines that end a resolution: the signature block. */
  private static final Pattern END = Pattern.compile(
      "(?i)^(the meeting (ended|closed|finished|concluded|adjourned|was adjourned) at.*|chair(man|person|woman)?|"
      // a signature's label starts with its capital: "signed" alone ends a sentence wrapped ("... were approved and" / "signed")
      + "(?-i:Signed|SIGNED)\\s*(?::|\\.{2,}|_{2,}|$).*|date of next meeting.*|reasons? for (the )?(decision|recommendation).*|"
      + "_{5,}.*|minutes:?|the meeting (?:adjourned|reconvened|recommenced|resumed)\\b.*|this is page (?:no\\.?\\s*)?\\d+\\b.*"
      + "|there was an? (?:brief |short )?(?:adjournment|break|recess)\\b.*"
      + "|carried\\b.*|lost\\b.*|unanimous(?:\\s+vote)?\\.?|(?:the\\s+)?vote\\s+was\\s+unanimous\\b.*|(?:motion|motion by|mover|seconder|second|seconded by|ayes?|nays?|noes|yeas|absent|abstain(?:ed|s|ing)?|recused|excused|result|vote|in favou?r|opposed)\\s*:.*|in favou?r(?:\\s+(?:mayor|deputy|councill?or|cr|cllr)\\b.*)?|motion (?:carried|passed|passes|approved|failed)\\b.*|(?:moved|seconded)(?: by)?\\s*:.*)$");
  /**
   * A mover's label alone on its line, the name on the next: {@code Resolution CO2023/127} / {@code Moved:} / {@code Deputy
   * Mayor Lawrence Kirby} / {@code Seconder:} / {@code Cr Sophie Handford} / {@code That the apology ... be accepted.}
   */
  private static final Pattern BARE_MOVER_LABEL = Pattern.compile("(?i)^(?:moved|seconded|seconder|mover|proposed|proposer)(?:\\s+by)?\\s*:?$");
  /**
   * Who moved and seconded, before a resolution's words: {@code Moved: Cr Smith}, {@code Seconded by Cllr Jones}, {@code Seconder:
   * Cr Sophie Handford}, {@code Second By: Commissioner Precinct 4 Ron Morrison}.
   */
  private static final Pattern MOVER = Pattern.compile(
      "(?i)^(?:moved|seconded|seconder|mover|proposed|proposer|second(?=\\s+by\\b))(?:\\s+by)?\\s*[:\\-–]?\\s+\\S.*");
  /**
   * A paragraph of minutes narrative, which ends a resolution when it follows a finished sentence:
   * {@code The committee considered the annual reports for the adoption and fostering services.}
   * or {@code When reviewing the Action Log, it was noted that:}. A resolution's own sentences
   * ({@code Regular updates to be circulated to members.}) do not tell what someone did.
   */
  private static final Pattern NARRATIVE = Pattern.compile(
      "^(?:The|A|An|Members?|Councillors?|Councilors?|Cllr\\.?|It|In|When|During|Following|Concerns?|Questions?|Officers?|Cabinet|All|Mayor|Commissioner|Chair)\\b"
      + "[^.;:]{0,80}?\\b(?:considered|discussed|noted|received|asked|explained|reported|highlighted|expressed|raised"
      + "|welcomed|thanked|queried|responded|advised|presented|introduced|outlined|congratulated|left|returned|spoke|seconded)\\b.*");
  /** Lettered, numbered or bulleted parts keep their own line. */
  private static final Pattern PART = Pattern.compile("^(\\(?[a-z]{1,2}\\)|\\(?[ivx]{1,5}[.)]|•|-|–|\\d{1,2}[.)])\\s.*");
  /**
   * The end of a motion's sentence: a full stop before the end or a space, not after an initial, nor
   * before a word in lower case ({@code a pre-meeting start at 9.30 a.m. with the start-time ...}); a closing quote after it
   * is the sentence's ({@code “That Council accept the apology ... meeting.” Carried}).
   */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<![A-Z]|\\b(?:No|Nos|St|Mr|Mrs|Ms|Dr|Cllr|Cllrs|Clr|Cr|Crs|Ord|Res|vs|Inc|Ltd|Co|Rd|Ave|Hon|Rev|Revd|Prof|Sgt|Cpl|Supt|Insp|Ha|approx))\\.[”\"]?(?=\\s*$|\\s+[^\\p{Ll}\\s])");
  private static final int MOTION_LINES = 6;
  private static final Pattern LONE_BODY = Pattern.compile("^(?:Council|Committee|Board|Panel|Commission|Cabinet)$");
  private static final int PROPOSAL_LINES = 5;
  /**
   * What the meeting did with a proposal: {@code This was AGREED}, {@code This was seconded by the Chairman and agreed},
   * {@code This was seconded by Cllr. Wright and approved}, {@code ..., the proposal was seconded by Cllr. S. Fisher and agreed by
   * all}.
   */
  private static final String WAS_AGREED = "\\s+was\\s+(?:seconded\\s+by\\s+(?:[^.]|(?<=\\b(?:Cllr|Mr|Mrs|Ms|Dr|Cr|\\p{Lu}))\\.){2,60}?\\s+and\\s+)?(?:the\\s+(?:Board|Council|Committee|meeting)\\s+)?(?:unanimously\\s+)?(?:AGREED|agreed|APPROVED|approved|carried)\\b";
  private static final Pattern THIS_WAS_AGREED = Pattern.compile("\\b(?:This|this|which|the\\s+proposal)" + WAS_AGREED);
  private static final Pattern THIS_AT_END = Pattern.compile("[.;]\\s+(?:This|this)$");
  private static final Pattern THIS_WAS = Pattern.compile("\\b(?:This|this|which|the\\s+proposal)\\s+was\\b");
  private static final Pattern PROPOSAL = Pattern.compile(
      "\\bproposed\\s+(?:by\\s+(?:Cllr\\.?\\s+|Councillor\\s+|Cr\\.?\\s+|the\\s+)?\\p{Lu}[^.,]{1,40}?\\s+(?=that\\s))?(?:that\\s+)?"
      // the words proposed, an honorific's full stop among them ("that Cllr. Horwood should be elected as vice-chairman")
      + "(\\p{L}(?:[^.]|(?<=\\b(?:Cllr|Mr|Mrs|Ms|Dr|Cr|St))\\.){3,200}?)(?:,\\s*which|[.;]\\s+(?:This|this)|,\\s+the\\s+proposal"
      // one sentence between: "... proposed that we congratulate Glaslough .... She commended the Tidy Towns Committee. This
      // was seconded by Cllr Pat Treanor and agreed by all."
      + "|\\.\\s+(?:She|He|They)\\s+[^.]{3,160}\\.\\s+(?:This|this))" + WAS_AGREED);
  /** The rest of "it was decided" on the line below its "it": {@code was decided to keep the Precept at £3000.} */
  private static final Pattern IT_WAS_BELOW = Pattern.compile("^was\\s+(?:unanimously\\s+)?(?:agreed|resolved|decided|AGREED|RESOLVED)\\s+(?:that|to)\\b");
  /**
   * A sentence wrapped before its verb of deciding, or after it: {@code ... but it was} / {@code agreed to extend ...}, {@code
   * In the absence of any councillor ..., it was agreed} / {@code to defer this item.}
   */
  private static final Pattern IT_WAS_TAIL = Pattern.compile("\\bit\\s+was(?:\\s+unanimously)?(?:\\s+(?:agreed|resolved|decided|AGREED|RESOLVED))?$");
  private static final Pattern MOTION_WORDS = Pattern.compile(
      "\\b(?:moved|made a motion|makes a motion|motion made|motion was made|[Aa] motion to|seconded|proposed by|[Mm]otion by|[Mm]otion of|proposal of|2nd by|a second by)\\b(?:[^.]|(?<=\\b(?:\\p{Lu}|Mr|Mrs|Ms|Dr|Cllr|Cr))\\.)*$"
      // (a title's stop in a name: "Upon motion by Mayor Coble, seconded by Mr. Cromartie, Council voted unanimously to")
      // a proposal whose seconder or agreement is on the next line: "... the area. TC proposed that a letter of thanks be sent."
      + "|\\bproposed\\s+(?:that|to|the\\s+minutes)\\b(?:[^.]|(?<=\\b\\p{Lu})\\.)*\\.?$");

  /** Proposer, seconder and agreement in Irish on one line: {@code Ar moladh Cllr. X Cuidithe ag Cllr. Y name agus glacadh leis}. */
  private static final Pattern IRISH_WHOLE = Pattern.compile("(?i)^(?:[a-z0-9]{1,2}[.)]\\s+)?ar\\s+moladh\\s.{3,80}?\\scuidithe\\s+ag\\s.{3,80}?\\bglacadh\\s+leis\\W*$");
  /** A line opening with a quotation mark: the words of the motion. */
  private static final Pattern QUOTE_OPENS = Pattern.compile("^[“\"‘']");

  private ResolutionParser() {}

  static boolean startsResolution(String line) {
    return DecisionStart.at(line).isPresent();
  }

  static boolean endsMinutes(String line) {
    return END.matcher(line).matches();
  }

  /** A resolution and the lines it spans, {@code [from, to)} in the body it was found in. */
  record Found(Resolution resolution, int from, int to) {}

  /** The resolutions in one minute's body lines, in order. */
  static List<Resolution> parse(List<Line> body) {
    return find(body).stream().map(Found::resolution).toList();
  }

  /** The resolutions in one minute's body lines, with the lines each spans. */
  static List<Found> find(List<Line> body) {
    List<Found> found = findStarts(body);
    found.addAll(agreedProposals(body, found));
    found.addAll(SecondedInBrackets.find(body, found));
    if (found.stream().filter(f -> ProseDecision.nomination(f.resolution().text())).count() > 1
        || found.stream().anyMatch(f -> ProseDecision.election(f.resolution().text()))) {
      // "Cllr. Donal Kenny proposed Cllr. Joe Sullivan as Cathaoirleach." / "Cllr. Anthony Donohoe proposed Cllr. Mary
      // Farrell ...": nominations the meeting then voted between; the election's result is the decision
      found.removeIf(f -> ProseDecision.nomination(f.resolution().text()));
    }
    if (found.stream().anyMatch(f -> ProseDecision.election(f.resolution().text()))) {
      found.removeIf(f -> ProseDecision.namedBy(f.resolution().text())); // "Cllr A was nominated by Cllr B." before the result
    }
    found.sort(java.util.Comparator.comparingInt(Found::from));
    // Who moved and seconded each decision, and the vote, from its lines and a few either side
    List<Found> withMovers = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      int from = Math.max(k == 0 ? 0 : found.get(k - 1).to(), f.from() - MOVER_LINES_BEFORE);
      int to = Math.min(k + 1 < found.size() ? found.get(k + 1).from() : body.size(), f.to() + MOVER_LINES_AFTER);
      withMovers.add(new Found(Motions.enrich(f.resolution(), body, Math.min(from, f.from()), f.from(), Math.max(to, f.to())),
          f.from(), f.to()));
    }
    return withMovers;
  }

  /** A line that ends a sentence or is a heading: a stop, a colon, or no word in lower case. */
  private static final Pattern SENTENCE_ENDED = Pattern.compile("[.:!?]\\s*$|^[^\\p{Ll}]*$");
  private static final int MOVER_LINES_BEFORE = 3;
  private static final int MOVER_LINES_AFTER = 10;

  /**
   * A proposal the meeting then agreed, with no decision word before its words: {@code Our
   * Secretary proposed a letter to Barclays Bank, whose ... underground. This was AGREED.}, {@code It was
   * proposed by Cllr Robinson that should members of the public show, ... be suspended to allow them to
   * speak. This was seconded by the Chairman and agreed by all members.} The resolution is what was proposed.
   */
  private static List<Found> agreedProposals(List<Line> body, List<Found> already) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i).text();
      int last = i;
      if (!THIS_WAS_AGREED.matcher(line).find()) {
        // "... This was seconded by the Chairman and" / "agreed by all members.": the verb on the next line
        // or "... twelve month period. This" / "was seconded by Mr Lace and the Board unanimously agreed."
        if (i + 1 >= body.size() || !THIS_WAS.matcher(line).find() && !THIS_AT_END.matcher(line).find()
            || !THIS_WAS_AGREED.matcher(line + " " + body.get(i + 1).text()).find()) {
          continue;
        }
        last = i + 1;
      }
      final int at = i;
      if (already.stream().anyMatch(f -> at >= f.from() && at < f.to())) {
        continue;
      }
      int from = Math.max(0, i - PROPOSAL_LINES);
      StringBuilder text = new StringBuilder();
      for (int j = from; j <= last; j++) {
        text.append(body.get(j).text()).append(' ');
      }
      Matcher m = PROPOSAL.matcher(text);
      String proposal = null;
      while (m.find()) {
        proposal = m.group(1).strip();
      }
      if (proposal != null) {
        out.add(new Found(new Resolution(proposal, body.get(i).page()), i, i + 1));
      }
    }
    return out;
  }

  /** The bodies whose sentences {@link #BODY_TAIL} and {@link #BODY_COLON} read. */
  private static final String BODY = "(?:Council|Committee|Board|Cabinet|Panel|Sub-Committee|Authority|Commission)";
  /** A sentence with a body for its subject ending a line, its verb on the next: {@code ... The Council noted the Minutes and}. */
  private static final Pattern BODY_TAIL = Pattern.compile("(?:^|(?<=[.!?]\\s))((?:The\\s+)?" + BODY + "\\s+[^.!?:;]*)$");
  /** A body, then a colon that its decisions follow: {@code In terms of Standing Order 13.3, the Council:}. */
  private static final Pattern BODY_COLON = Pattern.compile("\\b(?:the\\s+)?" + BODY + "\\s*:$");
  /** What a body noted, under its colon: {@code Noted that the Convener had permitted discussion of ...}. */
  private static final Pattern NOTED = Pattern.compile("^Noted\\b");

  private static List<Found> findStarts(List<Line> body) {
    List<Found> found = new ArrayList<>();
    boolean lastWasMotion = false;
    boolean lastWasResolved = false;
    int i = 0;
    while (i < body.size()) {
      Optional<DecisionStart> start = DecisionStart.at(body.get(i).text());
      int joined = 0;
      if (start.isEmpty() && i + 1 < body.size() && MOTION_WORDS.matcher(body.get(i).text()).find()) {
        // "made a motion, seconded by Commissioner Mendez," / "to postpone the election ..."
        start = DecisionStart.at(body.get(i).text() + " " + body.get(i + 1).text())
            .filter(d -> d.kind() == DecisionStart.Kind.MOTION);
        joined = start.isPresent() ? 1 : 0;
      }
      String current = body.get(i).text();
      if (start.isEmpty() && i + 1 < body.size() && (current.endsWith(" it") || current.endsWith(" It"))
          && IT_WAS_BELOW.matcher(body.get(i + 1).text()).lookingAt()) {
        // "5. Precept for 2011/12;- Despite the possibility of ..., it" / "was decided to keep the Precept at £3000."
        start = DecisionStart.at("it " + body.get(i + 1).text()).filter(d -> d.kind() == DecisionStart.Kind.RESOLVED);
        if (start.isPresent()) {
          i++; // the decision's words are the next line's
        }
      }
      if (start.isEmpty() && i + 1 < body.size() && (current.endsWith("was") || current.endsWith("unanimously")
          || current.endsWith("agreed") || current.endsWith("resolved") || current.endsWith("decided")
          || current.endsWith("AGREED") || current.endsWith("RESOLVED"))
          && IT_WAS_TAIL.matcher(current).find()) {
        // "No report had been received, but it was" / "agreed to extend an invitation ..."
        start = DecisionStart.at(body.get(i).text() + " " + body.get(i + 1).text())
            .filter(d -> d.kind() == DecisionStart.Kind.RESOLVED);
        joined = start.isPresent() ? 1 : 0;
      }
      if (start.isEmpty() && i + 1 < body.size() && LONE_BODY.matcher(body.get(i).text()).matches()) {
        // "Council" / "resolution": a label in a table's left column, wrapped
        start = DecisionStart.at(body.get(i).text() + " " + body.get(i + 1).text())
            .filter(d -> d.kind() == DecisionStart.Kind.RESOLVED);
        joined = start.isPresent() ? 1 : 0;
      }
      Matcher tail = i + 1 < body.size() && start.isEmpty() ? BODY_TAIL.matcher(body.get(i).text()) : null;
      if (tail != null && tail.find()) {
        // "... were submitted. The Council noted the Minutes and" / "approved the recommendations contained therein"
        start = DecisionStart.at(tail.group(1) + " " + body.get(i + 1).text()).filter(d -> d.kind() == DecisionStart.Kind.RESOLVED);
        joined = start.isPresent() ? 1 : 0;
      }
      if (start.isEmpty() && i + 1 < body.size() && BODY_COLON.matcher(body.get(i).text()).find()
          && NOTED.matcher(body.get(i + 1).text()).lookingAt()) {
        // "In terms of Standing Order 13.3, the Council:" / "Noted that the Convener had permitted discussion ..."
        start = Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, body.get(i + 1).text()));
        joined = 1;
      }
      if (start.isEmpty() && body.get(i).text().startsWith("Council ") && (i == 0 || SENTENCE_ENDED.matcher(body.get(i - 1).text()).find())) {
        // "Council approved the agenda with the following additions/changes.": the body with no article, opening a
        // sentence of its own (not "... two reasons that" / "Council approved the closure.", a sentence wrapped)
        start = DecisionStart.at("The " + body.get(i).text()).filter(d -> d.kind() == DecisionStart.Kind.RESOLVED);
      }
      if (start.isEmpty() && (MINUTES_SUBJECT.matcher(body.get(i).text()).lookingAt() || i == 0 && HEADING_SUBJECT.matcher(body.get(i).text()).lookingAt())) {
        // "The minutes of the above meeting, which had been circulated ..., / ... were approved and signed."
        start = minutesApproved(body, i);
      }
      if (start.isEmpty() && i > 0 && MOVER.matcher(body.get(i - 1).text()).matches()) {
        start = MotionForms.labelledWords(body.get(i).text()); // "Second By: ..." / "Motion: To approve the minutes ..."
      }
      if (start.isEmpty()) {
        // "Minutes adopted, proposed by Iain Gillespie, seconded by Robert MacIntyre."
        start = ProposedAndAgreed.at(body, i);
      }
      if (start.isEmpty() && i + 1 < body.size() && body.get(i).text().indexOf('/') > 0
          && Motions.PAIR_LINE.matcher(body.get(i).text()).matches()
          && THAT_OPENS.matcher(PART_MARK.matcher(body.get(i + 1).text()).replaceFirst("")).lookingAt()) {
        // "R Atrill/Brown" / "THAT Council approves the agenda, as amended, ...": who moved it, then the words moved; "Mr
        // Lester/Mr Dawson" / "A) That the report of the Strategy Manager ... be received.", its first part (the decision's
        // words start after the part's letter and "That", as after "RESOLVED that")
        start = Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, PART_MARK.matcher(body.get(i + 1).text()).replaceFirst("")));
        joined = 1;
      }
      if (start.isEmpty() && THAT_OPENS.matcher(body.get(i).text()).lookingAt() && moversBelow(body, i)) {
        // "That the information in this report be received." / "Crs Knowles/Keys": the words moved, their movers under them
        start = Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, body.get(i).text()));
      }
      if (start.isEmpty() && i + 1 < body.size() && THAT_BODY_COLON.matcher(body.get(i).text()).matches()
          && !BODY_DECIDED_ABOVE.matcher(i > 0 ? body.get(i - 1).text() : "").find()) {
        // "That the Regional Council:" / "1 Accepts the apology from Cr Stacey Rose tendered at the meeting.": a resolution
        // set out with no word of deciding (a New Zealand council's box)
        start = Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, body.get(i).text()));
      }
      if (start.isEmpty() && i + 1 < body.size() && BARE_MOTION.matcher(body.get(i).text()).matches()
          && THAT_OPENS.matcher(body.get(i + 1).text()).lookingAt()) {
        // "MOTION" / "That Council confirm the minutes ..." / "Moved: Cr. Boulter" / "Seconded: Cr. Price" / "CARRIED UNAN."
        start = Optional.of(new DecisionStart(DecisionStart.Kind.MOVED, ""));
      }
      if (start.isEmpty() && i > 0 && THAT_OPENS.matcher(body.get(i).text()).lookingAt()
          && APPROVED_ABOVE.matcher(body.get(i - 1).text()).find()) {
        // "... seconded the recommendations of the committee which were approved unanimously." / "That the committee:"
        start = Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, body.get(i).text()));
      }
      if (start.isEmpty()) {
        i++;
        continue;
      }
      DecisionStart d = start.get();
      if (d.text().isEmpty() && IRISH_WHOLE.matcher(body.get(i).text()).matches()
          && (i + 1 >= body.size() || !QUOTE_OPENS.matcher(body.get(i + 1).text()).lookingAt())) {
        // "Ar moladh Cllr. Ian Lynch Cuidithe ag Cllr. Joe Killeen name agus glacadh leis", no words quoted under it: the
        // proposal itself is what was agreed
        d = new DecisionStart(DecisionStart.Kind.RESOLVED, body.get(i).text());
      }
      if (d.kind() == DecisionStart.Kind.MOVED && MOVERS_AND_RESULT.matcher(body.get(i).text()).find()
          && !(i + 1 < body.size() && WORDS_BELOW.matcher(body.get(i + 1).text()).lookingAt()
              && (i == 0 || DecisionStart.at(body.get(i - 1).text()).isEmpty() && !THAT_LINE.matcher(body.get(i - 1).text()).lookingAt()))) {
        // "Moved: Cr Pratt Seconded: Cr Hubbard CARRIED: 5/0": the movers and result of the words above it; not "MOTION moved
        // by Pat MacLellan seconded by John Searle and carried" / "THAT the first reading ...", the words below it
        i++;
        continue;
      }
      if (d.kind() == DecisionStart.Kind.MOVED && d.text().isEmpty() && lastWasResolved && !found.isEmpty()
          && found.get(found.size() - 1).to() == i && body.get(i).text().toLowerCase(java.util.Locale.ROOT).contains("second")
          && (i + 1 >= body.size() || !THAT_OPENS.matcher(body.get(i + 1).text()).lookingAt())) {
        // "Resolved: that ... be approved as a true and accurate record." / "Proposed: Cllr K. Farrell – Roberts, and
        // seconded by Cllr L. Burgess(all in" / "favour)": who moved and seconded the decision above, no words below
        i++;
        continue;
      }
      // "A motion to approve the minutes ... was made by ..." / "... All members voted in favor of accepting the minutes as
      // presented.": how the motion above was carried, no decision of its own
      boolean votedOnMotion = lastWasMotion && d.kind() == DecisionStart.Kind.RESOLVED && d.inProse() && d.text().startsWith("voted ");
      if (d.kind() == DecisionStart.Kind.RESULT && lastWasMotion || votedOnMotion) {
        lastWasMotion = false;
        i++;
        continue;
      }
      int[] to = {i + 1 + joined};
      String text = DecisionStart.withoutLeadIn(RESULT_THEN_WORDS.matcher(d.kind() == DecisionStart.Kind.MOTION || d.inProse()
          ? motion(body, i + joined, d.text(), to) : resolution(body, i + joined, d.text(), to)).replaceFirst(""));
      if (d.kind() == DecisionStart.Kind.MOVED) {
        text = VOTED_BELOW.matcher(text).replaceFirst(""); // "... seconded by R. Browne, the Board" / "voted unanimously to approve ..."
        text = NUMBER_BEFORE_THAT.matcher(text).replaceFirst(""); // "Moved by Councillor Kemmere" / "RC19-190 That Council adopt ..."
      }
      int j = to[0];
      if (NUMBER_ONLY.matcher(d.text().strip()).matches() && !text.isEmpty() && !THAT_OPENS.matcher(text).lookingAt()) {
        i++; // "Resolved 78/15" under the words it numbered, not over words of its own ("3. BUSINESS ARISING REPORT")
        continue;
      }
      if (RESULT_ONLY.matcher(text).lookingAt()) {
        text = proposalAbove(body, i).orElse(text); // "PROPOSAL: The council supports ..." / ... / "DECISION: passed (all in favour)"
      }
      boolean motion = d.kind() == DecisionStart.Kind.MOTION || d.kind() == DecisionStart.Kind.MOVED;
      boolean failed = motion && (DecisionStart.failed(text) || failsBeforeNextDecision(body, j));
      if (!text.isEmpty() && !failed && !NOTHING.matcher(text).matches() && !RECORDED.matcher(text).lookingAt()
          && !VOTE_ONLY.matcher(text).lookingAt() && (motion || !said(found, text))) {
        found.add(new Found(new Resolution(text, body.get(i).page()), i, j));
      }
      lastWasMotion = motion && !failed;
      lastWasResolved = d.kind() == DecisionStart.Kind.RESOLVED;
      i = Math.max(j, i + 1);
    }
    return found;
  }

  /**
   * The result printed on the decision's line before its words below: {@code 65/2018 RESOLVED (Keith Rory/Wayne Runyu) Carried} /
   * {@code (a) That Council accept the apology ...} (a Northern Territory council's), the words from their part's mark.
   */
  /** The body's verb opening the words under who moved: {@code voted unanimously to approve warrants #27 and #28.} */
  private static final Pattern VOTED_BELOW = Pattern.compile("^voted(?:\\s+unanimously)?\\s+(?:to|that)\\s+(?=\\S)");
  private static final Pattern RESULT_THEN_WORDS = Pattern.compile(
      "^(?i:carried|passed|adopted)(?:\\s+(?i:unanimously))?\\.?[ \\t]*\\n(?:\\([a-z1-9]\\)[ \\t]+)?(?=\\S)");
  /** A decision that gives only how the vote went: {@code passed (all in favour)}, {@code Carried unanimously}. */
  private static final Pattern RESULT_ONLY = Pattern.compile("(?i)^(?:passed|carried|agreed|approved|accepted)\\b(?!\\s+(?:that|to)\\b)");
  /** A proposal's label and its words: {@code PROPOSAL: The Council minutes of the meetings of 8th August ... are approved.} */
  private static final Pattern PROPOSAL_LABEL = Pattern.compile("^(?:PROPOSAL|Proposal|PROPOSITION|Proposition)\\s*:\\s*(\\S.*)$");
  private static final int PROPOSAL_LABEL_LINES = 8;

  /**
   * The words of the proposal a result-only decision carried, set out above it with its movers: {@code PROPOSAL: The
   * council supports the application ...} / {@code PROPOSED: Mr G Langford} / {@code SECONDED: Mr M Bendle} / {@code
   * DECISION: passed (all in favour)} (an English parish council's minutes).
   */
  private static Optional<String> proposalAbove(List<Line> body, int decision) {
    for (int k = decision - 1; k >= Math.max(0, decision - PROPOSAL_LABEL_LINES); k--) {
      Matcher p = PROPOSAL_LABEL.matcher(body.get(k).text());
      if (p.matches()) {
        StringBuilder words = new StringBuilder(p.group(1));
        for (int j = k + 1; j < decision && !MOVER.matcher(body.get(j).text()).matches()
            && !BARE_MOVER_LABEL.matcher(body.get(j).text()).matches(); j++) {
          words.append(' ').append(body.get(j).text());
        }
        return Optional.of(words.toString().strip());
      }
      if (DecisionStart.at(body.get(k).text()).filter(d -> d.kind() != DecisionStart.Kind.MOVED).isPresent()) {
        break; // another decision's words: no proposal of this one's
      }
    }
    return Optional.empty();
  }

  /**
   * A motion's label alone on its line, its words below: {@code MOTION} (an Australian council's minutes), or with its number,
   * {@code MOTION R07/221} (a British Columbia village's).
   */
  private static final Pattern BARE_MOTION = Pattern.compile("^(?:MOTION|Motion)(?:\\s+(?:No\\.?\\s*|#\\s*)?[A-Z]{0,4}\\d{1,4}(?:[/-]\\d{1,4}){1,2})?$");
  /** Whether the line is a motion's label alone ({@code MOTION}), not the last words of a heading in capitals above it. */
  static boolean motionLabel(String line) {
    return BARE_MOTION.matcher(line).matches();
  }

  /** A resolution's opening alone on its line, its parts below: {@code That the Regional Council:}. */
  private static final Pattern THAT_BODY_COLON = Pattern.compile(
      "^(?:That|THAT)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}(?:Council|Committee|Board|Cabinet|Panel|Sub-Committee|Authority|Commission)\\s*:$");
  /** A line that already said the body decided, whose words {@link #THAT_BODY_COLON} would read again: {@code RESOLVED}, {@code Moved ...}. */
  private static final Pattern BODY_DECIDED_ABOVE = Pattern.compile("(?i)\\b(?:resolved|moved|recommendation|recommended|recommends)\\b");
  /** A decision's words opening a line: {@code That the committee:}. */
  private static final Pattern THAT_OPENS = Pattern.compile("^(?:That|THAT)\\s+\\p{L}");
  /** A resolution's number before its words, under its mover: {@code RC19-190 That Council adopt the agenda ...} (an Alberta county's). */
  private static final Pattern NUMBER_BEFORE_THAT = Pattern.compile("^\\p{Lu}{1,4}\\d{2,4}-\\d{1,4}\\s+(?=(?:THAT|That)\\s)");
  /** The first part's letter or number before a motion's "That": {@code A) That the report ...}. */
  private static final Pattern PART_MARK = Pattern.compile("^\\(?(?:[A-Ca-c]|1)\\)\\s+(?=(?:That|THAT)\\s)");
  /**
   * A sentence that ends saying what was put was approved, the words it approved on the next line:
   * {@code Councillor Carole Gandy proposed and Councillor Phillip Howells seconded the recommendations
   * of the committee which were approved unanimously.} / {@code That the committee: ...}
   */
  private static final Pattern APPROVED_ABOVE = Pattern.compile(
      "\\b(?:was|were)\\s+(?:unanimously\\s+)?(?:approved|agreed|carried|adopted)(?:\\s+unanimously)?\\s*[.:]$");

  /**
   * A ModernGov {@code Decision} that tells only the vote, the resolution below it: {@code Members voted in favour of the
   * proposal with no votes against and one abstention.} / {@code RESOLVED} / {@code That Mrs Hamilton be elected ...}.
   */
  private static final Pattern VOTE_ONLY = Pattern.compile(
      "(?i)^(?:all\\s+)?(?:members|councillors|councilors|the\\s+(?:council|committee|board))\\s+(?:then\\s+)?voted\\s+(?:unanimously\\s+)?(?:in\\s+favour|in\\s+favor|for)\\b"
      // "MOVED: Trustee Petri   SECONDED: Trustee Feichter" / "VOICE VOTE" / "MOTION CARRIED": how the motion above was put
      + "|^(?:voice|roll\\s+call|unanimous|recorded)\\s+vote\\b.{0,20}$");

  /** A decision that records none: {@code Decision:} / {@code There were none.} (a ModernGov item with nothing decided). */
  private static final Pattern NOTHING = Pattern.compile(
      "(?i)^(?:there\\s+(?:were|was)\\s+none|none(?:\\s+received)?|nil|n/?a|no\\s+decisions?(?:\\s+(?:was|were)\\s+(?:made|taken))?)\\.?$");

  /**
   * What a ModernGov {@code Decision:} records that nobody decided: {@code Decision: An apology for
   * absence was received from Minesh Patel ...}, {@code Decision: No declarations of interest were made
   * at the meeting.}
   */
  private static final Pattern RECORDED = Pattern.compile(
      "(?i)^(?:(?:an\\s+)?apolog(?:y|ies)\\s+(?:for\\s+absence\\s+)?(?:was|were|had\\s+been)\\s+received"
      + "|no\\s+(?:declarations?|disclosures?)\\s+of\\s+(?:any\\s+)?(?:\\w+\\s+)?interests?\\s+(?:was|were|had\\s+been)\\s+(?:made|received|declared))\\b");

  /**
   * Whether the same words were already found in this minute: a ModernGov page prints a decision under
   * {@code Decision:} and again under {@code Minutes:}. (A motion moved again is another: "Chris Frey motioned to
   * recommend this warrant article" under each of three articles.)
   */
  private static boolean said(List<Found> found, String text) {
    String words = text.replaceAll("\\s+", " ");
    return found.stream().anyMatch(f -> f.resolution().text().replaceAll("\\s+", " ").equals(words));
  }

  private static final int MOVED_PARAGRAPH_LINES = 8;

  /**
   * Whether the paragraph that opens at {@code i} ends over a line of its mover and seconder: {@code That the Council does
   * not endorse ...} / {@code from the Waiohine River at this point.} / {@code Crs Knowles/Ashby} (a New Zealand council's).
   */
  private static boolean moversBelow(List<Line> body, int i) {
    for (int j = i + 1; j < body.size() && j <= i + MOVED_PARAGRAPH_LINES; j++) {
      String t = body.get(j).text();
      if (t.indexOf('/') > 0 && Motions.PAIR_LINE.matcher(t).matches()) {
        return true;
      }
      if (THAT_OPENS.matcher(t).lookingAt() || startsResolution(t)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A sentence about the minutes of a meeting: {@code The minutes of the meeting held on 17 November 2016, ...}, or
   * the Scottish minute of one: {@code The Minute of the meeting of the ... Committee dated 25 August 2015 was
   * submitted and approved.}, {@code The Minutes were ratified and accepted as a true record}, a bullet's {@code •  The
   * minutes of the Council meeting held on 18 April 2017 was agreed for signing}, a heading's capitals {@code MINUTES of
   * MEETING 11th June 2013 were approved as a true and accurate}.
   */
  private static final Pattern MINUTES_SUBJECT = Pattern.compile(
      "^(?:[•·▪●]\\s*)?(?:(?:The|the)\\s+(?:decisions\\s+and\\s+)?(?:draft\\s+)?(?:[Mm]inutes?|MINUTES?)\\s+(?=(?:were|was)\\s)|(?:(?:The|the)\\s+)?(?:decisions\\s+and\\s+)?(?:draft\\s+)?(?:[Mm]inutes?|MINUTES?)\\s+(?i:of|from|for)\\b)");
  /**
   * What the heading above names, as the first words under it: {@code Minutes of previous meeting held on 9 February 2017:}
   * / {@code These were adopted.}, {@code These were circulated, read, approved and signed as a correct record}.
   */
  private static final Pattern HEADING_SUBJECT = Pattern.compile("^(?:These|They|This|Both)\\s+(?=(?:were|was)\\b)");
  /**
   * What the meeting did with them, further on in the sentence: {@code were agreed as a correct record}, {@code were proposed
   * as accurate by Cllr Gwilym}, {@code approved as written per a motion by George Cavanaugh}, {@code were taken as read and
   * agreed a true record}, {@code agreed as accurate} (no "were").
   */
  private static final Pattern WERE_APPROVED = Pattern.compile(
      "\\b(?:(?:were|was)\\s*,?\\s+(?:then\\s+|duly\\s+)?(?:(?:submitted|presented|circulated|read|received|considered|taken\\s+as\\s+read)(?:\\s+and\\s+|,\\s*)){0,3}"
      + "(?:duly\\s+|unanimously\\s+|then\\s+)?(?:agreed|confirmed|approved|adopted|accepted|signed|ratified|proposed(?=\\s+(?:as|by)\\s))"
      + "|(?:approved|adopted|accepted)(?=\\s+as\\s+(?:written|presented|amended|corrected|read|circulated|distributed|submitted)\\b)"
      // "Minutes for the Annual General Meeting held on 15th April 2015 agreed as accurate."
      + "|(?:agreed|approved|confirmed|accepted)(?=\\s+as\\s+(?:an?\\s+)?(?:accurate|correct|true)\\b))\\b"
      // not "approved by the safeguarding partnership", but "approved by the members present"
      + "(?!\\s+by\\s+(?!all\\b|(?:the\\s+)?(?:members|councillors|council|committee|meeting)\\b)(?:the\\s+)?\\p{Ll})");
  private static final int SUBJECT_LINES = 3;
  private static final Pattern BULLET = Pattern.compile("^[•·▪●]\\s*");

  /**
   * The minutes of a meeting approved in a sentence whose clause runs over lines between subject
   * and verb: {@code The minutes of the meeting held on 17 November 2016, which then reconvened} /
   * {@code on 21 November 2016, were agreed as a correct record}. The decision is the sentence.
   */
  private static Optional<DecisionStart> minutesApproved(List<Line> body, int i) {
    StringBuilder sentence = new StringBuilder(body.get(i).text());
    for (int j = i + 1; j < body.size() && j <= i + SUBJECT_LINES && !SENTENCE_END.matcher(sentence).find()
        && DecisionStart.at(body.get(j).text()).isEmpty(); j++) {
      sentence.append(' ').append(body.get(j).text());
    }
    Matcher end = SENTENCE_END.matcher(sentence);
    String first = end.find() ? sentence.substring(0, end.start()) : sentence.toString();
    return WERE_APPROVED.matcher(first).find()
        ? Optional.of(new DecisionStart(DecisionStart.Kind.RESOLVED, BULLET.matcher(body.get(i).text()).replaceFirst(""), true))
        : Optional.empty();
  }

  /**
   * A resolution's number where its words would be, the words below its movers: {@code Resolved: 18.11} / {@code Moved:
   * Mayor Alex Walker} / {@code Seconded: Cr Gerard Minehan} / {@code That the apology received from Cr Aitken be accepted}.
   */
  private static final Pattern NUMBER_ONLY = Pattern.compile(
      "^\\(?(?:\\p{Lu}{1,6}\\s)?\\p{Lu}{0,6}/?\\d{1,4}(?:[./-]\\d{1,6}){1,2}\\)?$|^\\d{3,5}\\.?$");

  /** A mover's line that ends in the seconder's name, which may wrap: {@code ... AND SECONDED BY COUNCILLOR RON}. */
  private static final Pattern SECONDER_WRAPS = Pattern.compile("(?i)\\bseconded\\s+by\\s+[^.,;:]{2,60}$");
  /** The end of a name wrapped from the line above, then the words moved: {@code AIKEN THAT COUNCIL APPROVE ...}. */
  private static final Pattern NAME_ENDS = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}(?=(?:THAT|That|that)\\s)");

  private static String resolution(List<Line> body, int i, String first, int[] to) {
    StringBuilder text = new StringBuilder(NUMBER_ONLY.matcher(first.strip()).matches() ? "" : first);
    int j = i + 1;
    while (text.isEmpty() && j < body.size() && (MOVER.matcher(body.get(j).text()).matches()
        || BARE_MOVER_LABEL.matcher(body.get(j).text()).matches() || j > i + 1 && BARE_MOVER_LABEL.matcher(body.get(j - 1).text()).matches()
        || DecisionStart.at(body.get(j).text()).filter(d -> d.kind() == DecisionStart.Kind.MOVED).isPresent()
        || resultBeforeWords(body, j) || NUMBER_ONLY.matcher(body.get(j).text().strip()).matches())) {
      j++; // "Resolution 2024/38" / "Moved: ..." / "Seconded: ..." / "That the apology ..."; "AND RESOLVED:" / "0767." / "That ..."
    }
    while (j < body.size() && !startsResolution(body.get(j).text()) && !endsMinutes(body.get(j).text())
        && !MINUTES_LABEL.matcher(body.get(j).text()).matches()
        && !(text.toString().stripTrailing().endsWith(".") && (NARRATIVE.matcher(body.get(j).text()).matches()
            || MINUTES_SUBJECT.matcher(body.get(j).text()).lookingAt() && minutesApproved(body, j).isPresent()))) {
      String line = MARGIN_NUMBER.matcher(body.get(j).text()).replaceFirst("");
      Matcher wrapped = text.isEmpty() && SECONDER_WRAPS.matcher(body.get(i).text()).find() ? NAME_ENDS.matcher(line) : null;
      if (wrapped != null && wrapped.lookingAt()) {
        line = line.substring(wrapped.end()); // "... SECONDED BY COUNCILLOR RON" / "AIKEN THAT COUNCIL APPROVE THE AGENDA ..."
      }
      if (!text.isEmpty() && line.indexOf('/') > 0 && Motions.PAIR_LINE.matcher(line).matches()) {
        j++;
        break; // "... at this point." / "Crs Knowles/Ashby": its movers close the motion, and are no part of its words
      }
      if (!text.isEmpty()) {
        text.append(PART.matcher(line).matches() ? '\n' : ' ');
      }
      text.append(line);
      j++;
      if (QUOTED.matcher(text).matches()) {
        break; // "“That the minutes ... be ADOPTED and APPROVED.”": the words in quotes were the decision
      }
    }
    to[0] = j;
    return ResolvedForms.withoutMovers(text.toString().strip());
  }

  /** A ModernGov page's {@code Minutes:} under an item's {@code Decision:}: what the minutes say follows, not the decision. */
  private static final Pattern MINUTES_LABEL = Pattern.compile("^Minutes\\s*:.*");

  /** A "Moved" line that also gives the result: the motion's words came before it. */
  /** A motion's words in capitals under its movers: {@code THAT the first reading of the Fire Service By-law ...}. */
  private static final Pattern WORDS_BELOW = Pattern.compile("^THAT\\s+\\p{Ll}");
  private static final Pattern THAT_LINE = Pattern.compile("^(?:THAT|That)\\s");
  private static final Pattern MOVERS_AND_RESULT = Pattern.compile("(?i)\\bseconded\\b.*\\b(?:carried|lost|defeated)\\b");
  /**
   * A resolution's number in the left margin, read into the line beside it: {@code 2008.11.1 held on Monday 13 October
   * 2008 be confirmed ...}, {@code 184/18 That the Minutes of the Meeting, held on Monday 17th September 2018} (the words
   * are the decision's, the number is not), {@code 2017-10-1 “That the agenda of the Regional District ... be approved},
   * {@code RES 14-11-75 “that the minutes ...}.
   */
  private static final Pattern MARGIN_NUMBER = Pattern.compile(
      "^(?:(?:19|20)\\d\\d([./-])\\d{1,2}\\1\\d{1,3}\\s+(?=[\\p{L}“\"])|\\d{1,4}/\\d{2,4}\\s+(?=(?:That|THAT)\\b)"
      // "RES 14-11-75 “that the minutes ... are adopted as presented.” CARRIED" (an Alberta village's)
      + "|(?:RES|Res)\\.?\\s*(?:No\\.?\\s*)?\\d{1,4}(?:-\\d{1,4}){1,2}\\s+(?=[“\"]?(?i:that)\\b))");
  /** A decision's words in quotes, closed: {@code “That the minutes ... be ADOPTED and APPROVED.”} */
  private static final Pattern QUOTED = Pattern.compile("(?s)^\\s*“[^“”]*”\\s*$");

  /** The vote, given before the words it carried: {@code CARRIED: 8 for 2 abstentions.} / {@code THAT THE AMENDED MINUTES ...}. */
  private static final Pattern RESULT_FIRST = Pattern.compile("(?i)^(?:carried|agreed|approved)\\b.*");
  private static final Pattern THAT = Pattern.compile("(?i)^that\\b.*");

  private static boolean resultBeforeWords(List<Line> body, int j) {
    return j + 1 < body.size() && RESULT_FIRST.matcher(body.get(j).text()).matches()
        && THAT.matcher(body.get(j + 1).text()).matches();
  }

  /**
   * The words moved, or a decision told in a sentence of narrative, from the start line to the
   * end of their sentence (a few lines at most).
   */
  private static String motion(List<Line> body, int i, String first, int[] to) {
    StringBuilder text = new StringBuilder(first);
    int j = i + 1;
    while (text.isEmpty() && j < body.size() && NUMBER_ONLY.matcher(body.get(j).text().strip()).matches()) {
      j++; // "Seconded by Councillor M.D. Zweidt. AND RESOLVED:" / "0767." / "That the Minutes ...": the resolution's number
    }
    boolean shared = false;
    while (!SENTENCE_END.matcher(text).find() && j < body.size() && j <= i + MOTION_LINES
        && !endsMinutes(body.get(j).text()) && !body.get(j).text().startsWith("RESULT:")) {
      Optional<DecisionStart> next = DecisionStart.at(body.get(j).text());
      if (next.isPresent() && !next.get().inProse()) {
        break; // a decision of its own starts the line
      }
      // The sentence may end on a line where the next decision begins: that line is read again.
      shared = next.isPresent();
      text.append(' ').append(body.get(j).text());
      j++;
    }
    var end = SENTENCE_END.matcher(text);
    String t = end.find() ? text.substring(0, end.end()) : text.toString();
    to[0] = shared ? j - 1 : j;
    return t.strip();
  }

  private static boolean failsBeforeNextDecision(List<Line> body, int from) {
    for (int j = from - 1; j < body.size(); j++) {
      String line = body.get(j).text();
      if (j >= from && DecisionStart.at(line).filter(d -> d.kind() != DecisionStart.Kind.RESULT).isPresent()) {
        return false;
      }
      String two = j + 1 < body.size() ? line + " " + body.get(j + 1).text() : line;
      if (DecisionStart.failed(line) || DecisionStart.failed(two)) {
        return true;
      }
    }
    return false;
  }
}
