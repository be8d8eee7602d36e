package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one line of a document is, judged from the line alone (and, for running headers, from
 * the other pages): the first stage of parsing. The second stage ({@link PackParser} and the
 * parsers it calls) segments the labelled lines into front sheet, minutes, items and decisions.
 */
enum LineLabel {
  /** A header or footer printed on many pages: {@code Planning Commission January 27, 2020 Minutes Page 1 of 3}. */
  RUNNING,
  /** A page number alone: {@code - 2 -}, {@code Page | 1}, {@code Page 3 of 12}. */
  PAGE_NUMBER,
  /** The title of a set of minutes: {@code MINUTES OF A MEETING OF ...}, {@code Regular Meeting Minutes}. */
  MINUTES_TITLE,
  /** The title of an agenda or a summons: {@code AGENDA}, {@code You are hereby summoned ...}. */
  AGENDA_TITLE,
  /** Who attended: {@code Present:}, {@code PRESENT: Cllrs ...}, {@code ROLL CALL:}. */
  ATTENDANCE,
  /** A ModernGov item reference under a minute's heading: {@code (Item 1)}. */
  ITEM_REFERENCE,
  /** Opens with an item number ({@link ItemNumber}). */
  NUMBERED,
  /** Starts a decision ({@link DecisionStart}). */
  DECISION,
  /** Anything else. */
  TEXT;

