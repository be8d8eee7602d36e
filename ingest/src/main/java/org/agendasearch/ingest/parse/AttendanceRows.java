package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Attendee;

/**
 * The rows of an attendance list, for {@link AttendanceParser}: a table row of a name and a post ({@code Ronnie
 * Anderson | Council Member}), a column of names and posts parted by commas ({@code S. Stanway, Brooks Bulletin}), a
 * roll-call table ({@code Hall-Harper  Present  Bengel  Present}), and where one entry of a list ends and the next
 * begins.
 */
final class AttendanceRows {

  private AttendanceRows() {}

  /** A roll call printed as a table: {@code Hall-Harper  Present  Bengel  Present}, {@code Andrei Garcia  Commissioner  Late  7:08 p.m.}. */
  private static final Pattern ROLL_ROW = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}?)\\s+(?:(?:Commissioner|Councilmember|Councilor|Councillor|Alternate|Mayor"
      + "|Vice\\s+Mayor|Chair|Vice\\s+Chair|Trustee|Director|Member|Supervisor)\\s+)?(Present|Absent|Late|Excused|Remote|Virtual|Yea|Nay|Aye|No|Abstain)\\b"
      + "(?:\\s+\\d{1,2}[:.]\\d\\d\\s*[ap]\\.?m\\.?)?");
  /** A person by initials and surname, with an honorific or office or none: {@code S. Chambers}, {@code Councillor S. Cressman}. */
  private static final Pattern INITIALLED_PERSON = Pattern.compile(
      "^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Councilor|Mayor|Deputy\\s+Mayor|Reeve|Deputy\\s+Reeve)\\.?\\s+)?(?:\\p{Lu}(?:\\.\\s*|\\s+))+"
      + "(?:(?:de|van|von|le|la|du|da|di)\\s+)?\\p{Lu}[\\p{L}'’-]+$");
  /** A word only a post has: {@code Council Member}, {@code City Clerk}; a second name ({@code Cllr Bastone}) has none. */
  private static final Pattern POST_WORD = Pattern.compile(
      "(?i)\\b(?:member|manager|clerk|attorney|mayor|officer|director|chair\\w*|secretary|treasurer|engineer|planner|solicitor"
      + "|executive|administrator|superintendent|chief|head|advis[eo]r|co-?ordinator|inspector|deputy|assistant|commissioner)\\b");
  private static final Pattern PERSON_TITLE = Pattern.compile("(?i)^(?:cllr|councillor|councilor|cr|mr|mrs|ms|miss|dr)\\b");
  /** A note in brackets after a table's post: {@code Councillor (6:31pm)}. */
  private static final Pattern ROW_NOTE = Pattern.compile("\\s*(\\([^()]*\\))$");
  /** A member's title alone in a table's second column: {@code Councillor}, {@code Alderman}. */
  private static final Pattern MEMBER_POST = Pattern.compile("(?i)councill?ors?|alderman|alderperson|trustee|cr|cllr");
  /** A table's first column that is only a name: {@code Marghanita Da Cruz}, {@code Lucille McKenna OAM}. */
  private static final Pattern NAME_CELL = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|da|di|le|la)){1,4}$");
  /** A given name and a surname, nothing else: {@code Anne MacLean}, {@code Francoise van Buuren}. */
  private static final Pattern TWO_WORD_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}+\\s+(?:(?:van|von|de|da|di|le|la)\\s+)?\\p{Lu}[\\p{L}'’-]+$");
  /**
   * A given name, a middle initial or name, and a surname in a grid's cell: {@code Jerry F. Becker}, {@code Shellie Young
   * Tucker}, {@code Kelvin E. Washington, Sr.}.
   */
  private static final Pattern GRID_NAME = Pattern.compile(
      "^\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+)\\s+(?:(?:van|von|de|da|di|le|la)\\s+)?\\p{Lu}[\\p{L}'’-]+(?:,?\\s+(?:Jr|Sr)\\.?)?$");
  /** A surname alone in a grid's cell, or with initials after a comma: {@code Atkinson}, {@code Trueman, D.}, {@code Wright, T.H.}. */
  private static final Pattern SURNAME_CELL = Pattern.compile("^\\p{Lu}[\\p{L}'’-]+(?:[,.]\\s*(?:\\p{Lu}\\.?){1,3})?$");
  /** Cells a row of surnames has at the fewest to be read as a grid of names. */
  private static final int MIN_SURNAME_CELLS = 3;
  /** A word of a place, a ward's or a district's name beside a member's: {@code Mount Jeffcott Ward}. */
  private static final Pattern PLACE_WORD = Pattern.compile(
      "(?i)\\b(?:ward|division|area|region|district|county|parish|town|city|village|borough|street|road|hall|council)\\b");
  /** A post in a table's second column: {@code Council Member}, {@code Assistant City Manager}. */
  private static final Pattern POST_CELL = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of|and|the|\\p{Lu}[\\p{L}'’-]*)){0,5}$");

  /**
   * A table row of a name and a post read as the name with its post in brackets (two names, two people):
   * {@code Ronnie Anderson | Council Member} as {@code Ronnie Anderson (Council Member)},
   * {@code Ignacio Ramirez, Sr. | City Attorney} as {@code Ignacio Ramirez Sr. (City Attorney)}.
   */
  static String row(Line line) {
    java.util.Optional<String> grid = namesGrid(line);
    if (grid.isPresent()) {
      return grid.get();
    }
    if (line.cells().size() != 1) {
      return line.text();
    }
    int cell = line.cells().get(0);
    String name = line.text().substring(0, cell).strip().replaceAll(",\\s*(Sr|Jr|III|II)\\b", " $1");
    String post = line.text().substring(cell).strip();
    Matcher note = ROW_NOTE.matcher(post);
    String after = "";
    if (note.find()) {
      after = " " + note.group(1); // "Councillor (6:31pm)"; a post that is all note ("(Councillors)") leaves none
      post = post.substring(0, note.start()).strip();
    }
    if (!name.isEmpty() && MEMBER_POST.matcher(post).matches() && NAME_CELL.matcher(name).matches()) {
      return post + " " + name + after; // "Darcy Byrne | Councillor (6:31pm)": the post is the member's title
    }
    if (!name.isEmpty() && NAME_CELL.matcher(name).matches() && !POST_WORD.matcher(name).find()
        && (post.matches("The\\s+\\p{Lu}.*") || PersonNames.organisation(post))) {
      return name + " (" + post + ")" + after; // "Keith Roulston | The Blyth/Brussels Citizen": whom they came for
    }
    if (!name.isEmpty() && TWO_WORD_NAME.matcher(name).matches() && TWO_WORD_NAME.matcher(post).matches() && !POST_WORD.matcher(post).find()
        && !PLACE_WORD.matcher(post).find() && !PLACE_WORD.matcher(name).find() && !POST_WORD.matcher(name).find()
        && !PersonNames.organisation(post) && !PERSON_TITLE.matcher(name).lookingAt()) {
      return name + ", " + post; // "Anne MacLean | David Selfridge": a list of names printed in two columns
    }
    if (name.isEmpty() || name.contains(",") || name.contains(":") || !POST_CELL.matcher(post).matches()
        || !POST_WORD.matcher(post).find() || PERSON_TITLE.matcher(post).lookingAt() || POST_WORD.matcher(name).find()) {
      return line.text();
    }
    return name + " (" + post + ")" + after;
  }

  /**
   * A row of a list of names printed in columns, every cell a person by initials and surname (or given name and
   * surname), as the names parted by commas: {@code C Anderson  |  P R Hood-Williams  |  P N May} as {@code C Anderson,
   * P R Hood-Williams, P N May} (a Welsh city council's "PRESENT:" in three columns), {@code Jerry F. Becker  |  Michael
   * Guthrie  |  Baker Ring} (a Tennessee county commission's members "to wit:"); a cell with a post or a place in
   * it leaves the row to the rules for a name and its post.
   */
  static java.util.Optional<String> namesGrid(Line line) {
    if (line.cells().isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> cells = cells(line);
    if (cells.size() >= MIN_SURNAME_CELLS && cells.stream().allMatch(c -> SURNAME_CELL.matcher(c).matches() && !PLACE_WORD.matcher(c).find()
        && !POST_WORD.matcher(c).find())) {
      // "Atkinson   Francis   Padgett   Trueman, D.": councillors by surname in four columns under "Councillors"
      return java.util.Optional.of(String.join(", ", cells.stream().map(c -> c.replaceFirst("[,.]\\s*((?:\\p{Lu}\\.?){1,3})$", " $1")).toList()));
    }
    int initialled = 0;
    for (String c : cells) {
      boolean byInitials = INITIALLED_PERSON.matcher(c).matches();
      if (!byInitials && !TWO_WORD_NAME.matcher(c).matches() && !GRID_NAME.matcher(c).matches() || POST_WORD.matcher(c).find() || PLACE_WORD.matcher(c).find()) {
        return java.util.Optional.empty();
      }
      initialled += byInitials ? 1 : 0;
    }
    // two given names and surnames side by side are left to row()'s own rule, which weighs them against a post
    return initialled == 0 && cells.size() < 3 ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", cells));
  }

  /**
   * Whether a list's line ended an entry, so that the next line is a new one ({@code Cllr Abbott}
   * / {@code Cllr Baldry}), not the rest of a name wrapped ({@code Cllr} / {@code Emmerson}) or of
   * a note in brackets.
   */
  static boolean entryEnds(StringBuilder list) {
    String t = list.toString().strip();
    if (cutShort(t)) {
      return false;
    }
    // "...; Donna" / "Hewitt, Director of ...": a first name at the end of a line goes on with the surname
    String last = t.substring(Math.max(t.lastIndexOf(','), t.lastIndexOf(';')) + 1).strip()
        .replaceFirst("(?i)^(?:cllrs?|councillors?|councilors?|crs?|mr|mrs|ms|dr|miss|deputy\\s+mayor|mayor)\\.?\\s+", "");
    return last.split("\\s+").length != 1 || last.isEmpty() || last.matches("(?i)(?:jr|sr|ii|iii|iv)\\.?"); // "German, Jr."
  }

  /**
   * A list printed one entry a line, each a name and a post parted by a comma, as the names with their posts in
   * brackets: {@code S. Stanway, Brooks Bulletin} as {@code S. Stanway (Brooks Bulletin)}, {@code Chief Administrative
   * Officer, S. Chambers} as {@code S. Chambers (Chief Administrative Officer)}; empty when the list is not such a column.
   */
  static java.util.Optional<String> column(List<String> lines) {
    if (lines.size() < 3 || lines.stream().anyMatch(e -> e.chars().filter(c -> c == ',').count() > 1
        || cutShort(e) || Character.isLowerCase(e.codePointAt(0)))) {
      return java.util.Optional.empty();
    }
    List<String> out = new ArrayList<>();
    boolean parted = false;
    for (String e : lines) {
      int comma = e.indexOf(',');
      String a = comma < 0 ? e : e.substring(0, comma).strip();
      String b = comma < 0 ? "" : e.substring(comma + 1).strip();
      boolean nameFirst = INITIALLED_PERSON.matcher(a).matches() && !INITIALLED_PERSON.matcher(b).matches();
      boolean postFirst = INITIALLED_PERSON.matcher(b).matches() && !INITIALLED_PERSON.matcher(a).matches();
      if (comma > 0 && !b.isEmpty() && (nameFirst || postFirst) && !(nameFirst ? b : a).contains("(")) {
        out.add(nameFirst ? a + " (" + b + ")" : b + " (" + a + ")");
        parted = true;
      } else {
        out.add(e);
      }
    }
    return parted ? java.util.Optional.of(String.join(", ", out)) : java.util.Optional.empty();
  }

  /** Whether a list's text stops inside an entry: in brackets, or after a comma, "and", "of", a title or an initial. */
  static boolean cutShort(String t) {
    long open = t.chars().filter(c -> c == '(').count() - t.chars().filter(c -> c == ')').count();
    // "K Graham, Head of" / "Corporate Governance": a post cut after its "of" goes on
    if (t.matches("(?s).*,\\s*(?:\\p{Lu}\\.?\\s+)*\\p{Lu}\\.?$")) {
      return true; // "... S Hunter, D M" / "McAllister, N McAllister": an entry's initials, its surname on the next line
    }
    return open > 0 || t.matches("(?is).*(?:[,;&:]|\\b(?:and|of|for|the)|\\b(?:cllrs?|councillors?|councilors?|crs?|mr|mrs|ms|dr|miss)\\.?"
        + "|(?-i:\\b\\p{Lu}\\.))$"); // "... and Ms. C." / "Thornton, Meetings Administrator."
  }

  /** A line of a roll-call table, every word of it a name and a status; whether it was one. */
  /** A grid's mark and the member beside it: {@code P     Peter Crew (Chairman)}, {@code A    David Shopland}. */
  private static final Pattern MARKED = Pattern.compile("^([PA])\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}(?:\\s*\\([^()]{1,60}\\))?)$");
  /** The grid's key: {@code P: Present}, {@code A: Apologies for absence submitted}. */
  private static final Pattern MARK_KEY = Pattern.compile("^[PA]\\s*:\\s*(?i:present|apologies\\b.*|absent\\b.*)$");

  /**
   * A row of an attendance grid, each member marked present or sent apologies, one or two to a row in columns: {@code
   * P     Elfan Ap Rees   |   P    Terry Porter}, {@code P     Felicity Baker   |   A    David Shopland} (a ModernGov
   * council's minutes, "P: Present" / "A: Apologies for absence submitted" below); the key's lines are taken as read.
   */
  static boolean markRow(Map<String, Attendee> out, Line line) {
    String t = line.text();
    if (t.length() < 3 || t.charAt(0) != 'P' && t.charAt(0) != 'A' || !Character.isWhitespace(t.charAt(1)) && t.charAt(1) != ':') {
      return false;
    }
    if (MARK_KEY.matcher(t).matches()) {
      return true;
    }
    List<String> cells = cells(line);
    for (int k = cells.size() - 2; k >= 0; k--) {
      if (cells.get(k).equals("P") || cells.get(k).equals("A")) {
        cells.set(k, cells.get(k) + " " + cells.remove(k + 1)); // the mark in a column of its own
      }
    }
    List<Attendee> row = new ArrayList<>();
    for (String c : cells) {
      Matcher m = MARKED.matcher(c);
      if (!m.matches()) {
        return false;
      }
      String status = m.group(1).equals("P") ? "present" : "apologies";
      PersonNames.one(m.group(2), null).ifPresent(p -> row.add(new Attendee(p.name(), p.title(), p.role(), "member", status, line.page())));
    }
    row.forEach(a -> out.putIfAbsent(PersonNames.key(a.name()), a));
    return !row.isEmpty();
  }

  static boolean rollRow(Map<String, Attendee> out, String line, int page) {
    Matcher m = ROLL_ROW.matcher(line);
    int covered = 0;
    List<Attendee> row = new ArrayList<>();
    while (m.find()) {
      covered += m.end() - m.start();
      String status = switch (m.group(2).toLowerCase(Locale.ROOT)) {
        case "absent", "excused" -> "absent";
        case "remote", "virtual" -> "virtual";
        case "yea", "nay", "aye", "no", "abstain" -> "vote"; // a vote's roll call: not the attendance
        default -> "present";
      };
      PersonNames.one(m.group(1), null).ifPresent(p -> row.add(new Attendee(p.name(), p.title(), p.role(), "member", status, page)));
    }
    if (row.isEmpty() || covered < line.replaceAll("\\s+", " ").length() * 0.8) {
      return false;
    }
    row.stream().filter(a -> !a.status().equals("vote")).forEach(a -> out.putIfAbsent(PersonNames.key(a.name()), a));
    return true;
  }

  /**
   * Two lists side by side under their labels: {@code MEMBERS PRESENT   OTHERS PRESENT}, then {@code Jimmy B. Clayton
   * Sybil Tate, Assistant County Manager} (a county board's minutes), each row's cells the two lists' entries.
   *
   * @param labels the two labels, left then right
   * @param left the entries under the left label, one a row
   * @param right the entries under the right label
   * @param end the line after the last row
   */
  record Columns(List<String> labels, List<String> left, List<String> right, int end) {}

  /** Rows a pair of lists side by side has at the most. */
  private static final int MAX_COLUMN_ROWS = 30;

  /** The two lists side by side whose labels are on line {@code i}, if they are. */
  static java.util.Optional<Columns> columns(List<Line> body, int i) {
    Line head = body.get(i);
    if (head.cells().size() != 1) {
      return java.util.Optional.empty();
    }
    String first = head.text().substring(0, head.cells().get(0)).strip();
    String second = head.text().substring(head.cells().get(0)).strip();
    if (!AttendanceParser.isLabel(first) || !AttendanceParser.isLabel(second)) {
      return java.util.Optional.empty();
    }
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    int j = i + 1;
    for (; j < body.size() && j <= i + MAX_COLUMN_ROWS && body.get(j).page() == head.page(); j++) {
      List<String> cells = cells(body.get(j));
      if (cells.size() > 2 || cells.get(0).split("\\s+").length > PERSON_WORDS || !cells.get(0).matches("\\p{Lu}.*")) {
        break; // "The Board of Commissioners for the County of Person, North Carolina, met in regular": the lists are over
      }
      left.add(cells.get(0));
      if (cells.size() == 2) {
        right.add(cells.get(1));
      }
    }
    return left.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Columns(List.of(first, second), left, right, j));
  }

  /** A line's cells, their text parted where the line's columns start: {@code Jimmy B. Clayton | Sybil Tate, ...}. */
  private static List<String> cells(Line line) {
    List<String> cells = new ArrayList<>();
    int from = 0;
    for (int cell : line.cells()) {
      cells.add(line.text().substring(from, cell).strip());
      from = cell;
    }
    cells.add(line.text().substring(from).strip());
    return cells;
  }

  /** Words a column's entry has at the most: a name and its post, not a sentence. */
  private static final int PERSON_WORDS = 8;
}
