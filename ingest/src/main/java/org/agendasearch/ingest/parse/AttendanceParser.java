package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Attendee;

/**
 * Who attended a meeting, from its minutes: labelled lists and sentences.
 *
 * <pre>
 * PRESENT: Councillor Mrs L.A. Needham (Chairman), Councillor T.W. Hone      members present
 * In attendance: Amanda Glew (Clerk) and Lottie Platten (Cratus)            officers
 * ALSO PRESENT: Councillors R.L. Shakespeare-Smith                            others
 * Apologies: Ms R MacCallum , Mr D Myles                                      apologies
 * Regrets: CAO Lori Parker                                                    apologies (Canadian minutes)
 * ABSENT: Hernandez                                                            absent
 * Council Employees Present: RFO Clive Baker, Clerk Linda Evans              officers
 * Apologies from members. / Councillors Dowling and K MacLaren.                apologies, the list below
 * 1. To receive apologies and reasons for absence. / Cllr K Fox, Ms S Harvey    apologies, the list below
 * For Councillor Speca (24 votes) / Councillors Ashton, Bennett ...            present (no list: they voted)
 * Cllr Marsh / Cllr Lowes / Cllr Storer  (a line each, before the first item)  present
 * The other Councillors present were:- / Cllrs. M. Mulherin, J. Munnelly      members present
 * ... Mr J Alun Foulkes (Clerk). Also: County Councilor Mr Arfon Wyn          others after "Also:"
 * ... and Dan Ryan. Also present were City Manager Curt Boganey, ...           others after "Also present were"
 * MEMBERS / PRESENT: (then) COUNCILLORS: M. Douglass, Reeve / C. Amulung     a label column: wrapped labels, a block of lists,
 *   STAFF: K. Stephenson, Chief Administrative Officer                          one entry a line, the post after a comma
 * Staff Present: Chief Administrative Officer, S. Chambers / Curator, S. Gropp  one entry a line, the post before the comma
 * OTHERS IN / ATTENDANCE: S. Stanway, Brooks Bulletin                          others, their paper their role
 * Darcy Byrne | Councillor (6:31pm)  (a table row under "Present:")            a member, title Councillor
 * Council in Attendance: / Paul Gowing / ... Staff in Attendance: / Others in Attendance:   members, officers, others
 * Keith Roulston | The Blyth/Brussels Citizen  (a table row)                   a person, the paper they came for
 * Present: Chair: .Mrs S Walker : Secretary: Mr G M Beat: Treasurer: Mr J Kinnear   offices before their holders
 * ... Mr. M. Fitzpatrick, Mr. D. Fallon and Mr. / A. King, Directors of Service   a list goes on after a title
 * Vice Mayor Willie German, Jr. / Commissioner Michael Ramsey                 and after a suffix's full stop
 * </pre>
 *
 * A list runs on over the lines after its label until another label, a numbered item, a
 * heading, a decision or a sentence of the minutes. Sentences that say who attended are read by
 * {@link AttendanceSentences}.
 */
final class AttendanceParser {

  /** A list's label and what it says about the people on it. */
  record Section(String kind, String status) {}