  private static final Pattern PAGE = Pattern.compile(
      "(?i)^(?:page\\s*\\|?\\s*\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|[-–]\\s*\\d{1,4}\\s*[-–]|\\d{1,4}|\\d{1,4}\\s+of\\s+\\d{1,4})$");
  /**
   * The words a minutes title may open with before its word: {@code APPROVED}, {@code MEETING MINUTES OF THE}, an address
   * ({@code To all members of Council: -}).
   */
  private static final String TITLE_WORDS =
      "(?:(?:draft|unconfirmed|approved|confirmed|public|signed|official|regular|special|meeting)\\s+){0,3}"
      // an address before them: "To all members of Council: - Minutes of a PENMAENMAWR TOWN COUNCIL MEETING held at ..."
      + "(?:to\\s+all\\s+(?:members|councill?ors)\\b[^:]{0,30}:\\s*[-–]?\\s*)?";
  /** A ModernGov meeting page's words that its minutes are on it: {@code Agenda and minutes}, {@code Agenda and decisions}. */
  static final String AGENDA_AND_MINUTES = "^agenda\\s+and\\s+(?:minutes|decisions)$";
  private static final Pattern MINUTES = Pattern.compile(
      "(?i)^" + TITLE_WORDS + "minutes?\\s+(?:of|from)\\s+(?:the\\s+|a\\s+|an\\s+)?"
      + "(?:proceedings|[\\w-]+\\s+)?.*\\b(?:meeting|proceedings|committee|council|cabinet|board|authority|panel|held|session|agm|egm)\\b.*"
      // "Planning Committee Minutes", "... Minutes | July 2021", "Selectmen’s Minutes 02.16.21"
      + "|^\\S.{2,80}\\s(?:meeting\\s+)?minutes(?:\\s*[|–-].*\\d{4}|\\s+\\d{1,2}[./]\\d{1,2}[./]\\d{2}(?:\\d{2})?"
      // their state after a dash, as Legistar prints it: "CITY OF OAKLAND Meeting Minutes - DRAFT", "Action Minutes - Final"
      + "|\\s*[-–]\\s*(?:draft|final|approved|unapproved|unconfirmed|revised|amended))?$"
      // the kind of meeting after the word: "ANN ARBOR CITY COUNCIL MINUTES REGULAR SESSION - DECEMBER"
      + "|^\\S.{2,80}\\sminutes\\s+(?:regular|special|adjourned|emergency|joint|ordinary|extraordinary|annual|work)\\s+(?:session|meeting)\\b.*"
      + "|" + AGENDA_AND_MINUTES + "|^record\\s+of\\s+decisions?\\b.*|^decision\\s+details$|^decisions?\\s+published$"
      + "|^decision\\s+notice\\b.*|^at\\s+a\\s+meeting\\s+of\\b.*\\bheld\\b.*|^reference\\s+from\\s+\\S.*"
      // "JOURNAL OF THE PROCEEDINGS OF THE REGULAR MEETING OF THE CITY": an Illinois city's minutes
      + "|^journal\\s+of\\s+(?:the\\s+)?proceedings\\s+of\\b.*"
      // in Welsh: "Cofnodion Cyfarfod Cyffredin y Cyngor a gynhaliwyd yng Nghanolfan Genus, ..." (minutes of the meeting)
      + "|^cofnodion\\s+(?:\\S+\\s+){0,2}(?:cyfarfod|gyfarfod)\\b.*");
  private static final Pattern AGENDA = Pattern.compile(
      "(?i:^(?:title\\s*:\\s*)?(?:\\(?(?:revised|amended|updated)\\)?\\s+)?(?:supplementary\\s+|meeting\\s+)?(?:agenda|a g e n d a|rhaglen):?$|^agenda\\s+for\\b.*|^notice\\s+(?:and\\s+agenda\\s+)?of\\b.*|^notice\\s+and\\s+agenda$|^agenda\\s*[-–—]\\s*(?:final|draft|revised|amended|preliminary)(?:\\s+revised)?$"
      // "AGENDA – April 24, 2019": the title and the meeting's date
      + "|^(?:revised\\s+)?agenda\\s*[-–—:]\\s*[\\w ,./]{4,40}?(?:19|20)\\d\\d$)"
      // "COUNCIL AGENDA", not minutes' "ADOPTION OF AGENDA"
      + "|^(?!(?i:(?:adoption|approval|confirmation|acceptance|amendments?|additions?|changes|adopt|approve)\\s+(?:of\\s+|to\\s+)?(?:the\\s+)?agenda))"
      + "(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,5}(?:AGENDA|Agenda)(?:\\s+(?:for|FOR)\\b.*)?$"
      + "|(?i:.*\\b(?:hereby\\s+summoned|are\\s+(?:hereby\\s+)?(?:requested|summoned|invited)\\s+to\\s+attend|would\\s+arrange\\s+to\\s+attend"
      + "|will\\s+hold\\s+(?:its|their)|"
      + "meeting\\s+to\\s+be\\s+held|notice\\s+is\\s+hereby\\s+given)\\b.*|^business$|^business\\s+to\\s+be\\s+transacted\\b.*)");
  /** Irish for "present": {@code I LATHAIR FREISIN:} (also present), {@code I Láthair:}. */
  private static final String IRISH_PRESENT_WORDS = "i\\s+l[aá]thair";
  private static final Pattern PRESENT = Pattern.compile(
      "(?i)^(?:(?:members|councillors|councilors|commissioners|trustees|board|council)\\s+)?(?:present|in\\s+attendance|roll\\s+call|attendance|(?:attending|attendees)(?=\\s*:)|presennol"
      + "|" + IRISH_PRESENT_WORDS + "(?:\\s+freisin)?(?=\\s*:))\\b\\s*[:\\-–]*.*");
  private static final List<String> AGENDA_WORDS = List.of("agenda", "a g e n d a", "rhaglen", "summon", "attend", "will hold",
      "to be held", "hereby given", "business");
  private static final Pattern PRESENT_WORDS = Pattern.compile("(?:members |councillors |councilors |commissioners |trustees |board |council )?(?:present|in attendance|roll call|attendance|attending\\s*:|attendees\\s*:|presennol|i l[aá]thair)");
  private static final Pattern REFERENCE = Pattern.compile("(?i)^\\(\\s*(?:agenda\\s+)?item\\s+\\d{1,3}[a-z]?\\s*\\)$");

