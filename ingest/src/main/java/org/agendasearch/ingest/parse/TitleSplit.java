package org.agendasearch.ingest.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item's title parted from what the same line says after it:
 *
 * <pre>
 * CHAIRMAN’S ANNOUNCEMENTS - resolution to co-opt Niki Gordon    capitals, then text
 * NEXT MEETING MONDAY 2 SEPTEMBER at 7 p.m. in Elderpark          capitals, then text
 * ALISON JOHNSTONE MSP. Alison has written to say she will speak  capitals to a full stop
 * Perth City Development Board - Report by Executive Director    the author of the report
 * Finance - Invoice Eden Bespoke Landscapes £ 705.25             a word or two, a dash, details
 * Correspondence – None.
 * Call to Order: 7:00 p.m.  /  Accounts: None                     a time, or that there is nothing, after the colon
 * APOLOGIES Apologies for absence were received from Councillors  one word in capitals, then a sentence
 * CORRES: Town of Fort Macleod RE: Invitation to Santa Claus Parade  whole: a kind, its colon, a subject in title case
 * Apologies for absence: Mr David Mantle, Mr Paul Lindoewood      business every meeting has, then its colon
 * Declarations of Interest – PM and GW in relation to Acre field   or its dash
 * To receive Committee Reports:- Traffic Management Committee     ":-", what follows
 * Minutes - For information                                       what it is for stays in the title
 * (a) Nomination of three members to Regeneration Sub-Committee   a part's letter
 * CC-4 OGRA-FCM Unveils Municipal Asset Management Program         whole: a code in capitals, then title case
 * Risk Assessment – Meetings from May 2021 – The Council received   a minute's: a dash, then a sentence
 * Declarations of Interest There were no declarations of interest  business every meeting has, then a sentence
 * </pre>
 *
 * @param title the title
 * @param rest what followed it on the line, or ""
 */
record TitleSplit(String title, String rest) {