  private static final Pattern LABEL = Pattern.compile(
      "(?i)^((?:(?:community|parish|town|city|county|council|board|elected|other)\\s+)?(?:members|councillors|councilors|commissioners|trustees|directors)\\s+present"
      // "Members present by video link:", "In attendance by video link:"
      + "(?:\\s+(?:by\\s+video(?:\\s+link)?|remotely|virtually|online|in\\s+person|via\\s+\\p{L}+)(?=\\s*:))?"
      + "|(?:those\\s+)?present|attendance|roll\\s+call|sederunt"
      + "|(?:council|board|commission)(?:\\s+members)?\\s+(?:present|in\\s+attendance)"
      + "|(?:(?:city|county|district|borough|unitary)(?:\\s*(?:&|and)\\s*(?:city|county|district|borough))?\\s+)(?:councillors|councilors|cllrs)"
      + "|(?:(?:parish|town|community)\\s+)?(?:councillors|councilors|cllrs|members)(?=\\s*:)"
      // a present list's parts: "Cabinet Members:" / "Councillors Foster, ..." / "Other Members:" / "Councillors Armstrong, ..."
      + "|(?:cabinet|committee|board|panel|executive|other|co-opted|independent|voting|non-voting)\\s+members(?=\\s*:)"
      // a community council's councillors of the wider council, who sit without a vote: "Ex Officio: Bailie Derek Scott, ..."
      + "|ex[\\s-]officio(?:\\s+members)?(?=\\s*:)|presiding(?=\\s*:)|in\\s+the\\s+chair(?=\\s*:)|attending(?=\\s*:)|(?:(?:vice|deputy)[\\s-]+)?chair(?:man|woman|person)?(?=\\s*:)"
      + "|in\\s+attendance(?:\\s+(?:by\\s+video(?:\\s+link)?|remotely|virtually|online|via\\s+\\p{L}+)(?=\\s*:))?|also\\s+(?:present|in\\s+attendance|attending)|also(?=\\s*:)"
      + "|(?:officers?|officials?)(?:\\s+(?:present|in\\s+attendance))?|staff(?:\\s+(?:present|in\\s+attendance))?"
      // "1.2 STAFF MEMBERS PRESENT" (a Northern Territory council's, under "1.1 ELECTED MEMBERS PRESENT")
      + "|(?:council\\s+)?(?:employees|staff|officers|officials)(?:\\s+members)?\\s+(?:present|in\\s+attendance)|members\\s+of\\s+(?:the\\s+)?public(?:\\s+present)?"
      + "|(?:the\\s+)?(?:other\\s+)?(?:councillors|councilors|members|(?:council\\s+)?staff|officers|officials)\\s+(?:present|in\\s+attendance)\\s+(?:were|was)"
      + "|(?:members|councillors|councilors|commissioners|trustees|directors|board|council|commission)\\s+absent|other\\s+attendees|attendees(?=\\s*:)"
      // "Council Excused: John Buikema, Councillor.": away with the body's leave, as regrets are; "Media Present: S. Bogdan"
      + "|(?:council|members|councillors|councilors|commissioners|trustees|directors)\\s+excused(?=\\s*:)|excused(?=\\s*:)"
      + "|media(?:\\s+present)?(?=\\s*:)"
      + "|others\\s+(?:present|in\\s+attendance)(?:\\s+(?:were|was)(?=\\s*:))?"
      // a body or its staff as the label: "CITY COUNCIL: Mayor Nancy Tyra-Lukens, Councilmembers ...", "CITY STAFF: ..."
      + "|(?:(?:city|town|village|county)\\s+)?(?:council|commission|board)(?:\\s+members)?(?=\\s*:\\s*\\p{Lu})"
      + "|(?:city|town|village|county|program|\\p{Lu}\\p{L}+\\s+attorney)\\s+staff(?=\\s*:)"
      + "|voting\\s+(?:and\\s+seating\\s+)?order"
      // an Irish council's labels: "Baill: Cllr's M. Fahy, J. Byrne" (members), "Oifigigh: Ms M Ni Chionna" (officials),
      // "I Láthair" (present), "Cathaoirleach  Cllr. Ivan Canning" (the chair)
      + "|baill|oifigigh|i\\s+l[áa]thair|cathaoirleach(?=\\s*:?\\s+(?:Cllr|Councillor|Comhairleoir)\\b)"
      + "|co-?optees?|(?:other\\s+)?(?:remote|virtual)\\s+(?:committee\\s+)?attendees?(?:\\s*\\([^)]*\\))?"
      + "|apolog(?:y|ies)(?:\\s+for\\s+absence)?\\s+(?:were|was)\\s+(?:received|submitted|tendered)\\s+(?:from|on\\s+behalf\\s+of)(?=\\s*:?\\s*$)"
      // a minute headed as its agenda worded it: "1. To receive apologies and reasons for absence." / "Cllr K Fox, ..."
      + "|(?:to\\s+)?(?:receive|accept|note|record)(?:\\s+and\\s+(?:accept|approve|note))?\\s+(?:any\\s+)?apologies(?:\\s+(?:for|and)\\s+[^:]{0,40}?)?\\.?"
      + "(?=\\s*:?\\s*$)"
      + "|(?:other\\s+)?apologies(?:\\s+for\\s+absence)?(?:\\s+from\\s+members\\.?(?=\\s*$))?|apology|regrets|absent(?:\\s+with(?:out)?\\s+(?:apolog(?:y|ies)|notice|reasons?|regrets))?|not\\s+present"
      // a label column with bulleted names: "Clerk • Gavin Mitchell, Head of Legal Services.", "Observing • Hayley Green, ..."
      + "|(?:clerk|observing|observers?)(?=\\s*•)"
      // the clerk on a line of their own: "Clerk: Mrs P. Plumridge"
      + "|(?:parish\\s+|town\\s+)?clerk(?=\\s*:\\s*(?:Mrs?|Ms|Miss|Dr)\\.?\\s))"
      + "\\s*(:-|:|-|–|—)?\\s*(.*)$");
  /** The end of a list told as a sentence, and what follows it: {@code ... and Bill Tuttle were present. City Attorney ...}. */
  private static final Pattern LIST_PRESENT = Pattern.compile("(?i)\\s+(?:were|was)\\s+(?:also\\s+)?(?:present|in\\s+attendance)\\b\\.?\\s*(.*)$");
  /** Others after a list's people: {@code . Also: County Councilor Mr Arfon Wyn}, {@code . Also present: ...}. */
  private static final Pattern ALSO = Pattern.compile(
      "\\.\\s+(?:Also|ALSO)(?:\\s+(?i:present|in\\s+attendance))?(?:\\s+(?i:were|was))?\\s*:?\\s*(.*)$");
  /** A line that is one member and nothing else: {@code Cllr Marsh}, {@code Councillor Jane Roe (Chair)}. */
  private static final Pattern LONE_MEMBER = Pattern.compile(
      "^(?:Cllr|CLLR|Councillor|COUNCILLOR|Councilor|Cr|Clr)\\.?\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}(?:\\s*\\([^)]{1,40}\\))?$");
  /** A vote's roll call: {@code Ayes: McGehee, Willmus}, {@code Nays: None.} */
  private static final Pattern VOTE_ROLL = Pattern.compile("(?i)^(?:ayes|yeas|nays|noes)\\s*:");
  /**
   * A name by its initials opening a line, which a lettered item number would also read: {@code J. Mee, M. Carty}, {@code A. Cox
   * (AC), S. Crew (SC), ...}.
   */
  private static final Pattern INITIALLED_NAME = Pattern.compile("^\\p{Lu}\\.\\s*(?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}'’-]+(?:\\s*\\([^()]{1,12}\\))?\\s*[,.]");
  /** A post's abbreviation that wraps a list's line, not its end: {@code Mr. A. de Lucia, Ex.} / {@code Planner, Ms. M. Crowley}. */
  private static final Pattern POST_ABBREVIATION_END = Pattern.compile(
      "(?i)\\b(?:Ex|Dir|Co|Sen|Snr|Asst|Admin|Exec|Dept|Eng|Mgr|Adm|Comm|Chief)\\.$");
  /**
   * A line that is one name by its initials, with a post after a comma or none: {@code C. Amulung}, {@code M. Douglass, Reeve},
   * {@code W. Douglas Caskey, County Administrator}.
   */
  private static final Pattern COLUMN_NAME = Pattern.compile(
      "^(?:\\p{Lu}\\.\\s*)+(?:\\p{Lu}\\p{Ll}+\\s+){0,2}(?:(?:de|van|von|le|la|du|da|di)\\s+)?\\p{Lu}[\\p{L}'’-]+(?:,\\s*(?!\\p{Lu}\\.)[^,]+)?$");
  /** A label's first words on a line of their own, its last on the next: {@code MEMBERS} / {@code PRESENT:}, {@code OTHERS IN} / {@code ATTENDANCE:}. */
  private static final Pattern LABEL_HEAD = Pattern.compile("(?i)^(?:members|councillors|councilors|staff|officers|others(?:\\s+in)?|also)$");
  /** A sentence that introduces the list below it: {@code ... met in regular session ... with the following in attendance:}. */
  private static final Pattern FOLLOWING_PRESENT = Pattern.compile(
      "(?i).*\\b(?:the\\s+following|those)(?:\\s+(?:members|councillors|councilors|commissioners|trustees|directors))?"
      + "\\s+(?:were\\s+)?(?:in\\s+attendance|present)\\s*:-?\\s*$");
  /**
   * A second run of names under the first, in the same block: {@code ... O’Brien and Treanor.} then
   * {@code Mr. D. Nelson, Co. Manager, Mr. M. Fitzpatrick, ...}; or the members under their chair's line:
   * {@code Councillor S. McGrath, County Mayor presided.} then {@code Councillors, Jeffers, D'Alton, Forde, ...}.
   */
  private static final Pattern TITLED_NAMES = Pattern.compile(
      "^(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+(?:\\p{Lu}\\.\\s*)+\\p{Lu}[\\p{L}'’-]+,"
      + "|(?:Councillors|Councilors|Councilmembers|Cllrs\\.?|Members|Commissioners|Trustees),?\\s+(?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}'’-]+,)");