  /** A clerk's stamp of the item a paper is filed under: {@code Item 153b}, {@code Agenda Item 4}. */
  private static final Pattern STAMP = Pattern.compile("(?i)^(?:agenda\\s+)?item(?:\\s+no\\.?)?\\s*\\d{1,3}[a-z]?$");

  /** A stamp's date: {@code 28 Mar 18}, {@code 28/03/2018}. */
  private static final Pattern STAMP_DATE = Pattern.compile("^\\d{1,2}(?:\\s+\\p{L}{3,9}\\s+|[/.-]\\d{1,2}[/.-])\\d{2,4}$");

  /**
   * A stamp at the top of a page, the date of the meeting it is filed for under it: {@code Item 153b} /
   * {@code 28 Mar 18} over minutes of 13 March, not their first item.
   */
  private static boolean stampAbove(List<Line> lines, int i) {
    boolean top = i == 0 || lines.get(i - 1).page() != lines.get(i).page();
    return top && STAMP.matcher(lines.get(i).text()).matches() && i + 1 < lines.size()
        && STAMP_DATE.matcher(lines.get(i + 1).text()).matches();
  }

  /** Each line's label, {@code lines} in document order. */
  static LineLabel[] label(List<Line> lines) {
    Set<String> running = running(lines);
    LineLabel[] labels = new LineLabel[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      boolean repeated = !running.isEmpty() && nearPageEdge(lines, i) && running.contains(shape(t));
      labels[i] = repeated && !(t.length() <= 16 && PAGE.matcher(t).matches()) ? RUNNING : of(t, Set.of());
      if (labels[i] == TEXT && agendaInFirstCell(lines.get(i))) {
        labels[i] = AGENDA_TITLE;
      }
      if (labels[i] == NUMBERED && stampAbove(lines, i)) {
        labels[i] = RUNNING;
      }
      if (labels[i] == NUMBERED && i > 0 && resolutionNumber(lines.get(i - 1).text(), t)) {
        labels[i] = TEXT;
      }
      if (labels[i] == MINUTES_TITLE && i > 0 && APPROVAL_OF_MINUTES.matcher(lines.get(i - 1).text()).matches()) {
        labels[i] = TEXT; // "APPROVAL OF MINUTES:" / "Minutes of November 9, 2022 City Council Regular Meeting."
      }
      if (labels[i] == TEXT && i < OPENING_LINES && lines.get(i).page() == lines.get(0).page()
          && (t.toLowerCase(Locale.ROOT).contains("held") || t.contains(" met ") || t.contains("convened") || t.startsWith("Meeting of"))
          && (WAS_HELD.matcher(t).matches() || i + 1 < lines.size() && !t.endsWith(".")
              && WAS_HELD.matcher(t + " " + lines.get(i + 1).text()).matches())) {
        labels[i] = MINUTES_TITLE; // "... convened in Regular" / "Session at the Wabasha County Courthouse": a sentence wrapped
      }
      if (labels[i] == TEXT && i < OPENING_LINES && i + 1 < lines.size() && lines.get(i + 1).page() == lines.get(0).page()
          && MINUTES_OF.matcher(t).lookingAt() && !MINUTES.matcher(t).matches()
          && MINUTES.matcher(t + " " + lines.get(i + 1).text()).matches()) {
        labels[i] = MINUTES_TITLE; // "MINUTES OF THE JUNE 13, 2023 REGULAR" / "MEETING OF THE PRESIDENT AND BOARD OF"
      }
      if (labels[i] == TEXT && i < OPENING_LINES && i + 2 < lines.size() && MINUTES_ALONE.matcher(t).matches()
          && lines.get(i + 1).text().regionMatches(true, 0, "of ", 0, 3)
          && MINUTES.matcher(t + " " + lines.get(i + 1).text() + " " + lines.get(i + 2).text()).matches()) {
        labels[i] = MINUTES_TITLE; // "Minutes" / "of the Meeting of the" / "Planning & Regulatory Committee"
      }
    }
    peopleUnderAttendance(lines, labels);
    return labels;
  }

