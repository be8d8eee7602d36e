package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's names as minutes print them, with their honorifics and roles apart:
 *
 * <pre>
 * Councillor Mrs L.A. Needham (Chairman)     title "Councillor", name "Mrs L.A. Needham" -> "L.A. Needham", role "Chairman"
 * Councillors Boag, Browne and Chrystal      three names, each title "Councillor"
 * Mayor Heather Kibbey                       name "Heather Kibbey", role "Mayor"
 * Amanda Glew (Clerk)                        name "Amanda Glew", role "Clerk"
 * IAN MITCHELL, Planning Adviser             name "IAN MITCHELL", role "Planning Adviser"
 * Cr Penetaui Kleskovic (virtually)          attended remotely
 * Reeve M. Douglass                          name "M. Douglass", role "Reeve" (a Canadian county's head)
 * Mayor N. Salonen, Councillor S. Cressman   an office or title before initials stays with its name
 * Chair Mrs S Walker                         name "S Walker", role "Chair" (not "Chair" | "Mrs S Walker")
 * S Hughes (SH) Chair, P March (PM) vice-chair   an office after the name, not the initials in brackets
 * Gary M. Jackson (City Manager)             one name with a middle initial, not "Gary" | "M. Jackson"
 * R.L. Shakespeare-Smith (Chairman of X, Lorna Kercher (Chairman of Y)   a bracket left open closes at the comma
 * Jennifer Whitley, Coordinator, Economic Development/ Communications   a lone post ("Coordinator") is no one
 * Darcy Byrne (Councillor) (6:31pm)          an arrival time in brackets is no role
 * Director of Public Works Doran Cote        name "Doran Cote", role "Director of Public Works"
 * Village Manager Michael R. Couzzo, Jr.     name "Michael R. Couzzo Jr." (a suffix after a comma is the name's)
 * Planner and Zoning Administrator Ginny McIntosh   one post joined by "and", then the name (not: "..., Officer and N O’Brien")
 * Mary Mullen, TimeSaver Off Site Secretarial, Inc.   name "Mary Mullen", role the firm
 * Perth &amp; Kinross Council (PKC) Clrs Giacopazzi and Robertson   an organisation is no one; two councillors
 * </pre>
 */
final class PersonNames {

  /** One person read from a list. */
  record Person(String name, String title, String role, boolean remote) {}

  /** Honorifics and offices printed before a name, singular and plural (Irish minutes' {@code Comhairleoirí} too). */
  private static final Pattern TITLE = Pattern.compile(
      "^(?i:(county\\s+|cty\\.?\\s+|district\\s+|town\\s+|parish\\s+)?(councillors?|councilors?|councilmembers?|council\\s+members?|board\\s*members?|committee\\s+members?|c?cllrs?\\.?|cllr['’]s|c?clrs?\\.?|crs?\\.?"
      + "|comhairleoir[íi]?|commissioners?|supervisors?|trustees?|aldermen|alderman|alderpersons?|selectmen|selectman|selectwomen|selectwoman|councilmen|councilman|councilwomen|councilwoman|select\\s*board\\s+members?|ald\\.?|directors?|members?|messrs\\.?|mrs\\.?|mr\\.?|ms\\.?|miss\\.?|dr\\.?"
      + "|prof\\.?|rev\\.?|fr\\.?|sir|dame|lord|lady|baillies?|bailies?|provost|hon\\.?|(?:his|her)\\s+(?:worship|honou?r)))\\s+(?!of\\s)");
  /** The degree of an office before its name: {@code Deputy Mayor}, {@code Vice-Chairman}, {@code Acting Mayor}. */
  private static final String OFFICE_DEGREE = "(?:deputy\\s+|vice[\\s-]+|acting\\s+)?";
  /** The offices that head a body: {@code Mayor}, {@code Mayor Pro Tem}, {@code Reeve}, {@code Chairman}. */
  private static final String HEAD_OFFICES = "mayor(?:\\s+pro\\s+tem(?:pore)?)?|reeve|warden|chair(?:man|woman|person)?";
  /** Offices that are roles when they open a name: {@code Mayor Heather Kibbey}, {@code Deputy Mayor Brosnan}. */
  private static final Pattern ROLE_BEFORE = Pattern.compile(
      "^(?:the\\s+)?(" + OFFICE_DEGREE + "(?:" + HEAD_OFFICES + "|council\\s+president|president|provost|leader|clerk|secretary|treasurer"
      + "|ardmh[ée]ara|cathaoirleach)"
      + "(?:\\s+of\\s+the\\s+council)?)\\s+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE);
  /**
   * The first column of an attendance table, before the person's title or name: {@code Mayor | His Worship The Mayor
   * Bernie Wanden}, {@code Mayor | Mayor Dave Cull}, {@code Reporting Officer | Monique Davidson | Chief Executive}.
   */
  private static final Pattern ROW_LABEL = Pattern.compile(
      "^(?i:((?:deputy\\s+)?mayor|(?:deputy\\s+)?chair(?:person|man|woman)?))\\s+(?=(?i:his|her|the|mayor|councillor|cr|cllr)\\b)"
      + "|^(?i:reporting\\s+officers?|meeting\\s+secretary|minute\\s+taker|ex[\\s-]officio(?:\\s+members?)?)\\s+(?=\\p{Lu})");
  /** A note after a name in an attendance table: {@code Via audio/visual link}, {@code from 12.41pm}, {@code until Item 6}. */
  private static final Pattern ROW_NOTE = Pattern.compile(
      "\\s+(?i:(via\\s+(?:audio|video|zoom|teams|electronic|remote|online|audio/visual|audio-visual)\\b.*)"
      + "|(?:from|until|left|arrived|joined|departed)\\s+(?:at\\s+)?(?:\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m\\.?|item\\s+\\d).*)$");
  /** A councillor's seat between title and name: {@code Councillor Ward 1 Blake Armstrong}, {@code Councillor-at-Large Gary Sullivan}. */
  private static final Pattern WARD = Pattern.compile(
      "(?i)^(councill?or|cllr\\.?|cr\\.?)(\\s+(?:ward|district)\\s+\\d{1,2}|-at-large|\\s+at[\\s-]large)\\s+(?=\\p{Lu})");
  /** The plural titles a list of members opens with: {@code Comhairleoirí}, {@code Councillors}, {@code Cllrs}. */
  static final String MEMBERS_TITLE = "(?:Comhairleoir[íi]|Councillors|Councilors|Cllrs)";
  /** An area's name in capitals before a plural title: {@code NORTH EAST Comhairleoirí K. O’Flynn, ...}, {@code SOUTH WARD Councillors ...}. */
  private static final Pattern AREA_LABEL = Pattern.compile("^\\s*(?:\\p{Lu}{2,}\\s+){1,3}(?=" + MEMBERS_TITLE + "\\s+\\p{Lu})");
  /** A full name then a post, a table's two columns: {@code Monique Davidson Chief Executive}. */
  private static final Pattern NAME_THEN_POST = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.?)?\\s+\\p{Lu}[\\p{L}'’-]+)\\s+(\\p{Lu}.*)$");
  /** Words that open a post, never a name: {@code Principal Strategic Planning Officer}, {@code Senior Leadership Team}. */
  private static final Pattern POST_OPENER = Pattern.compile(
      "(?i)(?:principal|senior|chief|head|deputy|assistant|group|strategic|corporate|interim|acting|lead|executive|general|joint"
      + "|statutory|democratic|legal|technical|business|customer|committee|member|planning|finance|policy|project|programme)\\b");
  /** A post in capitals before a full name: {@code RFO Clive Baker}, {@code CAO Jane Smith} (not initials: {@code JA Hyde}). */
  private static final Pattern ROLE_ABBREVIATION = Pattern.compile("^(\\p{Lu}{3,5})\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+$)");
  /** A post then a full name: the post ends with its last word of a role ({@link #ROLE_WORDS}); two or three words of a name follow. */
  private static final Pattern POST_THEN_NAME = Pattern.compile(
      "(?i)^(.*\\b(?:" + Posts.STAFF + ")"
      + "(?-i:\\s+of(?:\\s+the)?(?:\\s+(?:and|&|\\p{Lu}[\\p{L}'’-]*))+?)?)"
      + "\\s+(?-i:(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.?)?\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:Jr|Sr|II|III|IV)\\.?)?))$");
  /** Words of a role or a post, not of a name: {@code Planning Adviser}, {@code Chief Executive}. */
  private static final Pattern ROLE_WORDS = Pattern.compile(
      "(?i).*\\b(?:" + Posts.STAFF + "|chair(?:man|woman|person)?|mayor|leader|head|lead|minister|services|department|team"
      + "|representative|c?h?athaoirleach|reeve|(?:(?:vice[\\s-]+)?president|(?:board|council|committee|commission)\\s*member"
      + "|council(?:man|woman)|alderm[ae]n|commissioner|selectm[ae]n)(?=\\s*$))\\b.*");
  /** An office alone after a name and its comma, no name of its own: {@code MAYOR PRO TEM}, {@code Deputy Mayor}. */
  private static final Pattern OFFICE_ONLY = Pattern.compile("(?i)" + OFFICE_DEGREE + "(?:" + HEAD_OFFICES + "|council(?:man|woman))\\.?");
  private static final Pattern REMOTE = Pattern.compile("(?i)\\b(?:virtual(?:ly)?|remotely|via\\s+(?:zoom|teams|video)|online|by\\s+(?:video|phone|telephone))\\b");
  private static final Pattern BRACKET = Pattern.compile("\\s*\\(([^)]*)\\)\\s*");
  /** An office after a name, without a comma: {@code S Hughes Chair}, {@code P March vice-chair}. */
  private static final Pattern OFFICE_AFTER = Pattern.compile(
      "(?<=\\p{L}{2})\\s+((?i:(?:vice[\\s-]*)?chair(?:man|woman|person)?|clerk|treasurer|secretary))$");
  /** A note in brackets that is a time, when someone arrived or left: {@code (6:31pm)}, {@code (from 7.10 p.m.)}. */
  private static final Pattern TIME_NOTE = Pattern.compile(
      "(?i)^(?:(?:from|until|arrived|left|joined)\\s+(?:at\\s+)?)?\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?$");
  /** A firm's name, no one's: {@code TimeSaver Off Site Secretarial, Inc.}, {@code AMEC Ltd}. */
  private static final Pattern FIRM = Pattern.compile("(?i).*,?\\s+(?:inc|ltd|llc|llp|plc|corp|limited|incorporated)\\.?$");
  /** What a comma parts from the name before it but still belongs to it: {@code , Jr.}, {@code , Inc.} */
  private static final Pattern SUFFIX_PIECE = Pattern.compile("(?i)^\\s*(?:jr|sr|ii|iii|iv|inc|ltd|llc|llp|plc|corp)\\.?\\s*$");
  /** An organisation's name, no one's: {@code Perth & Kinross Council}, {@code Brooks Bulletin}. */
  private static final Pattern ORGANISATION = Pattern.compile(
      "(?i).*\\b(?:council|committee|authority|association|society|club|partnership|trust|school|board|department|bulletin|chronicle|gazette"
      + "|herald|times|citizen|news|press|advertiser|journal|courier|examiner|publications|newspapers?|media|radio)\\s*$");
  /** A post on its own, ending with a post's word: {@code Planner}, {@code City Clerk} (before {@code and}: a post of two parts). */
  private static final Pattern POST_ONLY = Pattern.compile(
      "(?i)^(?:\\p{L}+\\s+){0,3}(?:planner|clerk|manager|director|treasurer|secretary|engineer|administrator|attorney|officer|solicitor"
      + "|coordinator|co-ordinator|inspector|superintendent|supervisor|assessor|auditor)$");
  /**
   * An office, then its holder in brackets: {@code The Right Honourable the Lord Mayor (Councillor Rodgers) (Chairman)},
   * {@code the High Sheriff (Councillor McKenzie)}.
   */
  private static final Pattern OFFICE_THEN_HOLDER = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:right\\s+(?:honourable|worshipful)\\s+(?:the\\s+)?)?((?:(?:deputy|lord|high|vice)\\s+)*(?:mayor|sheriff|provost|chairman|chairperson))"
      + "\\s*\\(\\s*((?:councillor|cllr|alderman|alderwoman)\\.?\\s+[^()]+?)\\s*\\)(?:\\s*\\([^)]*\\))?$");
  /** A name: one to five words, each capitalised or an initial, none a lower-case word but a particle ({@code van Vulpen}). */
  private static final Pattern NAME = Pattern.compile(
      "^(?:(?:van|von|de|der|du|di|da|le|la)\\s+(?=\\p{Lu}))?(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.?)(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.?|de|van|von|der|du|le|la|di|da|ap|o’|o'|mac|mc|“[^”]+”|‘[^’]+’|\"[^\"]+\")){0,5}$");

  private PersonNames() {}

  /** The people in a list: {@code Councillors A Smith, B Jones and C Brown; Mr D White (Clerk)}. */
  /**
   * Where a group of names ends: a semicolon, or a sentence's full stop after a word in lower case ({@code presided.
   * Councillors ...}), not after an abbreviated post ({@code Asst. Staff Officer}).
   */
  private static final Pattern GROUP_END = Pattern.compile("\\s*;\\s*|(?<=\\s\\p{Ll}{2,20})\\.\\s+(?=\\p{Lu})");

  /** A surname, a comma, then the initials, as a list whose entries end at semicolons prints them: {@code Coonan, N.J;}. */
  private static final Pattern INVERTED = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’-]+(?:\\s*\\([^)]{1,20}\\))?),\\s*((?:\\p{Lu}\\p{Ll}?\\.?\\s*){1,3})$");

  static List<Person> list(String text) {
    List<Person> out = new ArrayList<>();
    String t = closeBrackets(text.strip()).replaceFirst("[.;:,]+$", "");
    // groups end at a semicolon or a sentence: "Councillor Joe Bourke, Cathaoirleach, presided. Councillors David Doran, ..."
    for (String group : GROUP_END.split(t)) {
      group = AREA_LABEL.matcher(group).replaceFirst(""); // "NORTH EAST Comhairleoirí K. O’Flynn, J. Maher": the ward's row
      String title = null;
      Matcher tm = TITLE.matcher(group);
      if (tm.find() && tm.group(2) != null && isPlural(tm.group(2))) {
        title = singular(tm.group(1) == null ? tm.group(2) : tm.group(1) + tm.group(2));
        group = group.substring(tm.end());
      }
      Matcher inverted = INVERTED.matcher(group.strip().replaceFirst("^[:,]\\s*", ""));
      if (inverted.matches()) {
        one(inverted.group(2).strip() + " " + inverted.group(1), title).ifPresent(out::add); // "Ambrose, S;" is S Ambrose
        continue;
      }
      for (String piece : pieces(group)) {
        Matcher plural = TITLE.matcher(piece.strip());
        if (plural.find() && isPlural(plural.group(2))) {
          title = singular(plural.group(1) == null ? plural.group(2) : plural.group(1) + plural.group(2)); // "... and Councilors A, B"
          piece = piece.strip().substring(plural.end());
        }
        // "JIMMY PALMER, MAYOR PRO TEM"; "Ms. Laurie Pinney, Township Fiscal Officer", "Mr. Jeff Gorman, West Side Leader
        // Publications": a post or an organisation after its holder's name
        boolean roleOnly = !out.isEmpty() && (OFFICE_ONLY.matcher(piece.strip()).matches()
            || (POST_ONLY.matcher(piece.strip()).matches() || ORGANISATION.matcher(piece.strip()).matches())
            && out.get(out.size() - 1).role() == null);
        Optional<Person> p = roleOnly ? Optional.empty() : one(piece, title);
        if (p.isPresent()) {
          out.add(p.get());
        } else if (!out.isEmpty() && (ROLE_WORDS.matcher(piece).matches() || FIRM.matcher(piece).matches()
            || ORGANISATION.matcher(piece).matches() || POST_ONLY.matcher(piece.strip()).matches())
            && out.get(out.size() - 1).role() == null) {
          Person last = out.remove(out.size() - 1); // "IAN MITCHELL, Planning Adviser"
          out.add(new Person(last.name(), last.title(), piece.strip(), last.remote()));
        }
      }
    }
    return out;
  }

  /** Legistar's count before a list of names: {@code 8 - - Dan Kalb, Larry Reid, ...} (present), {@code 4 - Smith, Jones} (a side). */
  private static final Pattern COUNT_BEFORE = Pattern.compile("^\\d{1,2}\\s*-\\s*(?:-\\s*)?(?=\\p{Lu})");

  /** The names without the count Legistar prints before them: {@code 8 - - Dan Kalb, Larry Reid} gives {@code Dan Kalb, Larry Reid}. */
  static String withoutCount(String names) {
    return COUNT_BEFORE.matcher(names).replaceFirst("");
  }

  /**
   * A list with a bracket left open, closed at the last comma before the next one opens: {@code R.L. Shakespeare-Smith
   * (Chairman of Overview & Scrutiny Committee, Lorna Kercher (Chairman of Letchworth Committee), ...}.
   */
  static String closeBrackets(String text) {
    StringBuilder sb = new StringBuilder(text);
    int open = -1;
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (c == '(') {
        int comma = sb.lastIndexOf(",", i);
        if (open >= 0 && comma > open) {
          sb.insert(comma, ')');
          i++;
        }
        open = i;
      } else if (c == ')') {
        open = -1;
      }
    }
    return sb.toString();
  }

  /** The pieces of a list: split at commas and at "and" / "&" outside brackets. */
  private static List<String> pieces(String group) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    String and = Lines.upperShare(group) >= 0.9 ? " AND " : " and "; // "... JOYCE YOUNG AND RECORDING SECRETARY, JUNE ..."
    for (int i = 0; i < group.length(); i++) {
      char c = group.charAt(i);
      if (c == '(' || c == '[') {
        depth++; // "Cr SD Lynch [until 10.21am and then from 10.25am]": no "and" inside a note parts entries
      } else if (c == ')' || c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && c == ',') {
        out.add(group.substring(from, i));
        from = i + 1;
      } else if (depth == 0 && welshAnd(group, i) > 0) {
        out.add(group.substring(from, i)); // "Rory Francis a Glyn Daniels", "Mari Rees ac Annwen Daniels": Welsh "and"
        from = i + welshAnd(group, i);
      } else if (depth == 0 && (group.startsWith(and, i) || group.startsWith(" & ", i)) && !oneEntry(group.substring(from, i).strip(),
          group.substring(i + (group.startsWith(and, i) ? 5 : 3)))) {
        out.add(group.substring(from, i));
        from = i + (group.startsWith(and, i) ? 5 : 3);
      }
    }
    out.add(group.substring(from));
    for (int k = out.size() - 1; k > 0; k--) {
      if (SUFFIX_PIECE.matcher(out.get(k)).matches()) {
        out.set(k - 1, out.get(k - 1).stripTrailing() + (FIRM.matcher(" " + out.get(k).strip()).matches() ? ", " : " ") + out.get(k).strip());
        out.remove(k); // "Michael R. Couzzo, Jr.", "TimeSaver Off Site Secretarial, Inc."
      }
    }
    List<String> split = new ArrayList<>();
    for (String piece : out) {
      // "Cllr Baldry Cllr Bastone": two entries of a list printed in columns
      String[] parts = REPEATED_TITLE.split(piece.strip());
      for (int k = 0; k < parts.length; k++) {
        if (k + 1 < parts.length && middleInitial(parts[k], parts[k + 1])) {
          parts[k + 1] = parts[k] + " " + parts[k + 1]; // "Village Manager Michael R. Couzzo": a middle initial, no second entry
          continue;
        }
        split.add(parts[k]);
      }
    }
    return split.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The length of a Welsh "and" ({@code " a "}, {@code " ac "}) between two names at {@code i}, or 0. */
  private static int welshAnd(String group, int i) {
    for (String w : new String[] {" a ", " ac "}) {
      if (group.startsWith(w, i) && i > 0 && Character.isLowerCase(group.charAt(i - 1)) && i + w.length() < group.length()
          && Character.isUpperCase(group.charAt(i + w.length()))) {
        return w.length();
      }
    }
    return 0;
  }

  /**
   * Whether a split before an initial parted a post's first name from the rest, or an office from its holder:
   * {@code Village Manager Michael} | {@code R. Couzzo}, {@code Gary} | {@code M. Jackson}, {@code Mayor Jacques} | {@code M. Roy},
   * {@code Stephen} | {@code G Clackson} and
   * {@code Mayor} | {@code N. Salonen} are one person each,
   * {@code D Richardson} | {@code N Cresswell} two.
   */
  private static boolean middleInitial(String before, String after) {
    Matcher office = ROLE_BEFORE.matcher(before);
    String given = office.lookingAt() ? before.substring(office.end()) : before; // "Mayor Jacques" | "M. Roy"
    if (given.matches("\\p{Lu}\\p{Ll}+") && after.matches("\\p{Lu}\\.?\\s+\\p{Lu}.*") && !NOT_A_NAME.matcher(given).matches()
        && !ROLE_WORDS.matcher(given).matches()) {
      return one(before + " " + after, null).filter(p -> p.name().startsWith(given + " ")).isPresent(); // "Gary" | "M. Jackson"
    }
    if (!after.matches("(?:\\p{Lu}|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Cr)\\.?\\s+\\p{Lu}.*") || one(before, null).isPresent()) {
      return false;
    }
    String first = before.substring(before.lastIndexOf(' ') + 1);
    Optional<Person> alone = one(after, null);
    return one(before + " " + after, null).filter(p -> p.role() != null && p.name().startsWith(first + " ")
        || (p.role() != null || p.title() != null) && alone.isPresent() && alone.get().name().equals(p.name())).isPresent();
  }

  /**
   * Whether an "and" joins the two halves of one entry: two posts of one person ({@code Planner and Zoning Administrator Ginny
   * McIntosh}) or a place's organisation ({@code Perth & Kinross Council}).
   */
  private static boolean oneEntry(String before, String after) {
    return POST_ONLY.matcher(before).matches() && postThenName(after)
        || before.matches("\\p{Lu}\\p{Ll}+") && ORGANISATION.matcher(after.split("[,(]")[0]).matches();
  }

  /** Whether a text is an organisation's name, no one's: {@code Perth & Kinross Council}, {@code Brooks Bulletin}. */
  static boolean organisation(String text) {
    return ORGANISATION.matcher(text).matches();
  }

  /** Whether a list's entry (to its comma) is a post then a name: {@code Zoning Administrator Ginny McIntosh}. */
  private static boolean postThenName(String text) {
    String entry = text.split(",")[0].strip();
    return ROLE_WORDS.matcher(entry).matches() && POST_THEN_NAME.matcher(entry).matches();
  }

  /** Words a list holds that are no one's name: {@code Councillors}, {@code Clerk}, {@code Gallery}, {@code None}. */
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)^(?:councill?ors?|cllrs?|crs?|members?|chair(?:man|woman|person)?|vice[\\s-]+chair(?:man)?|clerk|secretary|treasurer|gallery"
      + "|bail(?:l)?ies|none|nil|n/a|manager|council|officers?|staff|public|msp|mp|td|mep|mla|mpp|revd|rev|policy|governance|communications|marketing|present"
      + "|absent|apologies|the|and|all|others?|mayor|deputy\\s+mayor|administration|team|services|minute\\s+taker|board|committee"
      + "|council\\s+members?|councilmembers?|commissioners?"
      + "|mr|mrs|ms|dr|miss|messrs|county|city|district|town|parish|borough|community|(?-i:\\p{Lu}{2}))\\.?$"
      + "|(?i)^(?:\\p{L}+\\s+)?(?:support|skills|democratic|learning|education|health|finance|legal|business|partner|families|children"
      + "|young\\s+people|safeguarding|development|strategy|resources|operations|improvement|commissioning|transformation|director"
      + "|assurance|enterprise|benefits|waste|performance|parks|principal|executive|assistant|chief|safety|also|initiatives|management"
      + "|planning|accountants?|housing|revenues?|customers?|digital|specialist|recreation|transportation|engineering|environment(?:al)?"
      + "|fire|police|property|estates?|economy|regeneration|leisure|culture|communities|environmental\\s+services|technology|relations)$");
  /**
   * Where a second entry starts without a comma: {@code Cllr Baldry Cllr Bastone}, {@code D Richardson N Cresswell},
   * {@code D Richardson (Chair) N Cresswell}, {@code J Campbell P J Bateson T J Catherwood}.
   */
  private static final Pattern REPEATED_TITLE = Pattern.compile(
      "(?<=\\))\\s+(?=\\p{Lu}[\\p{L}.]*\\s+\\p{Lu})|"
      + 
      "(?<=\\p{L})(?<!\\b(?:County|City|District|Town|Parish|Borough|Community))\\s+(?=(?:Cllr|Councillor|Councilor|Cr|Mr|Mrs|Ms|Dr|Miss)\\.?\\s+\\p{Lu})"
      + "|(?<=\\p{Ll})(?<!\\b(?:Mr|Mrs|Ms|Dr|Miss|Cllr|Clr|Cr|Councillor|Councilor|Comhairleoir|Comhairleoirí|Commissioner|Trustee|Supervisor|Messrs|Ald|Alderman|Hon|Rev|Sir|Prof|Mayor|Reeve))\\s+(?=(?:\\p{Lu}\\.?\\s+)+\\p{Lu}\\p{Ll})"
      + "|(?<=\\b\\p{Lu}[\\p{L}.]{0,20}\\s[\\p{Lu}. ]{0,30})(?<=\\p{Lu}{3})"
      // not after a title's initials: "Cr NMD Smith" is one person
      + "(?<!\\b(?:Cr|Cllr|Clr|Mr|Mrs|Ms|Miss|Dr|Councillor)\\s\\p{Lu}{2,4})\\s+(?=\\p{Lu}\\p{Ll})");

  /**
   * The rest of a post cut off at its comma, no one's name: {@code Mr. J. Coll, Dir., Comm. &amp; Enterprise}
   * gives {@code Dir.} and {@code Comm. & Enterprise}.
   */
  private static final Pattern ABBREVIATED_POST = Pattern.compile("^\\p{Lu}\\p{Ll}{1,4}\\.(?:\\s*&.*)?$");

  /** One person: {@code Councillor Mrs L.A. Needham (Chairman)}; {@code title} is a list's shared one. */
  static Optional<Person> one(String piece, String sharedTitle) {
    if (ABBREVIATED_POST.matcher(piece.strip()).matches() || FIRM.matcher(piece).matches()) {
      return Optional.empty();
    }
    String s = piece.strip().replaceFirst("^[•·▪●◦*~-]\\s*", "").replaceFirst("^(?i:and|&)\\s+", "").replaceFirst("^(?:from|by)\\s+", "");
    Matcher held = OFFICE_THEN_HOLDER.matcher(s);
    if (held.matches()) {
      s = held.group(2) + " (" + held.group(1) + ")"; // "the Deputy Lord Mayor (Councillor Kelly)" is Councillor Kelly, Deputy Lord Mayor
    }
    String[] dash = s.split("\\s+[-–—]\\s+|(?<=\\p{Ll})-\\s+(?=\\p{Lu})", 2); // "Carol Leeming- Huron County Planning Department"
    if (dash.length == 2) {
      Matcher after = ROLE_BEFORE.matcher(dash[1]);
      String tail = after.lookingAt() ? dash[1].substring(after.end()) : dash[1];
      if (after.lookingAt() && NAME.matcher(tail.strip()).matches() && !ROLE_WORDS.matcher(tail).matches()) {
        s = dash[1]; // "Kahika - Mayor Moko Tepania": the office, then the person
      } else if (NAME.matcher(dash[0].replaceFirst("^(?i:(?:mr|mrs|ms|dr|miss|cllr|councillor|cr)\\.?)\\s+", "")).matches()) {
        s = dash[0] + " (" + dash[1].replace("(", "").replace(")", "") + ")"; // "Mr Sam Pratley - Diocese of Hereford": the post after a dash
      }
    }
    String role = null;
    boolean remote = false;
    Matcher b = BRACKET.matcher(s);
    StringBuilder rest = new StringBuilder();
    int at = 0;
    while (b.find()) {
      String note = b.group(1).strip();
      if (REMOTE.matcher(note).find()) {
        remote = true;
      } else if (role == null && !note.isEmpty() && !TIME_NOTE.matcher(note).matches()) {
        role = note;
      }
      rest.append(s, at, b.start()).append(' ');
      at = b.end();
    }
    rest.append(s.substring(at));
    // "Cr SD Lynch [until 10.21am and then from 10.25am]": a note in square brackets is no part of the name
    s = rest.toString().replaceAll("\\s*\\[[^\\]]*\\]", " ").strip().replaceFirst("\\s*[-–—]\\s*$", "");
    String first = s.split("\\s+")[0];
    if (role != null && (POST_OPENER.matcher(s).lookingAt() || ROLE_WORDS.matcher(first).matches()) && ROLE_WORDS.matcher(s).matches()
        && NAME.matcher(role).matches() && !ROLE_WORDS.matcher(role).matches() && role.split("\\s+").length >= 2) {
      String name = role; // "Director Community Services (Antoinette Campbell)": the post, then the person in brackets
      role = s;
      s = name;
    }
    String title = sharedTitle;
    Matcher ward = WARD.matcher(s);
    if (ward.lookingAt()) {
      role = role == null ? ward.group(2).strip().replaceFirst("^-", "") : role; // "Councillor Ward 1 Blake Armstrong"
      s = ward.group(1) + " " + s.substring(ward.end());
    }
    Matcher label = ROW_LABEL.matcher(s);
    if (label.lookingAt() && s.length() > label.end()) {
      role = role == null ? label.group(1) : role; // an office ("Mayor"); a column such as "Reporting Officer" is none
      s = s.substring(label.end());
    }
    Matcher note = ROW_NOTE.matcher(s);
    if (note.find()) {
      remote |= note.group(1) != null; // "Councillor Rogan Boyle   Via audio/visual link"
      s = s.substring(0, note.start());
    }
    Matcher abbreviation = ROLE_ABBREVIATION.matcher(s);
    if (role == null && abbreviation.lookingAt()) {
      role = abbreviation.group(1); // "RFO Clive Baker"
      s = s.substring(abbreviation.end());
    }
    for (int k = 0; k < 3; k++) {
      Matcher r = ROLE_BEFORE.matcher(s);
      if (r.lookingAt()) {
        role = role == null ? r.group(1) : role; // "Mayor Mayor Dave Cull": the table's column, then the office again
        s = s.substring(r.end());
        continue;
      }
      Matcher t = TITLE.matcher(s);
      if (t.find()) {
        String word = t.group(0).strip();
        title = title == null ? word.replaceFirst("\\.$", "") : title;
        s = s.substring(t.end());
        continue;
      }
      break;
    }
    s = s.replaceFirst("[.,;:]+$", "").strip();
    Matcher office = OFFICE_AFTER.matcher(s);
    if (office.find() && (role == null || role.matches("\\p{Lu}{2,3}")) && s.substring(0, office.start()).contains(" ")
        && !s.matches("(?i)^(?:vice|deputy|acting)\\b.*")) {
      role = office.group(1); // "S Hughes (SH) Chair", "P March (PM) vice-chair": the office after the name, not the initials
      s = s.substring(0, office.start());
    }
    Matcher post = POST_THEN_NAME.matcher(s);
    if (role == null && ROLE_WORDS.matcher(s).matches() && post.matches() && !ROLE_WORDS.matcher(post.group(2)).matches()
        && NAME.matcher(post.group(2)).matches()) {
      role = post.group(1); // "City Attorney Bill Kabeiseman", "Chief Executive Steve Ruru"
      s = post.group(2);
    }
    Matcher named = NAME_THEN_POST.matcher(s);
    if (ROLE_WORDS.matcher(s).matches() && named.matches() && !ROLE_WORDS.matcher(named.group(1)).matches()
        && !POST_OPENER.matcher(named.group(1)).lookingAt()
        && ROLE_WORDS.matcher(named.group(2)).matches()) {
      role = role == null ? named.group(2) : named.group(2) + " - " + role; // "Daniel Haigh Group Manager - Community ..."
      s = named.group(1);
    }
    if (s.isEmpty() || NOT_A_NAME.matcher(s).matches() || ORGANISATION.matcher(s).matches()
        || title == null && !s.contains(" ") && (ROLE_WORDS.matcher(s).matches() || s.matches("(?i)supervisor|co-?ordinator|officer")) || !NAME.matcher(s).matches() || ROLE_WORDS.matcher(s).matches() && s.split("\\s+").length > 1
        || s.length() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Person(s, title, role, remote));
  }

  /** A name without its title, for matching ({@link org.agendasearch.ingest.model.PersonKey}): {@code Cllr A. Smith} as {@code a smith}. */
  static String key(String name) {
    return org.agendasearch.ingest.model.PersonKey.of(name);
  }

  /** A title's plural in "men": {@code aldermen}, {@code selectmen}, {@code councilwomen} (lower case). */
  private static final Pattern MEN = Pattern.compile("(?:alder|select|council)(?:wo)?men");

  private static boolean isPlural(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    return w.endsWith("s") && !w.equals("mrs") && !w.equals("ms") && !w.equals("miss") || MEN.matcher(w).matches();
  }

  private static String singular(String word) {
    String w = word.strip().replace(".", "");
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.equals("messrs")) {
      return "Mr";
    }
    if (MEN.matcher(lower).matches()) {
      return w.substring(0, w.length() - 3) + "man"; // "Aldermen", "Selectmen": "Alderman", "Selectman"
    }
    return lower.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /** Whether a role is a post held by staff ({@code Clerk}, {@code Planning Adviser}) rather than a member's office. */
  static boolean officerRole(String role) {
    return ROLE_WORDS.matcher(role).matches() && !role.matches("(?i).*\\b(?:chair(?:man|woman|person)?|mayor|reeve|leader|president|vice|member)\\b.*");
  }
}