  /**
   * The same sentence with the names after its colon on the line: {@code ... and the following commissioners present: James
   * McDonald, Freddie}, {@code following members being present: Commissioners John P. Bevec, Diana L. Irey and} ("the" on
   * the line above).
   */
  private static final Pattern FOLLOWING_THEN_NAMES = Pattern.compile(
      "(?i)(?:\\bthe\\s+|^)following(?:\\s+(?:members|councillors|councilors|commissioners|trustees|directors|aldermen|supervisors))?"
      + "\\s+(?:were\\s+|being\\s+)?(?:in\\s+attendance|present)\\s*:\\s*(?=\\p{Lu})");
  /** A list's label ending in the lawyers' "to wit": {@code ... with the following members present to-wit:}. */
  private static final Pattern TO_WIT = Pattern.compile("(?i),?\\s+to[-\\s]wit\\s*:");

  /** A sentence after a list, not an entry of it: {@code The Town Clerk and Deputy Town Clerk were in attendance.} */
  private static final Pattern SAID_ATTENDING = Pattern.compile("(?i)^the\\s+[^,.]{2,60}\\s(?:were|was)\\s+(?:also\\s+)?(?:in\\s+attendance|present)\\.?$");

  /** A line that is only who chaired: {@code COUNCILLOR HENIG in the Chair}, {@code Mayor Mrakas in the Chair;}. */
  private static final Pattern CHAIR_LINE = Pattern.compile("^(?:Councillor|COUNCILLOR|Cllr|CLLR|Councilor|Mayor|MAYOR|Cr|Mr|Mrs|Ms|Dr)\\.?\\s+"
      + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3},?\\s+(?:was\\s+)?in\\s+the\\s+[Cc]hair[.;]?$");

  /** A second status in a list's line after a full stop: {@code ... Hagood and Petrie. Absent – Fleet.} */
  private static final Pattern THEN_STATUS = Pattern.compile("(?i)\\.\\s+(?=(?:absent|excused|apologies|regrets)\\s*[:\\-–—])");

  /** An area's name in capitals, a label in a list's margin: {@code NORTH EAST}, {@code SOUTH CENTRAL}. */
  private static final Pattern AREA = Pattern.compile("^\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){0,2}$");
  private static final Pattern AREA_MEMBERS = Pattern.compile("^" + PersonNames.MEMBERS_TITLE + "\\s+\\p{Lu}");

  /** Members as a list's first line under a heading that gave its status: {@code Councillors: Mari Rees ac Annwen Daniels}. */
  private static final Pattern MEMBERS_LABEL = Pattern.compile("(?i)^(?:councillors|councilors|cllrs|members)\\s*:\\s*(\\p{Lu}.*)$");

  /** A sentence of apologies after a list that has no full stop: {@code An apology for absence was received from ...}. */
  private static final Pattern APOLOGY_OPENS = Pattern.compile("(?i)^(?:an\\s+|the\\s+)?apolog(?:y|ies)\\s+(?:for|from|were|was|had)\\b");

  /** A note after a list that has no full stop: {@code NOTE: It is at the Deputy Mayor's request that ...}. */
  private static final Pattern NOTE = Pattern.compile("^(?:NOTE|Note|N\\.B\\.|NB)\\s*:");

  /** Lines that end a list. */
  private static final Pattern STOP = Pattern.compile("(?i)^(?:the\\s+meeting|meeting\\s+(?:opened|commenced)|minutes?\\b|declarations?\\b|welcome\\b|chair(?:man|person)?'?s?\\s+(?:welcome|remarks|announcements))");
  private static final int MAX_LIST_LINES = 30;
  /** Attendance labels are read this far into a set of minutes whatever comes before them. */
  private static final int OPENING_LINES = 80;

  private AttendanceParser() {}