  /**
   * The people listed one a line under "Present:", by initial and surname, are no lettered items: {@code Present:} / {@code
   * Mayor David Ryan} / {@code Councillors:} / {@code K. Ashe} / {@code D. Dickerson} / {@code Also Present:} / {@code T.
   * Prevedel - Chief Administrative Officer} (an Ontario city's), the list running on over its labels.
   */
  private static void peopleUnderAttendance(List<Line> lines, LineLabel[] labels) {
    for (int i = 0; i < lines.size(); i++) {
      if (labels[i] != ATTENDANCE) {
        continue;
      }
      for (int j = i + 1; j < lines.size() && j <= i + LISTED_PEOPLE; j++) {
        String t = lines.get(j).text();
        if (labels[j] == NUMBERED && INITIALLED_PERSON.matcher(t).matches()) {
          labels[j] = TEXT;
        } else if (labels[j] != ATTENDANCE && !LIST_LABEL.matcher(t).matches() && PersonNames.list(t).isEmpty()) {
          break;
        }
      }
    }
  }

  private static final int LISTED_PEOPLE = 40;
  /** A person by initial and surname, an office after a dash or comma: {@code K. Ashe}, {@code T. Prevedel - Chief Administrative Officer}. */
  private static final Pattern INITIALLED_PERSON = Pattern.compile(
      "^\\p{Lu}\\.\\s*(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{L}'’-]+(?:\\s+[-–,]\\s+\\S.*)?$");
  /** A label over part of a list of who attended: {@code Councillors:}, {@code Also Present:}, {@code Staff:}. */
  private static final Pattern LIST_LABEL = Pattern.compile("^\\p{Lu}[\\p{L} ]{2,30}:$");

  /**
   * A resolution's reference alone on its line under its result, no minute's number: {@code CARRIED} / {@code
   * WDC2006/17} (a New Zealand district council's, the next minute's heading below it unnumbered).
   */
  private static boolean resolutionNumber(String above, String line) {
    return line.indexOf(' ') < 0 && MinuteHeadings.RESULT_LINE.matcher(above.replaceAll("[\"“”]", "")).matches()
        && ItemNumber.parse(line).filter(n -> n.rest().isEmpty()).isPresent();
  }

  /**
   * An agenda's title in a table's first cell, the next cell beside it on the same line: {@code Meeting Agenda} |
   * {@code Council Chambers - 3rd} (a Legistar agenda's heading beside its address).
   */
  private static boolean agendaInFirstCell(Line line) {
    if (line.cells().isEmpty()) {
      return false;
    }
    String first = line.text().substring(0, line.cells().get(0)).strip();
    return first.toLowerCase(Locale.ROOT).contains("agenda") && AGENDA.matcher(first).matches();
  }

  /**
   * A numbered minute whose decision is told in its sentence, parsed once for both forms: a heading in capitals before
   * it, {@code 5. (551) POLICE REPORT: No report had been received, but it was agreed to invite ...} (the decision is the
   * minute's text), or a short one in any case with its colon, {@code 2. Minutes: Minutes of the 2011 AGM meeting were
   * read, approved, and signed off.} or its dash, {@code 3) Minutes – it was RESOLVED unanimously to agree and sign the
   * minutes ...}; or a numbered paragraph that tells its decision in prose, {@code 5. The council
   * voted in favour of agreement to the Minutes of the previous Annual General} (a minute, its decision inside it).
   */
  private static final int LABEL_WORDS = 4;
  /**
   * A numbered paragraph that opens telling its motion: {@code 1.     A motion was offered by Carlos A. Mayeux, Jr., seconded by
   * Van Kojis, to adopt} (a Louisiana school board's minutes, numbered paragraphs and no headings): a minute, its motion inside.
   */
  private static final Pattern NUMBERED_MOTION = Pattern.compile("^\\d{1,3}[.)]\\s+(?:A\\s+motion\\s+was|On\\s+(?:a\\s+)?motion\\s+(?:of|by))\\b");
  /**
   * A numbered title in capitals and a dash before the decision: {@code 3564   MINUTES – Resolved – That the minutes of the
   * meeting ...} (a minute, its decision inside it), not a decision's own word in capitals ({@code 5. RESOLVED that ...}).
   */
  private static final Pattern CAPITALS_DASH = Pattern.compile("^\\S{1,8}\\s+[\\p{Lu}][\\p{Lu}\\s'’&,/]{2,80}?\\s+[-–—:]\\s+\\S");