  private static final Pattern CAPITALS_THEN_TEXT = Pattern.compile(
      "^((?:[\\p{Lu}\\d][\\p{Lu}\\d’'&/(),.-]*\\s+){1,}[\\p{Lu}\\d][\\p{Lu}\\d’'&/(),-]*)(?:\\s+[-–—:]|\\.)?\\s+(\\p{L}*\\p{Ll}.*\\p{Ll}.*)$");
  private static final Pattern AS_FOLLOWS = Pattern.compile("^(\\S.{2,80}?)\\s*:-\\s*(\\S.*)$");
  private static final Pattern STANDING_THEN_COLON = Pattern.compile("^([^:–—-]{3,40}?)(?:\\s*:|\\s+[-–—])\\s+(\\S.*)$");
  private static final Pattern ONE_WORD_THEN_SENTENCE = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}’'&/-]{3,}):?\\s+(\\p{Lu}\\p{Ll}+[:,]?\\s+.*\\p{Ll}.*)$");
  private static final Pattern REPORT_BY = Pattern.compile("(?i)^(.{3,}?)\\s+[-–—]\\s+(report\\s+(?:by|of|from)\\b.*)$");
  /**
   * A title, a spaced dash, then a sentence that opens with its subject and its verb or an adjective within five words:
   * {@code Declaration of Acceptance of Office – The Chairman and Vice Chairman signed their ...}, {@code Nomination of
   * Vice Chairman – It was proposed by Councillor Howell, ...}, {@code Chairman’s remarks – SW thanked everyone for attending
   * and ...}, {@code Apologies for absence and reasons given – None. MM apologised as she had ...}.
   */
  private static final Pattern DASH_THEN_SENTENCE = Pattern.compile(
      "^(\\S.{2,150}?)\\s+[-–—]\\s*((?:The|It|This|These|There|All|Members|Councillors?|Cllrs?|He|She|They|We|An?|None\\."
      // a member by initials: "Chairman’s remarks – SW thanked everyone for attending and noted that ..."
      + "|\\p{Lu}{2,3}(?=\\s+\\p{Ll})"
      // the body or members by a word of their own, then what they did: "Approval of minutes – P.Cnllrs resolved the following"
      + "|\\p{Lu}[\\p{L}.'’]+(?:\\s+\\p{Lu}[\\p{L}.'’]+){0,2}(?=\\s+(?:noted|reported|resolved|agreed|confirmed|advised|explained"
      + "|stated|thanked|welcomed|discussed|received|informed|decided|updated|considered)\\b))\\s+.*)$");
  /** Words of a sentence's subject before its verb, after a title's dash: {@code The Chairman and Vice Chairman signed}. */
  private static final int SENTENCE_SUBJECT = 5;
  /** Words a sentence after a title's dash has at least. */
  private static final int SENTENCE_WORDS = 6;

  private static final Pattern SHORT_DASH = Pattern.compile("^(\\p{Lu}[\\p{L}’']+)\\s+[-–—]\\s+(.+)$");
  /** A title with its dash typed against its last word, then its text: {@code Apologies- DM, LM, JC, MB}. */
  private static final Pattern GLUED_DASH = Pattern.compile("^(\\p{Lu}[^-–—:]{2,60}?\\p{L})[-–—]\\s+(\\S.*)$");
  /** A title, its colon, then only a time or that there is nothing: {@code Call to Order: 7:00 p.m.}, {@code Accounts: None}. */
  private static final Pattern TITLE_THEN_NOTE = Pattern.compile(
      "(?i)^(\\p{L}[^:]{2,60}?)(?<!\\d)\\s*:\\s*(\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?\\s?m\\.?|none|nil|n/a)\\.?$");
  /** A title, its full stop, then that there is nothing: {@code Cofrestriad o ddiddordeb/Registration of interest (if known at this point). None.} */
  private static final Pattern TITLE_STOP_NONE = Pattern.compile("(?i)^(\\p{L}[^:.]{2,100}?(?<=\\p{L}{2}|\\)))\\.\\s+(none|nil|n/a)\\.?$");
  private static final Pattern PART_LETTER = Pattern.compile("^\\(?[a-z]\\)\\s+(?=\\p{Lu})");

  /**
   * What the item is for, part of its title: {@code Minutes - For information}, {@code MATTERS ARISING for information
   * exchange only}.
   */
  private static final Pattern PURPOSE = Pattern.compile(
      "(?i)^for\\s+(?:information|noting|note|decision|approval|discussion|consideration|debate)\\b(?:\\s+\\p{L}+){0,3}\\.?$");

  /**
   * A reference code in capitals with its number or a joined acronym, which heads a title rather than being one: {@code
   * CC-4 OGRA-FCM Unveils Municipal Asset Management Program} is one title.
   */
  private static final Pattern CODE = Pattern.compile("^\\p{Lu}{1,5}-?\\d|\\b\\p{Lu}{2,}-\\p{Lu}{2,}\\b");

  /** Whether every word but the minor ones opens with a capital: {@code Unveils Municipal Asset Management Program}. */
  private static boolean titleCase(String words) {
    String[] w = words.strip().split("\\s+");
    return firstLower(w) == w.length;
  }

  /** Where the first word in lower case that title case would capitalise is; {@code w.length} when there is none. */
  private static int firstLower(String[] w) {
    for (int k = 0; k < w.length; k++) {
      if (!w[k].isEmpty() && Character.isLowerCase(w[k].codePointAt(0)) && !MINOR.contains(w[k])) {
        return k;
      }
    }
    return w.length;
  }

  /** Words that title case leaves in lower case. */
  static final java.util.Set<String> MINOR = java.util.Set.of(
      "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "per", "the", "to", "via", "vs", "with");
  /** A sentence about the item opening with its subject: {@code The Board will receive ...}. */
  private static final Pattern SENTENCE_START = Pattern.compile("^(?:The|This|These)$");
  /** A fiscal year ending a title after "Year" or "FY": {@code 2021-2022}, {@code 2023-24}. */
  private static final Pattern YEAR_RANGE = Pattern.compile("^(?:19|20)\\d{2}[-–/](?:(?:19|20)?\\d{2})$");
  private static final Pattern YEAR_WORD = Pattern.compile("^(?:Years?|FY)$");
  /** Title words before the description may start. */
  private static final int TITLE_WORDS = 2;
  /** Capitalised words of a sentence's subject before its verb: {@code The Board will}, {@code The City Council is}. */
  private static final int SUBJECT_WORDS = 3;

  /**
   * A title in title case that runs on into its description, as a browser's print of an agenda
   * gives it, parted where the description starts:
   *
   * <pre>
   * Tennis Center Annual Report for Fiscal Year 2021-2022 The Board will   after a fiscal year, a sentence next
   * Park Patrol Report Park Patrol Report for August and September          where the title's first two words come again
   * Aquatic Program Annual Report Report on annual Aquatic Section          at a word said twice
   * Brace Canyon Park ... Line Analysis The Board will receive a report     at a sentence that opens with its subject
   * </pre>
   *
   * A title in capitals or in sentence case ({@code Presentation regarding Cal/OSHA ...}) is left whole,
   * and so are names before a verb ({@code ... Carmen J Montero requesting a Special Use}).
   */
  static TitleSplit runOn(String title) {
    String[] w = title.strip().split("\\s+");
    if (w.length <= TITLE_WORDS + 1 || Lines.upperShare(title) >= 0.75 || !titleWord(w[0])
        || !titleWord(w[1]) && !MINOR.contains(w[1])) {
      return new TitleSplit(title, "");
    }
    int firstLower = firstLower(w);
    if (firstLower <= TITLE_WORDS) {
      return new TitleSplit(title, ""); // sentence case
    }
    int end = w.length;
    for (int k = TITLE_WORDS; k + 1 < w.length && k < firstLower && end == w.length; k++) {
      if (YEAR_RANGE.matcher(w[k]).matches() && YEAR_WORD.matcher(w[k - 1]).matches() && titleWord(w[k + 1])
          && (SENTENCE_START.matcher(w[k + 1]).matches() || firstLower < w.length && firstLower - k <= SUBJECT_WORDS + 1)) {
        end = k + 1; // "... Fiscal Year 2021-2022 The Board will", "... Year 2022-23 Report presented to the"
      } else if (same(w[k], w[0]) && same(w[k + 1], w[1])) {
        end = k; // "Park Patrol Report Park Patrol Report for ..."
      } else if (w[k].equals(w[k - 1]) && Character.isLetter(w[k].codePointAt(0))) {
        end = k; // "... Annual Report Report on annual ..."
      } else if (SENTENCE_START.matcher(w[k]).matches() && !MINOR.contains(w[k - 1]) && firstLower - k <= SUBJECT_WORDS) {
        end = k; // "... Line Analysis The Board will receive"
      }
    }
    if (end >= w.length) {
      return new TitleSplit(title, "");
    }
    return new TitleSplit(String.join(" ", java.util.Arrays.copyOfRange(w, 0, end)),
        String.join(" ", java.util.Arrays.copyOfRange(w, end, w.length)));
  }

  /** The same word whatever its case and the punctuation after it: {@code Operations}, {@code operations,}. */
  private static boolean same(String a, String b) {
    return a.replaceFirst("[,.;:]$", "").equalsIgnoreCase(b.replaceFirst("[,.;:]$", ""));
  }

  private static boolean titleWord(String word) {
    return Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0));
  }

  static TitleSplit of(String line) {
    String t = PART_LETTER.matcher(line.strip()).replaceFirst("");
    Matcher c = CAPITALS_THEN_TEXT.matcher(t);
    if (c.matches() && PURPOSE.matcher(c.group(2)).matches()) {
      return new TitleSplit(t, "");
    }
    if (c.matches() && c.group(1).chars().filter(Character::isLetter).count() >= 4 && !(CODE.matcher(c.group(1)).find()
        && titleCase(c.group(2)))) {
      return new TitleSplit(c.group(1), c.group(2));
    }
    Matcher asFollows = AS_FOLLOWS.matcher(t);
    if (asFollows.matches() && Dates.find(asFollows.group(2)).isEmpty()) {
      return new TitleSplit(asFollows.group(1).strip(), asFollows.group(2));
    }
    Matcher note = TITLE_THEN_NOTE.matcher(t);
    if (note.matches()) {
      return new TitleSplit(note.group(1).strip(), note.group(2));
    }
    Matcher none = t.indexOf(". ") > 0 ? TITLE_STOP_NONE.matcher(t) : null;
    if (none != null && none.matches()) {
      return new TitleSplit(none.group(1).strip(), none.group(2));
    }
    Matcher colon = STANDING_THEN_COLON.matcher(t);
    if (colon.matches() && StandaloneHeading.standing(colon.group(1)) && Dates.find(colon.group(2)).isEmpty()
        && Lines.upperShare(colon.group(2)) < 0.75 && !colon.group(2).strip().endsWith(":")) {
      return new TitleSplit(colon.group(1).strip(), colon.group(2));
    }
    Matcher one = ONE_WORD_THEN_SENTENCE.matcher(t);
    // "CORRES: Town of Fort Macleod RE: Invitation to ...": a paper's kind, its colon and its subject in title case, one title
    if (one.matches() && !PURPOSE.matcher(one.group(2)).matches() && !(t.charAt(one.end(1)) == ':' && titleCase(one.group(2)))) {
      return new TitleSplit(one.group(1), one.group(2));
    }
    Matcher r = REPORT_BY.matcher(t);
    if (r.matches()) {
      return new TitleSplit(r.group(1), r.group(2));
    }
    Matcher d = SHORT_DASH.matcher(t);
    if (d.matches() && Lines.upperShare(t) < 0.75 && Dates.find(d.group(2)).isEmpty() && !PURPOSE.matcher(d.group(2)).matches()
        && !Dates.MONTH_DAY_YEAR.matcher(d.group(2)).lookingAt() && !d.group(2).matches("(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\s+\\d.*")) {
      return new TitleSplit(d.group(1).strip(), d.group(2));
    }
    Matcher g = GLUED_DASH.matcher(t);
    if (g.matches() && Lines.upperShare(t) < 0.75 && Dates.find(g.group(2)).isEmpty()) {
      return new TitleSplit(g.group(1).strip(), g.group(2)); // "Adoption of previous meeting minutes 7th Feb- proposed (DK)/..."
    }
    return standingThenWords(t).orElse(new TitleSplit(t, ""));
  }

  /** Standing business whose one word may open a longer title: {@code Planning Applications for consideration}. */
  private static final Pattern OPENS_TITLES = Pattern.compile("(?i)^(?:finance|planning|reports?|presentations?|prayer)$");
  /** A councillor or officer named first: {@code Cllr. Julia Phillip}. */
  private static final Pattern NAMED = Pattern.compile("^(?:Cllrs?\\.?|Councillors?|Crs?\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)$");
  private static final int STANDING_WORDS = 6;

  /**
   * Business every meeting has, then what the minute records with no mark between, a sentence or a name: {@code
   * Apologies for absence Cllr. Julia Phillip and County Councillor Raiff Devlin}, {@code Declarations of Interest There
   * were no declarations of interest}, {@code Correspondence Invitation from One Voice Wales to attend}.
   */
  private static Optional<TitleSplit> standingThenWords(String t) {
    String[] w = t.split("\\s+");
    if (w.length < 3 || Lines.upperShare(t) >= 0.75) {
      return Optional.empty();
    }
    for (int k = Math.min(w.length - 2, STANDING_WORDS); k >= 1; k--) {
      if (Character.isUpperCase(w[k].codePointAt(0)) && (Character.isLowerCase(w[k + 1].codePointAt(0)) || NAMED.matcher(w[k]).matches())) {
        String title = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
        if (StandaloneHeading.standing(title) && !OPENS_TITLES.matcher(title).matches()) {
          return Optional.of(new TitleSplit(title, String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length))));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #of(String)} for a minute's heading, where what follows a title's dash may also be what the minute records:
   * {@code Risk Assessment – Meetings from May 2021 – The Council received, ...} (an agenda's {@code Emergency evacuation
   * procedure – The chair to inform members ...} keeps its whole line).
   */
  static TitleSplit ofMinute(String line) {
    TitleSplit split = of(line);
    return split.rest().isEmpty() ? dashThenSentence(split.title()).or(() -> dashThenDecision(split.title())).orElse(split) : split;
  }

  private static final Pattern DASH_THEN_ANY = Pattern.compile("^(\\S.{2,150}?)(?:\\s+[-–—]|;)\\s+(\\S.*)$");

  /**
   * The title and a motion or decision after its dash: {@code Treasurer’s Warrants – On a motion made by L. Titus, seconded
   * by R. Browne, the Board voted unanimously to approve warrants #27}; or after a semicolon: {@code Approval of September 6
   * and 20 Council meeting minutes; Foley made a motion to approve the}.
   */
  static Optional<TitleSplit> dashThenDecision(String line) {
    Matcher m = DASH_THEN_ANY.matcher(line);
    return m.matches() && DecisionStart.at(m.group(2)).filter(d -> d.kind() != DecisionStart.Kind.RESULT && !d.inProse()).isPresent()
        ? Optional.of(new TitleSplit(m.group(1).strip(), m.group(2))) : Optional.empty();
  }

  /**
   * The title and the sentence after it, if the line is one: after a spaced dash ({@link #DASH_THEN_SENTENCE}), a hyphen
   * with no spaces ({@link #HYPHEN_THEN_SENTENCE}) or the title's full stop ({@link #SENTENCE_THEN_SENTENCE}), the first
   * of them that the line matches deciding.
   */
  static Optional<TitleSplit> dashThenSentence(String line) {
    for (Pattern p : TITLE_THEN_SENTENCE) {
      Matcher sentence = p.matcher(line);
      if (sentence.matches()) {
        String[] w = sentence.group(2).split("\\s+");
        return saysSomething(w) || p == SENTENCE_THEN_SENTENCE && (PERSON_DID.matcher(sentence.group(2)).lookingAt() || goesOn(w))
            ? Optional.of(new TitleSplit(sentence.group(1).strip(), sentence.group(2))) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A title of two words or more, a hyphen with no spaces, then a sentence: {@code Call to Order/ Roll Call-First Selectman
   * Murphy called the meeting to order}, {@code Brush Truck Purchase Update-First Selectman Murphy is working with ...}
   * (a New England board's minutes); not a word's own hyphen ({@code Mid-Year Budget ...}, one word before it).
   */
  private static final Pattern HYPHEN_THEN_SENTENCE = Pattern.compile("^(\\S+(?:\\s+\\S+)+?\\p{Ll})-(\\p{Lu}\\S*\\s+.*)$");
  /** A person by initial or first name, then surname: {@code T. Edwards}, {@code Pete Campbell}. */
  private static final String PERSON = "(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+)\\s+\\p{Lu}[\\p{L}'’-]+";
  /**
   * A title ended by a full stop, then a sentence that opens with its subject: {@code Chairs Remark. The chair asked for a
   * committee member to take minutes}, {@code Cllr Tom Shepherd was elected as Chairman of the Parish Council. He was
   * nominated by Cllr Steer ...}, {@code Ratification of the minutes of the meeting held on 30th October 2018. The minutes
   * ...} (a word of two letters or more, a year or a closing bracket before the stop, not a title's {@code Cllr.}).
   */
  private static final Pattern SENTENCE_THEN_SENTENCE = Pattern.compile(
      "^(\\p{Lu}[^.]{2,150}?(?<!\\b(?:Cllr|Cr|Mr|Mrs|Ms|Dr|St|No|Rev|Revd|Prof))(?<=\\p{L}{2}|\\b(?:19|20)\\d{2}|\\p{L}\\)))\\.\\s+"
      + "((?:(?:The|It|This|These|There|He|She|They|We|All|Members|Councillors?|Cllr|Mr|Mrs|Ms)\\s+"
      // a person by initial or first name and surname, then the verb: "Cyhoeddiadau/Announcements. T. Edwards thanked the
      // outgoing chair", "Welcome/Apologies (as above)/Police report. Pete Campbell welcomed everyone back"
      + "|" + PERSON + "\\s+(?=\\p{Ll})).*)$");
  /** A sentence opened by a person and a verb, however short the line leaves it: {@code Pete Campbell welcomed}, {@code T. Edwards thanked}. */
  private static final Pattern PERSON_DID = Pattern.compile(PERSON + "\\s+\\p{Ll}{3,}");
  /** The ways a minute's title parts from the sentence after it, tried in this order. */
  private static final List<Pattern> TITLE_THEN_SENTENCE = List.of(DASH_THEN_SENTENCE, HYPHEN_THEN_SENTENCE, SENTENCE_THEN_SENTENCE);

  /**
   * The opening of a sentence that the line's end cuts after a minor word, a word in lower case not a minor one in it:
   * {@code The minutes of} (then "the June meeting were approved ..." on the next line).
   */
  private static boolean goesOn(String[] w) {
    if (w.length < 3 || !MINOR.contains(w[w.length - 1])) {
      return false;
    }
    for (int k = 1; k < w.length - 1; k++) {
      if (Character.isLowerCase(w[k].codePointAt(0)) && !MINOR.contains(w[k])) {
        return true;
      }
    }
    return false;
  }

  /** A sentence of some length with a word in lower case, not a minor one, after its first: {@code The current Chairman}. */
  private static boolean saysSomething(String[] w) {
    for (int k = 1; k <= Math.min(SENTENCE_SUBJECT, w.length - 1) && w.length >= SENTENCE_WORDS; k++) {
      if (Character.isLowerCase(w[k].codePointAt(0)) && !MINOR.contains(w[k])) {
        return true;
      }
    }
    return false;
  }
}