  /** Whether the words are a list's label: {@code Members present by video link}, {@code Apologies}. */
  static boolean isLabel(String words) {
    Matcher l = LABEL.matcher(words.strip() + ":");
    return l.matches() && l.group(3).isEmpty();
  }

  /** The attendance in a set of minutes' lines; lists are read up to line {@code listsEnd}. */
  static List<Attendee> parse(List<Line> body, LineLabel[] labels, int listsEnd) {
    Map<String, Attendee> out = new LinkedHashMap<>();
    int block = -1; // the line after the last list read: a label there opens the next list of the block
    for (int i = 0; i < body.size(); i++) {
      java.util.Optional<AttendanceRows.Columns> columns = labels[i] == LineLabel.ATTENDANCE && i < listsEnd
          ? AttendanceRows.columns(body, i) : java.util.Optional.empty();
      if (columns.isPresent()) {
        // "MEMBERS PRESENT   OTHERS PRESENT" over two columns of names: each column its label's list
        for (int side = 0; side < 2; side++) {
          Section section = section(columns.get().labels().get(side));
          for (String entry : side == 0 ? columns.get().left() : columns.get().right()) {
            add(out, entry, section, body.get(i).page());
          }
        }
        block = columns.get().end();
        i = columns.get().end() - 1;
        continue;
      }
      String t = body.get(i).text();
      if (labels[i] == LineLabel.NUMBERED) {
        t = ItemNumber.parse(t).map(ItemNumber::rest).orElse(t); // "Cou/285/07-08 Present"
      }
      t = t.contains("wit") ? TO_WIT.matcher(t).replaceFirst(":") : t;
      Matcher following = i < OPENING_LINES && t.contains("following") ? FOLLOWING_THEN_NAMES.matcher(t) : null;
      boolean announced = following != null && following.find();
      if (announced) {
        t = "Present: " + t.substring(following.end()); // "... presiding and the following commissioners present to wit: James McDonald,"
      }
      Matcher l = LABEL.matcher(FOLLOWING_PRESENT.matcher(t).matches() ? "Present:" : t);
      boolean labelled = l.matches() && (labels[i] == LineLabel.ATTENDANCE || labels[i] == LineLabel.TEXT
          || labels[i] == LineLabel.NUMBERED) && (i < listsEnd || labels[i] == LineLabel.ATTENDANCE && i < OPENING_LINES
              // "2.0 PRESENT" / "Mayor D E Flint, Deputy Mayor A J Downie, ...": a minute that is the list, after "1.0 OPENING"
              // "1. Community Councillors Present: Adele McGrath (Chair)," too, the names after its colon
              || labels[i] == LineLabel.NUMBERED && i < OPENING_LINES && (l.group(3).isEmpty() || ":".equals(l.group(2)))
              // "1.2 Roll Call" / "Municipal Clerk Brenda Moore, called the roll with the following Councillors present: ..."
              || i == block || announced || l.group(1).toLowerCase(Locale.ROOT).startsWith("apolog") || l.group(1).equalsIgnoreCase("regrets")
          || i < OPENING_LINES && l.group(1).toLowerCase(Locale.ROOT).startsWith("absent without"));
      if (labelled && l.group(1).matches("(?i)roll\\s+call|attendance")) {
        Matcher status = LABEL.matcher(l.group(3)); // "ROLL CALL: Present Catherine Atkin, President", "ROLL CALL: Present: Trustees ..."
        l = status.matches() && status.group(1).matches("(?i)present|absent|apologies") ? status : l;
      }
      if (labelled && i > 0 && LABEL_HEAD.matcher(body.get(i - 1).text()).matches()) {
        Matcher whole = LABEL.matcher(body.get(i - 1).text() + " " + t); // "OTHERS IN" / "ATTENDANCE:", a label column wrapped
        l = whole.matches() && whole.group(3).equals(l.group(3)) ? whole : l;
      }
      // "Present Mayor Wise, ..." (a table's label) but not "Apologies for absence were received from ...".
      boolean isList = labelled && !isProse(l.group(3)) && (l.group(2) != null || l.group(3).isEmpty()
          || !Character.isLowerCase(l.group(3).codePointAt(0)));
      if (isList) {
        Section section = section(l.group(1));
        if (l.group(3).startsWith("•")) {
          int j = bullets(out, body, labels, i, l.group(3), section);
          block = j;
          i = j - 1;
          continue;
        }
        // "Roll call: present – Niepoth, Kotz, Hagood and Petrie. Absent – Fleet.": a second status after the first list's stop
        Matcher then = l.group(3).contains(". ") ? THEN_STATUS.matcher(l.group(3)) : null;
        boolean twoStatuses = then != null && then.find();
        // Legistar's count before the names: "Present 8 - - Dan Kalb, Larry Reid, ..."
        String head = PersonNames.withoutCount(twoStatuses ? l.group(3).substring(0, then.start() + 1) : l.group(3));
        String tail = twoStatuses ? l.group(3).substring(then.start() + 1).strip() : null;
        String first = postRow(head).orElse(head);
        if (tail != null) {
          Matcher second = LABEL.matcher(tail);
          if (second.matches()) {
            add(out, second.group(3), section(second.group(1)), body.get(i).page());
          }
        }
        StringBuilder list = new StringBuilder(first);
        List<String> entries = new ArrayList<>(first.isBlank() ? List.of() : List.of(first.strip()));
        int j = i + 1;
        // "BOARD ABSENT: J.RACICH." / "OTHERS" / "PRESENT:": a list closed on its label's line
        boolean closed = !first.isBlank() && j < body.size() && closes(first, body.get(j).text())
            && LABEL_HEAD.matcher(body.get(j).text().strip()).matches();
        for (; !closed && j < body.size() && j <= i + MAX_LIST_LINES; j++) {
          if (AttendanceRows.markRow(out, body.get(j))) {
            continue; // "Councillors:" then "P     Peter Crew (Chairman)", "P  Felicity Baker  |  A  David Shopland"
          }
          String next = AttendanceRows.row(body.get(j));
          Matcher announcing = next.contains("following") ? FOLLOWING_THEN_NAMES.matcher(next) : null;
          if (announcing != null && announcing.find()) {
            // "1.2 Roll Call" / "Municipal Clerk Brenda Moore, called the roll with the following Councillors present: ...": the
            // names start after the sentence that announces them
            list.setLength(0);
            entries.clear();
            next = next.substring(announcing.end());
          }
          if (AttendanceRows.rollRow(out, next, body.get(j).page())) {
            continue; // "ROLL CALL:" then "Hall-Harper  Present  Bengel  Present"
          }
          boolean namesGoOn = labels[j] == LineLabel.NUMBERED && (list.toString().matches("(?s).*(?:,|\\b(?:Mr|Mrs|Ms|Dr)\\.?)\\s*$")
              && INITIALLED_NAME.matcher(next).lookingAt() // "... P. McGuinness," / "J. Mee, M. Carty, ..."
              || !entries.isEmpty() && COLUMN_NAME.matcher(entries.get(entries.size() - 1)).matches()
                  && COLUMN_NAME.matcher(next).matches() && Lines.upperShare(next) < 0.9); // "M. Douglass, Reeve" / "C. Amulung"
          if (CHAIR_LINE.matcher(next).matches()) {
            // "PRESENT" / "COUNCILLOR HENIG in the Chair" / "Cabinet Members:": the chair on a line of their own
            int page = body.get(j).page();
            AttendanceSentences.chair(next).ifPresent(c -> add(out, c, new Section("member", "present"), page));
            continue;
          }
          Matcher kind = list.isEmpty() ? MEMBERS_LABEL.matcher(next) : null;
          if (kind != null && kind.matches()) {
            next = kind.group(1); // "10457/04/19 APOLOGIES" / "Councillors: Mari Rees ac Annwen Daniels": who, under the heading's status
          }
          var row = LABEL.matcher(next).matches() ? java.util.Optional.<String>empty() : postRow(next);
          if (row.isPresent()) {
            list.append(list.isEmpty() ? "" : ", ").append(row.get()); // "Councillor: Alvin Schultz" under "Present: Deputy Mayor: ..."
            entries.add(row.get());
            continue;
          }
          if (ward(next, body, j + 1)) {
            continue; // "NORTH EAST" / "Comhairleoirí K. O’Flynn, J. Maher, ...": a ward's name in the margin beside its members
          }
          if (!namesGoOn && (ends(next, labels[j]) || LABEL.matcher(next).matches() || VOTE_ROLL.matcher(next).lookingAt()
              || SAID_ATTENDING.matcher(next).matches() || AttendanceSentences.sentApologies(next)
              || APOLOGY_OPENS.matcher(next).lookingAt() || NOTE.matcher(next).lookingAt()
              || !list.isEmpty() && !AttendanceRows.cutShort(list.toString()) && sentence(next))) {
            // the list ends, the next list begins, or it was a vote's roll call ("Roll Call" / "Ayes: ...")
            break;
          }
          list.append(list.isEmpty() ? "" : AttendanceRows.entryEnds(list) ? ", " : " ").append(next);
          entries.add(next.strip());
          boolean wardBelow = j + 1 < body.size() && ward(body.get(j + 1).text(), body, j + 2); // "... G. Keohane." / "NORTH WEST"
          if (!wardBelow && closes(next, j + 1 < body.size() ? body.get(j + 1).text() : "")) {
            j++;
            break;
          }
        }
        block = j;
        if (add(out, AttendanceRows.column(entries).orElse(list.toString()), section, body.get(i).page()) > 0) {
          j = staffByPost(out, body, labels, j);
          i = j - 1;
          continue;
        }
        // no one named in it: a heading ("Apologies") whose people are told in a sentence below
      }
      var apology = AttendanceSentences.apology(body, labels, i);
      if (apology.isPresent()) {
        add(out, apology.get().who(), apology.get().section(), body.get(i).page());
        continue;
      }
      if (i < listsEnd && AttendanceRows.rollRow(out, t, body.get(i).page())) {
        continue;
      }
      int run = i;
      while (run < listsEnd && run < body.size() && LONE_MEMBER.matcher(body.get(run).text()).matches()) {
        run++;
      }
      if (run - i >= 2) {
        // "Cllr Marsh" / "Cllr Lowes" / ...: the members present, a line each, with no label
        for (int k = i; k < run; k++) {
          add(out, body.get(k).text(), new Section("member", "present"), body.get(k).page());
        }
        i = run - 1;
        continue;
      }
      if (i < listsEnd && labels[i] != LineLabel.DECISION) {
        said(out, AttendanceSentences.present(AttendanceSentences.joinSentence(body, i), t.length()), body.get(i).page());
      } else if (i < OPENING_LINES && labels[i] == LineLabel.TEXT && !out.isEmpty()) {
        // under the first item: "... called the meeting to order at 7:00 p.m. Councilmember Butcher was absent."
        said(out, AttendanceSentences.present(AttendanceSentences.joinSentence(body, i), t.length()).stream()
            .filter(s -> s.section().status().equals("absent")).toList(), body.get(i).page());
      }
      var chair = i < OPENING_LINES ? AttendanceSentences.chair(t) : java.util.Optional.<String>empty();
      if (chair.isPresent()) {
        // "Councillor Shaw, Convener, presided.", "The Cathaoirleach, Cllr. H. Kenny, was in the Chair."
        add(out, chair.get(), new Section("member", "present"), body.get(i).page());
      }
    }
    if (out.isEmpty()) {
      votersPresent(out, body, labels);
    }
    return List.copyOf(out.values());
  }