  private static boolean capitalsFirst(String t) {
    return CAPITALS_DASH.matcher(t).lookingAt() && MotionForms.soleMover(t).isEmpty(); // not "266/08   GANGE – That we ..."
  }

  /** A body as a sentence's subject, not a heading: {@code The Council}, {@code The Parish Council}, {@code Members}. */
  private static final Pattern BODY_SUBJECT = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:\\p{L}+\\s+){0,2}(?:council|committee|board|cabinet|panel|members|meeting|commission)$");
  private static boolean minuteFirst(String t) {
    return ItemNumber.parse(t).isPresent() && MinuteItemHeading.parse(t)
        .filter(h -> h.strength() == HeadingText.Strength.STRONG && !h.rest().isEmpty() && Lines.upperShare(h.title()) >= 0.75
            // a short label with its colon or dash, title case or not: "1. To elect Chairman: It was resolved to appoint ..."
            || h.strength() != HeadingText.Strength.NONE && !h.rest().isEmpty() && (t.contains(h.title() + ":") || t.contains(h.title() + " –")
                || t.contains(h.title() + " -")) && h.title().split("\\s+").length <= LABEL_WORDS
            // any title, its semicolon, then the motion: "2) Approval of September 6 and 20 Council meeting minutes; Foley made a"
            || h.strength() != HeadingText.Strength.NONE && !h.rest().isEmpty() && t.contains(h.title() + "; ")
            // a title in title case, then its decision's word in capitals: "4398   Appointment of Chairman RESOLVED that Councillor ..."
            // (not the sentence's subject: "5.3.2 The Council RESOLVED that they would like to take part ...")
            || h.strength() == HeadingText.Strength.STRONG && h.rest().startsWith("RESOLVED ") && !BODY_SUBJECT.matcher(h.title()).matches()
            || h.strength() == HeadingText.Strength.SENTENCE && !h.titleOnNextLine())
        .isPresent();
  }

  /**
   * Minutes that open by saying, in the past, that the meeting was held: {@code A meeting of the
   * Community Council was held Tuesday night February the 6th 2018 at 7.30pm in Bro}, {@code The Council’s Regular Monthly
   * Meeting was held on Monday, December 14, 2015}. Only at the top
   * of the first page: further on, such a sentence is a report's narrative. So do minutes that open "The minutes of the
   * twelfth regular meeting of the Council of ... held", and minutes that say the body met in
   * session: {@code The Cedar County Board of Supervisors met in regular session at 8:30 a.m., January 3,}; and minutes
   * that open naming their body in a sentence of its own: {@code Meeting of the Lincoln County Board of Commissioners. Present};
   * and minutes that say the body held it: {@code The Council of the Corporation of the Township of Melancthon held a meeting}.
   */
  private static final Pattern WAS_HELD = Pattern.compile(
      "(?i)^(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}meeting\\s+of\\s+.{3,100}?\\s+(?:was|were)\\s+held\\b.*"
      // "The Council’s Regular Monthly Meeting was held on Monday, December 14, 2015 at 7: pm in" (a PEI town's)
      + "|^(?:a|an|the)\\s+(?:[\\w&'’-]+\\s+){1,5}meeting\\s+was\\s+held\\s+(?:on|at|in)\\b.*"
      // "The minutes of the twelfth regular meeting of the Council of the Rural Municipality of Oakview held"
      + "|^the\\s+minutes\\s+of\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+){0,4}meeting\\s+of\\s+.{3,120}?\\s+held\\b.*"
      + "|^(?:the\\s+)?(?:[\\w&'’-]+\\s+){0,6}(?:council|board|committee|commission|authority|cabinet)(?:\\s+of\\s+[\\w'’-]+(?:\\s+[\\w'’-]+){0,3}?)?"
      + "\\s+(?:met|convened)\\s+(?:in\\s+)?(?:an?\\s+)?(?:regular|special|adjourned|recessed|continued|emergency|joint|ordinary)\\s+(?:session|meeting)\\b.*"
      // "The Council of the Corporation of the Township of Melancthon held a meeting on the 19th day": the body held it
      + "|^(?:the\\s+)?(?:[\\w&'’.-]+\\s+){0,4}?(?:council|board|committee|commission|authority|trustees)(?:\\s+of\\s+(?:[\\w&'’.-]+\\s+){0,8}?[\\w&'’.-]+)?"
      + "\\s+held\\s+(?:a|an|its|their)\\s+(?:[\\w-]+\\s+){0,3}meeting\\b.*"
      // "Meeting of the Lincoln County Board of Commissioners. Present were Commissioners": the body named in a sentence of its own
      + "|^meeting\\s+of\\s+the\\s+(?:[\\w&'’-]+\\s+){0,6}(?:council|board|committee|commission|authority)(?:\\s+of\\s+[\\w'’-]+(?:\\s+[\\w'’-]+){0,2})?\\.(?:\\s.*)?$");
  private static final int OPENING_LINES = 6;
  /** The minutes' word alone on its line, the title going on below: {@code Minutes} / {@code of the Meeting of the}. */
  private static final Pattern MINUTES_ALONE = Pattern.compile("(?i)^(?:draft\\s+|unconfirmed\\s+|approved\\s+)?minutes$");
  /** The start of a minutes title that may wrap before its meeting word: {@code MINUTES OF THE JUNE 13, 2023 REGULAR}. */
  private static final Pattern MINUTES_OF = Pattern.compile("(?i)^" + TITLE_WORDS + "minutes\\s+of\\s+");

  /**
   * A section's label in its cell, then the first item numbered beside it: {@code INFORMATION ITEMS: 1. Municipal Planning
   * Commission Minutes – October 4, 2019} is an agenda's item, not minutes' title.
   */
  private static final Pattern LABEL_THEN_ITEM = Pattern.compile("^[^:]{3,40}:\\s+\\d{1,2}[.)]\\s+\\p{Lu}");

  /** An agenda's heading for the minutes it approves: {@code APPROVAL OF MINUTES:}, {@code 3. Confirmation of the minutes}. */
  private static final Pattern APPROVAL_OF_MINUTES = Pattern.compile(
      "(?i)^(?:\\S{1,8}\\s+)?(?:approval|confirmation|adoption|approve|confirm|adopt)\\s+(?:of\\s+)?(?:the\\s+)?(?:previous\\s+|prior\\s+)?minutes\\s*[:.\\-–]?$"
      // what comes of them: "BUSINESS ARISING FROM MINUTES", "Matters arising from the minutes"
      + "|(?i)^(?:\\S{1,8}\\s+)?(?:business|matters?)\\s+arising\\s+(?:from|out\\s+of)\\s+(?:the\\s+)?(?:previous\\s+|prior\\s+|last\\s+)?minutes\\s*[:.\\-–]?$");

  /** Irish for "present" opening a line, whose "I" is no roman number. */
  private static final Pattern IRISH_PRESENT = Pattern.compile("(?i)^" + IRISH_PRESENT_WORDS + "\\b");

  /** The label of one line; {@code running} holds the shapes of the document's running headers. */
  static LineLabel of(String t, Set<String> running) {
    if (t.length() <= 16 && PAGE.matcher(t).matches()) {
      return PAGE_NUMBER;
    }
    if (!running.isEmpty() && running.contains(shape(t))) {
      return RUNNING;
    }
    if (REFERENCE.matcher(t).matches()) {
      return ITEM_REFERENCE;
    }
    Optional<DecisionStart> decision = DecisionStart.at(t);
    if (decision.isPresent() && !((decision.get().inProse() || NUMBERED_MOTION.matcher(t).lookingAt() || capitalsFirst(t)) && minuteFirst(t))) {
      return DECISION;
    }
    if (ItemNumber.parse(t).isPresent() && !IRISH_PRESENT.matcher(t).lookingAt()) {
      return NUMBERED;
    }
    // Cheap look-ups first: most lines name none of these and skip the patterns.
    String lower = t.toLowerCase(Locale.ROOT);
    // a title opens with a capital: "minutes of ordinary meeting of ... held on 11th December, 2020 as" goes on a sentence
    if (t.length() <= 300 && !Character.isLowerCase(t.codePointAt(0))
        && (lower.contains("minute") || lower.contains("decision") || lower.contains("meeting of") || lower.startsWith("reference from")
            || lower.startsWith("cofnodion"))
        && MINUTES.matcher(t).matches() && !prose(t) && !ATTACHMENT.matcher(t).lookingAt() && !LABEL_THEN_ITEM.matcher(t).find()
        && !APPROVAL_OF_MINUTES.matcher(t).matches() && !TOLD.matcher(t).find() && !APPROVAL_AT_END.matcher(t).find()) {
      return MINUTES_TITLE; // not the business of approving them: "ADOPTION OF MINUTES"
    }
    if (t.length() <= 200 && AGENDA_WORDS.stream().anyMatch(lower::contains) && AGENDA.matcher(t).matches()) {
      return AGENDA_TITLE;
    }
    if (lower.length() >= 7 && PRESENT_WORDS.matcher(lower).lookingAt() && PRESENT.matcher(t).matches() && !VOTE_ROLL_CALL.matcher(t).find()) {
      return ATTENDANCE;
    }
    return TEXT;
  }

  /**
   * An agenda's list of an item's papers, not their title: {@code Tab 1 - October 27, 2022 Minutes}, {@code Attachment A: Draft
   * Minutes}, {@code Attachments (a) 9/23/2020 ROGC Minutes} / {@code (b) 10/7/2020 ROGC Minutes}.
   */
  private static final Pattern ATTACHMENT = Pattern.compile(
      "(?i)^(?:(?:tab|attachment|exhibit|appendix|annex|enclosure|item)\\s+[\\w.]{1,4}\\s*[-–—:]\\s"
      // a list of what an agenda item attaches: "Attachments: Draft Minutes"
      + "|(?:attachments?|enclosures?|documents?|supporting\\s+documents?)\\s*(?::|(?=\\(?[a-z]\\)\\s))"
      // a lettered entry of such a list: "Attachments (a) 9/23/2020 ROGC Minutes" / "(b) 10/7/2020 ROGC Minutes"
      + "|\\(?[a-z]\\)\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}\\s)");

  /** An item whose business is approving minutes, after its number and subject: {@code RESOLUTION #326 – 3/2012 - Approval of Minutes}. */
  private static final Pattern APPROVAL_AT_END = Pattern.compile(
      "(?i)\\s[-–—]\\s+(?:approval|confirmation|adoption)\\s+of\\s+(?:the\\s+)?(?:previous\\s+|prior\\s+|last\\s+)?minutes\\s*$");
  /** A vote's roll call, not who attended: {@code ROLL CALL: Yeas (4) Mrs. Blum, Mrs. Carter, ...}. */
  private static final Pattern VOTE_ROLL_CALL = Pattern.compile("(?i)^roll\\s+call\\s*:?\\s*(?:yeas|ayes|yes|nays|noes)\\b");

  /**
   * What was done with minutes, in a sentence: {@code Minutes of the meeting of October 7, 2019 were presented for review.}
   * (the last meeting's minutes, not this one's title).
   */
  static final Pattern TOLD = Pattern.compile(
      "(?i)\\b(?:was|were)\\s+(?:presented|read|approved|adopted|circulated|confirmed|reviewed|accepted|received|signed|taken)\\b");

  /** A sentence that mentions minutes ("The meeting lasted 45 minutes") rather than a title. */
  private static boolean prose(String t) {
    String l = t.toLowerCase(Locale.ROOT);
    return !l.startsWith("minutes") && !l.startsWith("draft") && l.endsWith("minutes") && t.split("\\s+").length >= 5
        && HeadingText.of(t) != HeadingText.Strength.STRONG;
  }

  /**
   * The lines printed on at least three pages and a third of them, numbers aside: running
   * headers and footers. A document of one or two pages has none.
   */
  static Set<String> running(List<Line> lines) {
    Map<String, Set<Integer>> pages = new HashMap<>();
    Map<String, Set<String>> texts = new HashMap<>();
    Set<Integer> all = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      all.add(l.page());
      // The cheap tests first: only lines near a page's edge can be headers (splitting every line
      // into words first was 2.6% of a reindex).
      if (l.text().length() <= 200 && nearPageEdge(lines, i) && DecisionStart.at(l.text()).isEmpty()) {
        pages.computeIfAbsent(shape(l.text()), k -> new HashSet<>()).add(l.page());
        texts.computeIfAbsent(shape(l.text()), k -> new HashSet<>()).add(l.text().strip());
      }
    }
    Set<String> out = new HashSet<>();
    if (all.size() < 2) {
      return out;
    }
    List<String> keys = new ArrayList<>(pages.keySet());
    for (String k : keys) {
      int n = pages.get(k).size();
      if (all.size() == 2) {
        // two pages: a line of four words or more at the edge of both with its page's number at an end ("1 District Council of
        // Grant – Minutes of Meeting held 6 July 2020" at the foot of page 1 and "2 District Council ..." atop page 2)
        if (n == 2 && texts.get(k).size() == 2 && (k.startsWith("# ") || k.endsWith(" #")) && k.split(" ").length >= 5
            && k.chars().filter(Character::isLetter).count() >= 12) {
          out.add(k);
        }
        continue;
      }
      // A word or two ("MINUTES" under "BOARD OF ESTIMATES 3/17/10") runs only when on every page, or all but one
      boolean wordOrTwo = k.split(" ").length < 3;
      if (n >= 3 && (wordOrTwo ? n >= all.size() - 1 : n * 3 >= all.size()) && k.chars().filter(Character::isLetter).count() >= 4) {
        out.add(k);
      }
    }
    return out;
  }

  /** Among the first or last {@value #EDGE} lines of its page, where headers and footers are. */
  private static boolean nearPageEdge(List<Line> lines, int i) {
    int page = lines.get(i).page();
    return i - EDGE < 0 || lines.get(i - EDGE).page() != page
        || i + EDGE >= lines.size() || lines.get(i + EDGE).page() != page;
  }

  private static final int EDGE = 4;

  /** A line with its numbers made alike, for comparing headers across pages. */
  static String shape(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    boolean digits = false;
    for (int i = 0; i < t.length(); i++) {
      char c = Character.toLowerCase(t.charAt(i));
      if (Character.isDigit(c)) {
        if (!digits) {
          sb.append('#');
        }
        digits = true;
        continue;
      }
      digits = false;
      sb.append(Character.isWhitespace(c) ? ' ' : c);
    }
    return sb.toString().strip();
  }
}