  /** The staff named by their posts in the paragraph at {@code at} ({@link StaffByPost}); the line after it, or {@code at}. */
  private static int staffByPost(Map<String, Attendee> out, List<Line> body, LineLabel[] labels, int at) {
    StringBuilder paragraph = new StringBuilder();
    for (int j = at; j < body.size() && j < at + StaffByPost.MAX_LINES && labels[j] == LineLabel.TEXT; j++) {
      String t = body.get(j).text().strip();
      paragraph.append(paragraph.isEmpty() ? "" : " ").append(t);
      if (t.endsWith(".")) {
        var staff = StaffByPost.of(paragraph.toString());
        staff.ifPresent(people -> people.forEach(p -> put(out, p, new Section("officer", "present"), body.get(at).page())));
        return staff.isPresent() ? j + 1 : at;
      }
    }
    return at;
  }

  /**
   * A list whose entries are bullets, one person each, a bullet's words going on over lines without one:
   * {@code In Attendance • John W Mundell, Interim Chief Executive.} / {@code • Gavin Barr, Executive Director of
   * Development and Infrastructure (for} / {@code Items 1 to 23).}; it ends at the next label or a line that ends lists.
   * Returns the line after it.
   */
  private static int bullets(Map<String, Attendee> out, List<Line> body, LineLabel[] labels, int at, String first, Section section) {
    List<StringBuilder> entries = new ArrayList<>();
    entries.add(new StringBuilder(first.substring(1).strip()));
    int j = at + 1;
    for (; j < body.size() && j <= at + MAX_LIST_LINES; j++) {
      String next = body.get(j).text().strip();
      if (ends(next, labels[j]) || LABEL.matcher(next).matches()) {
        break;
      }
      if (next.startsWith("•")) {
        entries.add(new StringBuilder(next.substring(1).strip()));
      } else if (!entries.get(entries.size() - 1).toString().endsWith(".")) {
        entries.get(entries.size() - 1).append(' ').append(next); // "(for" / "Items 1 to 23)."
      } else {
        break;
      }
    }
    for (StringBuilder e : entries) {
      // one person a bullet: the name to its first comma, the post after it ("Executive Director of Development and
      // Infrastructure (for Items 1 to 23)", not a list of its own)
      String entry = e.toString().replaceFirst("\\.$", "");
      int comma = entry.indexOf(", ");
      List<PersonNames.Person> who = comma > 0 ? PersonNames.list(entry.substring(0, comma)) : List.of();
      if (who.size() == 1 && who.get(0).role() == null) {
        PersonNames.Person p = who.get(0);
        put(out, new PersonNames.Person(p.name(), p.title(), entry.substring(comma + 2).strip(), p.remote()), section, body.get(at).page());
      } else {
        add(out, entry, section, body.get(at).page());
      }
    }
    return j;
  }

  /** A recorded vote's side: {@code For Councillor Speca (24 votes)}, {@code Against}, {@code Abstained (2)}. */
  private static final Pattern VOTE_SIDE = Pattern.compile(
      "(?i)^(?:for|against|abstain(?:ed|ing)?|abstentions?|ayes|noes|nays|yeas)\\b[^.:]{0,60}$");

  /**
   * Minutes with no attendance list that record a vote by name: whoever voted was there.
   * {@code For Councillor Speca (24 votes)} / {@code Councillors Ashton, Bennett, ... and Wilson.}
   */
  private static void votersPresent(Map<String, Attendee> out, List<Line> body, LineLabel[] labels) {
    for (int i = 0; i + 1 < body.size(); i++) {
      if (VOTE_SIDE.matcher(body.get(i).text()).matches()
          && body.get(i + 1).text().matches("(?i)^(?:councillors|councilors|cllrs|members)\\b.*")) {
        add(out, AttendanceSentences.sentence(body, labels, i + 1), new Section("member", "present"), body.get(i + 1).page());
      }
    }
  }

  /**
   * Adds the people that sentences said attended; a sentence that says someone was absent ({@code Councilmember Butcher
   * was absent.}) overrides a list of the body's members above it.
   */
  private static void said(Map<String, Attendee> out, List<AttendanceSentences.Said> said, int page) {
    for (AttendanceSentences.Said s : said) {
      if (s.section().status().equals("absent") && markAbsent(out, s.who())) {
        continue;
      }
      add(out, s.who(), s.section(), page);
    }
  }

  /**
   * A table's row of a post, its colon and a name: {@code Councillor: Alvin Schultz}, {@code PW Superintendent: Keith
   * Heintz}, as {@code Alvin Schultz (Councillor)}; not a list's own label ({@code Absent: ...}).
   */
  private static java.util.Optional<String> postRow(String t) {
    Matcher row = t.indexOf(':') > 0 ? POST_ROW.matcher(t.strip()) : OFFICE_ROW.matcher(t.strip());
    if (!row.matches() || LIST_LABEL.matcher(row.group(1)).lookingAt()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(row.group(2) + " (" + row.group(1).replaceFirst("(?i)^in\\s+the\\s+chair$", "Chair") + ")");
  }

  /** An office and its holder in a label column with no colon: {@code In the chair Stan Paterson}, {@code Vice-chair Jim Gardiner}. */
  private static final Pattern OFFICE_ROW = Pattern.compile(
      "^((?i:in\\s+the\\s+chair|(?:vice|deputy)[\\s-]+chair(?:man|woman|person)?|chair(?:man|woman|person)?|(?:minute\\s+)?secretary|treasurer"
      + "|convener|clerk))\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2})$");

  private static final Pattern POST_ROW = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’/&.-]*(?:\\s+\\p{L}[\\p{L}'’/&.-]*){0,3})\\s*:\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})$");
  /** The labels that open a list rather than name a post. */
  private static final Pattern LIST_LABEL = Pattern.compile(
      "(?i)^(?:present|absent|apolog|regrets|attendance|also|in\\s+attendance|others|staff|officers|officials|roll|excused|media|members|councillors|councilors)");

  private static boolean ends(String line, LineLabel label) {
    return label == LineLabel.NUMBERED || label == LineLabel.DECISION || label == LineLabel.MINUTES_TITLE
        || label == LineLabel.AGENDA_TITLE || STOP.matcher(line).lookingAt()
        || Lines.upperShare(line) >= 0.9 && line.split("\\s+").length >= 2 && !line.contains(",")
        || HEADING_WORD.matcher(line).find() && Lines.upperShare(line.replaceAll("\\([^)]*\\)", "")) >= 0.9; // "ORAL COMMUNICATIONS, AGENDA (Public Comment)"
  }

  /** A word of a heading in capitals, not of a list of surnames in capitals: {@code ORAL COMMUNICATIONS, AGENDA}. */
  private static final Pattern HEADING_WORD = Pattern.compile(
      "\\b(?:COMMUNICATIONS?|AGENDA|BUSINESS|MINUTES|REPORTS?|ITEMS?|CALENDAR|ADJOURNMENT|COMMENTS?|APPROVAL|ORDER|MATTERS)\\b");

  /** A member's or a person's title inside a line: {@code ... and Cllr Brockway (WLDC, LCC) ...}. */
  private static final Pattern TITLE_WORD = Pattern.compile("\\b(?:Cllrs?|Councill?ors?|Crs?|Mrs?|Ms|Miss|Dr)\\b");

  /**
   * A sentence's first line, no list's: eight words or more, most of them in lower case, a capital and then a small word
   * first, and no member's title ({@code In the absence of Chairman Brown, Vice - Chairman Bradshaw called the meeting to};
   * not {@code There were 6 members of the public in attendance, and Cllr Brockway (WLDC, LCC), and Cllr}).
   */
  private static boolean sentence(String line) {
    if (!line.matches("^\\p{Lu}\\p{Ll}*\\s+\\p{Ll}.*") || TITLE_WORD.matcher(line).find()) {
      return false;
    }
    String[] words = java.util.Arrays.stream(line.strip().split("\\s+")).filter(w -> w.matches(".*\\p{L}.*")).toArray(String[]::new);
    return words.length >= 8 && java.util.Arrays.stream(words).filter(w -> w.matches("\\p{Ll}[\\p{Ll}'’-]*[,.;:]?")).count() * 2 > words.length;
  }

  /** Whether a list's line ends it with a full stop, not an initial's or a post's, and no titled name goes on below. */
  private static boolean closes(String line, String below) {
    return line.endsWith(".") && !line.matches(".*\\b(?:\\p{Lu}|Mr|Mrs|Ms|Dr|Cllr|Cr|Jr|Sr)\\.$") && !POST_ABBREVIATION_END.matcher(line).find()
        && !TITLED_NAMES.matcher(below).lookingAt();
  }

  /** Whether {@code line} is a ward's name in the margin ({@code NORTH EAST}) with its members on line {@code members} of the body. */
  private static boolean ward(String line, List<Line> body, int members) {
    return members < body.size() && AREA.matcher(line).matches() && AREA_MEMBERS.matcher(body.get(members).text()).lookingAt();
  }

  /** A label followed by a sentence ("Present: the Chair welcomed ...") rather than a list. */
  private static boolean isProse(String rest) {
    // "A. Paul Burton, Interim County Attorney": an initial, not the article
    return rest.matches("(?i)^(?:the|a(?!\\.)|an|it|there|all|none|nil|no|n/a|and|for|of|to|were|was)\\b.*") && !rest.matches("(?i)^(?:none|nil|n/a)\\.?$")
        && !OFFICER_NAMED.matcher(rest).lookingAt();
  }

  /**
   * An officer's post, then the name: {@code The Clerk Mrs. J. Warner, ...} is a list, not a sentence; so is a mayor's
   * office, then the name in brackets ({@code The Right Honourable the Lord Mayor (Councillor Rodgers)}).
   */
  private static final Pattern OFFICER_NAMED = Pattern.compile(
      "(?i)^the\\s+(?:[\\w-]+\\s+){0,3}?(?:clerk|manager|executive|officer|secretary|treasurer|administrator|engineer|director)"
      + "\\s*,?\\s+(?:mr|mrs|ms|miss|dr)\\b"
      // "The Right Honourable the Lord Mayor (Councillor Rodgers) (Chairman); the Deputy Lord Mayor (Councillor Kelly); ..."
      + "|(?i)^the\\s+(?:right\\s+(?:honourable|worshipful)\\s+(?:the\\s+)?)?(?:(?:deputy|lord)\\s+)*(?:mayor|provost|chairman|chairperson)\\s*\\(");

  private static Section section(String label) {
    String l = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (l.startsWith("apolog") || l.contains("with apolog") || l.contains("with regrets") || l.startsWith("other apolog") || l.equals("regrets")
        || l.matches("(?:to )?(?:receive|accept|note|record)\\b.*\\bapolog.*") || l.endsWith("excused")) {
      return new Section("member", "apologies");
    }
    if (l.startsWith("absent") || l.startsWith("not present") || l.endsWith(" absent")) {
      return new Section("member", "absent");
    }
    if (l.matches("members of (?:the )?public.*")) {
      return new Section("other", "present");
    }
    if (l.startsWith("other attendees") || l.startsWith("others") || l.startsWith("media")) {
      return new Section("other", "present");
    }
    if (l.startsWith("clerk") || l.startsWith("observ") || l.matches("(?:parish|town) clerk")) {
      return new Section("officer", "present");
    }
    if (l.matches("(?:(?:city|town|village|county) )?(?:council|commission|board)(?: members)?")) {
      return new Section("member", "present");
    }
    if (l.startsWith("in attendance") || l.equals("attending") || l.startsWith("officer") || l.startsWith("official") || l.startsWith("staff")
        || l.equals("oifigigh")
        || l.endsWith(" staff")
        || l.contains("employees") || l.matches("(?:the )?(?:council )?(?:staff|officers|officials).*")) {
      return new Section("officer", "present");
    }
    if (l.matches("(?:remote|virtual).*")) {
      return new Section("member", "virtual");
    }
    if (l.matches("other\\s+(?:remote|virtual).*")) {
      return new Section("other", "virtual");
    }
    if (l.startsWith("also") || l.startsWith("ex") || l.matches("(?:city|county|district|borough|unitary)\\b.*")) {
      return new Section("other", "present");
    }
    return new Section("member", "present");
  }

  /** A list of people by their initials alone: {@code DM, LM, JC, MB}, {@code DM, LM and JC.} */
  private static final Pattern INITIALS_LIST = Pattern.compile("^\\p{Lu}{2,4}(?:\\s*(?:,|&|\\band\\b)\\s*\\p{Lu}{2,4})*\\.?$");

  /**
   * The people a list above named with their initials in brackets ({@code David Millar (DM)}), given the section's status
   * where a later list names them by those initials alone; how many it found.
   */
  private static int byInitials(Map<String, Attendee> out, String list, Section section) {
    int found = 0;
    for (String initials : list.replaceAll("[^\\p{Lu}]+", " ").strip().split(" ")) {
      for (Map.Entry<String, Attendee> e : out.entrySet()) {
        Attendee a = e.getValue();
        if (initials.equals(a.role())) {
          e.setValue(new Attendee(a.name(), a.title(), null, a.kind(), section.status(), a.page()));
          found++;
        }
      }
    }
    return found;
  }

  /** Marks the people named as absent where a list above named them; whether it named anyone listed. */
  private static boolean markAbsent(Map<String, Attendee> out, String who) {
    boolean marked = false;
    for (PersonNames.Person p : PersonNames.list(who)) {
      String key = PersonNames.key(p.name());
      for (Map.Entry<String, Attendee> e : out.entrySet()) {
        Attendee a = e.getValue();
        if (sameMember(e.getKey(), key)) {
          e.setValue(new Attendee(a.name(), a.title(), a.role(), a.kind(), "absent", a.page()));
          marked = true;
        }
      }
    }
    return marked;
  }

  /** Whether two people's keys name the same member: the same key, or one the other's surname ("sherry butcher", "butcher"). */
  private static boolean sameMember(String key, String other) {
    return !other.isEmpty() && (key.equals(other) || key.endsWith(" " + other) || other.endsWith(" " + key));
  }

  /** Adds one person, unless already there; whether someone was named. */
  private static boolean put(Map<String, Attendee> out, PersonNames.Person p, Section section, int page) {
    String key = PersonNames.key(p.name());
    if (key.isEmpty() || out.containsKey(key)) {
      return !key.isEmpty();
    }
    String kind = section.kind();
    if (kind.equals("member") && p.role() != null && PersonNames.officerRole(p.role()) && p.title() == null) {
      kind = "officer";
    }
    String status = section.status().equals("present") && p.remote() ? "virtual" : section.status();
    out.put(key, new Attendee(p.name(), p.title(), p.role(), kind, status, page));
    return true;
  }

  /** Adds the people of a list; returns how many it named. */
  private static int add(Map<String, Attendee> out, String list, Section section, int page) {
    int named = 0;
    Matcher present = LIST_PRESENT.matcher(list);
    String after = null;
    if (present.find()) {
      // "... and Bill Tuttle were present. City Attorney Bill Kabeiseman was also present."
      after = present.group(1);
      list = list.substring(0, present.start());
    }
    Matcher also = ALSO.matcher(list);
    String others = null;
    if (also.find()) {
      // "... & Mr J Alun Foulkes (Clerk). Also: County Councilor Mr Arfon Wyn"
      others = also.group(1);
      list = list.substring(0, also.start());
    }
    if (INITIALS_LIST.matcher(list.strip()).matches() && !section.status().equals("present")) {
      return byInitials(out, list, section); // "Apologies- DM, LM, JC, MB" under "Attendees: ... David Millar (DM), ..."
    }
    String text = list
        .replaceFirst("(?i)^(?:were|was)\\s+(?:received|submitted|tendered|noted)\\s+(?:from|by|on\\s+behalf\\s+of)\\s*:?\\s*", "")
        .replaceFirst("(?i)^(?:councillors?|members)\\s*:\\s*", "Councillors ")
        .replaceAll("(?i)\\s*:?\\s*\\b(chair(?:man|woman|person)?|vice[\\s-]+chair(?:man|woman|person)?|secretary|treasurer|clerk)\\s*:\\s*\\.?\\s*",
            ", $1 "); // "Chair: .Mrs S Walker : Secretary: Mr G M Beat": an office and its holder
    for (PersonNames.Person p : PersonNames.list(text)) {
      named += put(out, p, section, page) ? 1 : 0;
    }
    if (others != null) {
      named += add(out, others, new Section("other", section.status()), page);
    }
    if (after != null) {
      said(out, AttendanceSentences.present(after, after.length()), page);
    }
    return named;
  }
}
