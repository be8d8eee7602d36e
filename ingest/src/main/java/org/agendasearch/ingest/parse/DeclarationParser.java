package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Declaration;

/**
 * Interests declared at a meeting, and minutes that say none were:
 *
 * <pre>
 * Councillor X declared a pecuniary interest in item 7 and left the room.     X, item 7, pecuniary
 * Councillors Boag Crown, Price and Taylor declared a conflict of interest in Item 1   four (Boag, Crown listed apart), other
 * Cllr Smith declared an interest in agenda item 5 as a member of the trust.   Smith, item 5, not said
 * Jason Breckenridge declared a pecuniary interest for Item # 8 - Breckenridge Municipal   item 8, pecuniary
 * Liz Jeremy declared a Non-Pecuniary Interest – Less Significant Conflict on item 11.1   item 11.1, other
 * Councillor Hodivala stated that she had a non-pecuniary interest in a school application   other
 * Councillor Raciti declared a significant, pecuniary interest in Item 15 Notice of Motion   kinds with a comma
 * Cllr A N Gooding declared a pecuniary interest in Min 14.044 – he is a member of the ...   minute 14.044
 * Councillors Tod and Porter declared personal (but not prejudicial) interests in respect of   and an aside in brackets
 * The following declarations were received: / Councillor L. Burnett. / Agenda Item 7 – Bro Radio – ... personal   item 7
 * 2) Declarations of Interest – PM and GW in relation to Acre field   the names given "(PM)", "(GW)" in the minutes
 * Item 17 of Town Clerks Report Financial requests section 2 – Councillor P E George   P E George, item 17
 * The following members ... declared non-pecuniary interests in agenda item no. 4, ...: / Councillor Hyde as ...   item 4
 * There were no declarations of interest.  /  Declarations of Interest : None   none declared
 * All councillors present signed the appropriate document and declared no interests   none declared
 * 19.09.02 Register of Interests / None  /  Conflicts of Interest – Nil         none declared
 * 2. DECLARATIONS OF INTERESTS AND ADDITIONS TO REGISTER OF MEMBERS / INTERESTS / None.   none declared
 * </pre>
 */
final class DeclarationParser {

  /** An item's number in a declaration: {@code 13}, {@code 14.044}, {@code 98/23}, {@code C30/19}, {@code 12(a)}, {@code 6(b)(ii)}. */
  private static final String ITEM = "(?:[A-Z]{1,3}(?=\\d{1,3}/))?[0-9]{1,3}(?:[./][0-9a-z]{1,4})?[a-z]?(?:\\([a-z]{1,4}\\)){0,2}";
  /** One more item after the first: {@code , 99/23}, {@code  and 100/23}, {@code  and item 6b}, {@code  & 7}. */
  private static final Pattern ONE_MORE_ITEM = Pattern.compile("(?i)^\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)(?:(?:agenda\\s+)?items?\\s+)?(" + ITEM + ")(?![\\w/.])");

  /** The people, the kind of interest, and the item after "declared" (not "she has found someone interested"). */
  private static final Pattern DECLARED = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}'’.]*\\s+){0,1}(?:\\p{Lu}[\\p{L}'’.-]*(?:,\\s*|\\s+and\\s+|\\s+&\\s+|\\s+)){1,12}?)"
      + "(?:both\\s+|each\\s+|also\\s+)?(?:declared|(?:stated|advised|indicated|confirmed|reported)\\s+that\\s+(?:she|he|they)\\s+(?:had|has|held)"
      // "Cllr Jevons had an ongoing declaration of interest in agenda item 13."
      + "|(?:had|has|made)(?=\\s+(?:an?\\s+)?(?:ongoing\\s+|standing\\s+|previous\\s+)?declaration\\s+of\\s+interest))"
      + "\\s+(?:an?\\s+|their\\s+|his\\s+|her\\s+)?([\\p{L}\\s,-]{0,40}?(?:\\([\\p{L}\\s-]{1,30}\\)\\s*)?)\\s*(?i:interests?|conflicts?\\s+of\\s+interests?"
      // "Councillor C Peterson declared a conflict regarding the Trails Wairarapa Trust."
      + "|conflicts?(?=\\s+(?:regarding|concerning|relating|with|in|on|re|over)\\b))\\b"
      // "... declared an interest in minute item C30/19 – ...": a Northern Irish council's minute, its letter before the number;
      // a part in brackets after it: "... a prejudicial interest in item C084/10(e) as he was ...", "agenda item 12(a)"
      + "(?:[^.]{0,60}?\\b(?:(?i:(?:agenda\\s+|minute\\s+)?(?:items?|minute(?:\\s+ref(?:erence)?\\.?)?|min\\.?|report)\\s*(?:no\\.?\\s*|#\\s*)?)(" + ITEM + ")"
      + "|in\\s+([A-Z]{1,4}\\d{1,3}(?:/\\d{1,4})+))(?:\\b|(?<=\\))))?");
  /**
   * No one declared: {@code There were no declarations of interest}, {@code Declarations of Interest: None}, {@code There were
   * no declarations made.}, {@code No interests were declared}.
   */
  private static final Pattern NONE = Pattern.compile(
      "(?i)\\b(?:there\\s+(?:were|was)\\s+no|no)\\s+(?:declarations?|disclosures?)\\s+of\\s+(?:any\\s+)?(?:pecuniary\\s+|personal\\s+)?interests?\\b"
      + "|\\bno\\s+(?:interests?|declarations?|conflicts?(?:\\s+of\\s+interest)?)\\s+(?:were|was|had\\s+been)\\s+(?:declared|made|received|noted)"
      + "|\\b(?:(?:declarations?|disclosures?|registers?|notifications?)\\s+of\\s+(?:members'?\\s+|councillors'?\\s+)?"
      + "(?:(?:disclosable\\s+)?(?:pecuniary|personal|prejudicial|registrable)\\s+(?:(?:and|or)\\s+other\\s+)?)?interests?"
      + "|conflicts?\\s+of\\s+interests?)\\s*[:\\-–.]*\\s*(?:none|nil|no(?:ne)?\\s+declared)\\b|\\bnone\\s+(?:were\\s+)?declared\\b"
      + "|\\bthere\\s+were\\s+(?:none|no\\s+conflicts?)\\b|\\bdeclared\\s+no\\s+(?:pecuniary\\s+|personal\\s+)?interests?\\b"
      + "|\\bno\\s+(?:personal\\s+|prejudicial\\s+|pecuniary\\s+)?(?:declarations?|interests?)\\s+(?:(?:was|were)\\s+)?(?:received|made|declared)\\b");

  private DeclarationParser() {}

  /**
   * The items listed after a declaration's first, from {@code from}: {@code ... an interest in Minute Reference 98/23, 99/23
   * and 100/23 as they were ...} gives 99/23 and 100/23.
   */
  private static List<String> moreItems(String text, int from) {
    List<String> out = new ArrayList<>();
    Matcher more = ONE_MORE_ITEM.matcher(text);
    for (int at = from; more.region(at, text.length()).lookingAt(); at = more.end()) {
      out.add(more.group(1));
    }
    return out;
  }

  /** The minute's number in brackets after the agenda item's: {@code Item 19 (minute 294)}. */
  private static final Pattern MINUTE_IN_BRACKETS = Pattern.compile("(?i)\\s*\\((?:minutes?|min\\.?)\\s+(\\d{1,4}(?:/\\d{2,4})?)\\b");

  /** The declarations in a set of minutes' lines. */
  static List<Declaration> parse(List<Line> body) {
    List<Declaration> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      String t = body.get(i).text();
      String lower = t.toLowerCase(Locale.ROOT);
      if (!lower.contains("declared") && !lower.contains(" that ") && !lower.contains("declaration of interest") && !(i + 1 < body.size()
          && body.get(i + 1).text().toLowerCase(Locale.ROOT).startsWith("declared"))) {
        continue;
      }
      String two = i + 1 < body.size() ? t + " " + body.get(i + 1).text() : t;
      Matcher m = DECLARED.matcher(two);
      while (m.find()) {
        if (m.start() >= t.length()) {
          break;
        }
        String interest = interest(m.group(0).substring(m.group(1).length()));
        String item = m.group(3) != null ? m.group(3) : m.group(4);
        Matcher minute = m.group(3) != null ? MINUTE_IN_BRACKETS.matcher(two).region(m.end(3), two.length()) : null;
        if (minute != null && minute.lookingAt()) {
          item = minute.group(1); // "Item 19 (minute 294)": the minutes are numbered by the minute, not the agenda's item
        }
        List<String> items = new ArrayList<>(Collections.singletonList(item));
        if (m.group(3) != null && item.equals(m.group(3))) {
          items.addAll(moreItems(two, m.end(3)));
        }
        for (PersonNames.Person p : splitSurnames(PersonNames.list(m.group(1).strip()), m.group(1), body, i)) {
          for (String each : items) {
            out.add(new Declaration(p.name(), each, interest, two.strip(), body.get(i).page()));
          }
        }
      }
    }
    out.addAll(nameThenItem(body));
    out.addAll(itemsUnderHeading(body));
    out.addAll(byInitials(body));
    out.addAll(followingMembers(body));
    return out;
  }

  /** {@code The following members of the committee declared non-pecuniary interests in agenda item no. 4, ...:} */
  private static final Pattern FOLLOWING_DECLARED = Pattern.compile(
      "(?i)\\bthe\\s+following\\s+(?:members|councill?ors)\\b[^:.]{0,80}?\\bdeclared\\s+(?:an?\\s+)?([\\p{L}\\s,-]{0,40}?)\\s*interests?\\b"
      + "(?:[^:.]{0,40}?\\b(?:agenda\\s+)?items?\\s*(?:no\\.?\\s*|#\\s*)?([0-9]{1,3}(?:[./][0-9a-z]{1,4})?[a-z]?)\\b)?[^:.]{0,120}:\\s*$");
  /** A line that opens with a councillor's name: {@code Councillor Norman as a member of the corporate parenting panel.} */
  private static final Pattern TITLED_AT_START = Pattern.compile(
      "^(?:County\\s+)?(?:Councillor|Councilor|Cllr\\.?|Cr\\.?)\\s+((?:\\p{Lu}\\.?\\s*){0,3}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)\\b");

  /**
   * The members a sentence about the following members' interests lists, a councillor to a line, each line
   * going on in lower case, up to a line that opens otherwise:
   *
   * <pre>
   * The following members of the committee declared non-pecuniary interests in agenda item no. 4, corporate parenting
   * strategy 2017-2020:
   * Councillor Hyde as the support team member (looked after children), the chairman of the corporate parenting panel
   * and a member of the fostering panel.
   * Councillor Norman as a member of the corporate parenting panel.
   * </pre>
   */
  private static List<Declaration> followingMembers(List<Line> body) {
    List<Declaration> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      if (!mentionsFollowing(body.get(i)) && !(i + 1 < body.size() && mentionsFollowing(body.get(i + 1)))) {
        continue; // the sentence, on this line or wrapped onto the next, names "the following members"
      }
      for (int n = 1; n <= 2 && i + n <= body.size(); n++) {
        StringBuilder sentence = new StringBuilder();
        for (int k = i; k < i + n; k++) {
          sentence.append(body.get(k).text().strip()).append(' ');
        }
        Matcher m = FOLLOWING_DECLARED.matcher(sentence.toString().strip());
        if (!m.find()) {
          continue;
        }
        for (int j = i + n; j < body.size(); j++) {
          String t = body.get(j).text().strip();
          Matcher who = TITLED_AT_START.matcher(t);
          if (who.find()) {
            Optional<PersonNames.Person> p = PersonNames.one(who.group(1), null);
            if (p.isPresent()) {
              out.add(new Declaration(p.get().name(), m.group(2), interest(m.group(1)), t, body.get(j).page()));
            }
          } else if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
            break;
          }
        }
        i += n - 1;
        break;
      }
    }
    return out;
  }

  private static boolean mentionsFollowing(Line line) {
    return line.text().toLowerCase(Locale.ROOT).contains("following");
  }

  /** Members' initials after a declarations heading: {@code 2) Declarations of Interest – PM and GW in relation to Acre field}. */
  private static final Pattern INITIALS_DECLARED = Pattern.compile(
      "^(?:\\S{1,12}\\s+)?(?i:(?:declarations?|disclosures?)\\s+of\\s+(?:\\p{L}+\\s+){0,3}?interests?)\\s*[:\\-–]\\s*"
      + "(\\p{Lu}{2,3}(?:\\s*(?:,|and|&)\\s*\\p{Lu}{2,3})*)(?:\\s+(?:in|re|regarding|for|on|with)\\b.*|\\s*[.,;]?\\s*)$");
  /** A name with its initials in brackets after it, as the minutes define them: {@code P March (PM) vice-chair}. */
  private static final Pattern INITIALS_DEFINED = Pattern.compile(
      "((?:\\p{Lu}\\.?\\s+){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)\\s*\\((\\p{Lu}{2,3})\\)");

  /**
   * Declarations by members' initials, each the name the minutes gave those initials to: {@code Councillors S Hughes
   * (SH) Chair, P March (PM) vice-chair, ... G Wilkinson (GW)} then {@code 2) Declarations of Interest – PM and GW in
   * relation to Acre field} are P March's and G Wilkinson's. Initials no name was given are left out.
   */
  private static List<Declaration> byInitials(List<Line> body) {
    List<Declaration> out = new ArrayList<>();
    java.util.Map<String, String> names = null;
    for (Line line : body) {
      Matcher m = INITIALS_DECLARED.matcher(line.text().strip());
      if (!m.matches()) {
        continue;
      }
      if (names == null) {
        names = new java.util.HashMap<>();
        Matcher d = INITIALS_DEFINED.matcher(String.join(" ", body.stream().map(Line::text).toList()));
        while (d.find()) {
          names.putIfAbsent(d.group(2), d.group(1));
        }
      }
      for (String initials : m.group(1).split("\\s*(?:,|and|&)\\s*")) {
        String name = names.get(initials.strip());
        Optional<PersonNames.Person> p = name == null ? Optional.empty() : PersonNames.one(name, null);
        if (p.isPresent()) {
          out.add(new Declaration(p.get().name(), null, null, line.text().strip(), line.page()));
        }
      }
    }
    return out;
  }

  private static final Pattern PLURAL_TITLE = Pattern.compile("^(?:Councillors|Councilors|Cllrs\\.?|Crs\\.?)\\s");
  private static final Pattern TWO_SURNAMES = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+)\\s+(\\p{Lu}[\\p{L}'’-]+)");

  /**
   * Surnames run together where a comma was left out: in {@code Councillors Boag Crown, Price and Taylor declared ...}
   * "Boag Crown" is two councillors when the minutes list each surname apart elsewhere ({@code Councillors Boag,
   * Browne, Chrystal, Crown, McGrath}); "John Smith" stays one.
   */
  private static List<PersonNames.Person> splitSurnames(List<PersonNames.Person> people, String names, List<Line> body, int at) {
    if (!PLURAL_TITLE.matcher(names.strip()).find()) {
      return people;
    }
    List<PersonNames.Person> out = new ArrayList<>();
    for (PersonNames.Person p : people) {
      Matcher two = TWO_SURNAMES.matcher(p.name());
      if (two.matches() && listedAlone(two.group(1), body, at) && listedAlone(two.group(2), body, at)) {
        out.add(new PersonNames.Person(two.group(1), p.title(), p.role(), p.remote()));
        out.add(new PersonNames.Person(two.group(2), p.title(), p.role(), p.remote()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** Whether a line other than {@code at} lists {@code surname} as an entry of its own ({@code Councillors Boag, Browne}). */
  private static boolean listedAlone(String surname, List<Line> body, int at) {
    Pattern entry = Pattern.compile("(?:^|,|\\band|&|\\b(?:Councillors?|Councilors?|Cllrs?|Crs?)\\.?)\\s*" + Pattern.quote(surname)
        + "\\s*(?:,|\\band\\b|&|\\.?$)");
    for (int j = 0; j < body.size(); j++) {
      if (j != at && j != at + 1 && entry.matcher(body.get(j).text().strip()).find()) {
        return true;
      }
    }
    return false;
  }

  /** A line that is a councillor's name alone: {@code Councillor L. Burnett.} */
  private static final Pattern NAME_ALONE = Pattern.compile(
      "(?:County\\s+)?(?:Councillor|Councilor|Cllr\\.?|Clr\\.?|Cr\\.?)\\s+(?:\\p{Lu}{1,2}\\.?\\s*){0,3}\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.?(?=\\s)|\\p{Lu}[\\p{L}'’-]+)){0,3}\\.?");
  /** A line's opening item and its number (the group): {@code Agenda Item 7}, {@code Item No. 11.1}, {@code Minute #4}. */
  private static final String ITEM_NUMBER = "^(?:agenda\\s+)?(?:item|minute)\\s*(?:no\\.?\\s*|#\\s*)?([0-9]{1,3}(?:[./][0-9a-z]{1,4})?[a-z]?)\\b";
  /** The item declared on the line under the name: {@code Agenda Item 7 – Bro Radio – ...}. */
  private static final Pattern ITEM_LINE = Pattern.compile("(?i)" + ITEM_NUMBER + "\\s*(.*)$");
  /** The item first, then after a dash the councillor who declared: {@code Item 17 of Town Clerks Report ... – Councillor P E George}. */
  private static final Pattern ITEM_THEN_NAME = Pattern.compile(
      "(?i)" + ITEM_NUMBER + "(.*?)\\s+[–—-]\\s+"
      + "((?-i:(?:County\\s+)?(?:Councillor|Councilor|Cllr\\.?|Cr\\.?)\\s+(?:\\p{Lu}\\.?\\s*){0,3}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?))\\.?$");
  /** An item's number in a list of them after a councillor's name: {@code 20}, {@code 7.1}. */
  private static final String LISTED_NUMBER = "\\d{1,3}(?:\\.\\d{1,3})?";
  /** What parts the numbers of a list: {@code 20,21, 22 and 25}. */
  private static final String LIST_SEPARATOR = "\\s*(?:,|&|\\band\\b)\\s*";
  /**
   * Several items after a councillor's name and a dash, or items named by what they are about (no number):
   * {@code Cllr Justice – items 20,21, 22 and 25 (non-pecuniary)}, {@code Cllr Gregory – items relating to ADC (non-pecuniary)}.
   */
  private static final Pattern ITEMS_LIST = Pattern.compile("(?i)^(?:agenda\\s+)?items\\s+(?:(" + LISTED_NUMBER + "(?:" + LIST_SEPARATOR
      + LISTED_NUMBER + ")+)\\b|(?:relating|related|concerning|regarding)\\b)(.*)$");
  private static final Pattern ABOUT_DECLARATIONS = Pattern.compile("(?i)\\b(?:declarations?|interests?)\\b");

  /**
   * Declarations listed a councillor a line, the item and interest on the line under the name, after a line about
   * declarations:
   *
   * <pre>
   * The following declarations were received:
   * Councillor L. Burnett.
   * Agenda Item 7 – Bro Radio – Council nominated representative on Barry YMCA personal
   * but exemption to prejudicial
   * </pre>
   *
   * or a table's row of the three: {@code Councillor Waterfield | Minute No. 84 - DC/2021/00123 - 90 Roe Lane, Southport |
   * Has spoken to objectors to the development}, or a line of them after a dash: {@code Cr Te Taru White – Item 7.2: Bay
   * of Plenty Territorial Authorities' Final Representation Review}.
   */
  private static List<Declaration> nameThenItem(List<Line> body) {
    List<Declaration> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Matcher itemFirst = ITEM_THEN_NAME.matcher(body.get(i).text().strip());
      if (itemFirst.matches() && afterDeclarations(body, i)) {
        // "Item 17 of Town Clerks Report Financial requests section 2 – Councillor P E George"
        Optional<PersonNames.Person> p = PersonNames.one(itemFirst.group(3), null);
        if (p.isPresent()) {
          out.add(new Declaration(p.get().name(), itemFirst.group(1), interest(itemFirst.group(2)), body.get(i).text().strip(),
              body.get(i).page()));
        }
        continue;
      }
      // a table's row: name | item | interest; or a line: "Cr Te Taru White – Item 7.2: Bay of Plenty Territorial ..."
      // "Clr E McRae | Item 16.14 Community Grant Application" (its columns), "• Councillor Steven B Heddle – Item 14.1."
      String[] row = body.get(i).text().strip()
          .split("\\s*(?:\\t|\\|)\\s*|\\s+[–—-]\\s+(?=(?i:(?:agenda\\s+)?items?)\\b)|\\s+(?=(?i:item)\\s+\\d)", 2);
      boolean inRow = row.length == 2;
      if (!inRow && i + 1 >= body.size()) {
        continue;
      }
      String name = row[0].replaceFirst("^.*?[•·▪●◦]\\s*", ""); // a bullet, and a margin's label before it ("Declarations of •")
      Matcher several = inRow ? ITEMS_LIST.matcher(row[1]) : null;
      if (several != null && several.matches() && NAME_ALONE.matcher(name).matches() && afterDeclarations(body, i)) {
        // "Cllr Justice – items 20,21, 22 and 25 (non-pecuniary)", "Cllr Gregory – items relating to ADC (non-pecuniary)"
        Optional<PersonNames.Person> p = PersonNames.one(name.replaceFirst("\\.$", ""), null);
        List<String> numbers = several.group(1) == null ? Collections.singletonList(null)
            : Arrays.asList(several.group(1).split(LIST_SEPARATOR));
        for (String number : p.isPresent() ? numbers : List.<String>of()) {
          out.add(new Declaration(p.get().name(), number, interest(several.group(2)), body.get(i).text().strip(), body.get(i).page()));
        }
        continue;
      }
      Matcher item = ITEM_LINE.matcher(inRow ? row[1] : body.get(i + 1).text().strip());
      if (!NAME_ALONE.matcher(name).matches() || !item.matches() || !afterDeclarations(body, i)) {
        continue;
      }
      String about = item.group(2) + (!inRow && i + 2 < body.size() ? " " + body.get(i + 2).text() : "");
      Optional<PersonNames.Person> p = PersonNames.one(name.replaceFirst("\\.$", ""), null);
      if (p.isPresent()) {
        out.add(new Declaration(p.get().name(), item.group(1), interest(about),
            inRow ? body.get(i).text().strip() : name + " " + body.get(i + 1).text().strip(), body.get(i).page()));
      }
    }
    return out;
  }

  /**
   * Items alone under the heading, no one named: the meeting declared interests in them without the minutes saying who.
   *
   * <pre>
   * 2. Declarations of Interest
   * Item 6.2 – Whangarei Harbour Marina Management Trust – variation to lease     no name, item 6.2
   * Item 6.10 – Fees and Charges 2020 to 2021                                     no name, item 6.10
   * </pre>
   */
  private static List<Declaration> itemsUnderHeading(List<Line> body) {
    List<Declaration> out = new ArrayList<>();
    for (int i = 0; i + 1 < body.size(); i++) {
      if (!HEADING.matcher(body.get(i).text().strip()).matches()) {
        continue;
      }
      for (int j = i + 1; j < body.size(); j++) {
        String t = body.get(j).text().strip();
        Matcher item = ITEM_LINE.matcher(t);
        if (!item.matches() || NAMED.matcher(t).find()) {
          break;
        }
        out.add(new Declaration(null, item.group(1), interest(item.group(2)), t, body.get(j).page()));
      }
    }
    return out;
  }

  /** A councillor named on a line: {@code Councillor P E George}, {@code Cr Smith}. */
  private static final Pattern NAMED = Pattern.compile("\\b(?:Councillors?|Councilors?|Cllrs?\\.?|Crs?\\.?|Mayor|Mr|Mrs|Ms|Dr)\\s+\\p{Lu}");

  /** Whether line {@code i} or one of the few above it is about declarations (the heading, or "The following declarations ..."). */
  private static boolean afterDeclarations(List<Line> body, int i) {
    for (int j = i; j >= 0 && j >= i - 8; j--) { // its own line too: "Declarations of • Councillor ... – Item 14.1."
      if (ABOUT_DECLARATIONS.matcher(body.get(j).text()).find()) {
        return true;
      }
    }
    return false;
  }

  /** A heading about interests: {@code 2. DECLARATIONS OF INTERESTS}, {@code DISCLOSURE OF INTEREST}, {@code Conflicts of interest}. */
  private static final Pattern HEADING = Pattern.compile(
      "(?i)^(?:\\S{1,12}\\s+)?(?:(?:declarations?|disclosures?|registers?|notifications?)\\s+of\\s+[\\p{L}'’\\s]{0,50}?interests?"
      + "|conflicts?\\s+of\\s+interests?)\\s*[:\\-–.]*$");
  private static final Pattern NOTHING = Pattern.compile("(?i)^(?:none(?:\\s+(?:received|made|declared))?|nil|no(?:ne)?\\s+declared|there\\s+were\\s+none)\\.?$");
  /**
   * A heading worded as its agenda item, running over lines: {@code 5. To receive declarations of interest under the
   * Localism Act 2011 – being any pecuniary or} / {@code non-pecuniary interest in agenda items ...} / {@code Interests.}
   * / {@code None received.}
   */
  private static final Pattern LONG_HEADING = Pattern.compile(
      "(?i)^(?:\\S{1,12}\\s+)?(?:to\\s+(?:receive|record|note)\\s+(?:any\\s+)?)?(?:declarations?|disclosures?)\\s+of\\s+(?:\\S+\\s+){0,3}?interests?\\b.*");
  /** Lines a heading worded as its agenda item may run over. */
  private static final int LONG_HEADING_LINES = 4;
  private static final Pattern NEXT_NUMBER = Pattern.compile("^\\(?\\d{1,3}[.)]\\s");

  /** Whether the minutes say that no interests were declared. */
  static boolean noneDeclared(List<Line> body) {
    for (int i = 0; i < body.size(); i++) {
      String t = body.get(i).text();
      int after = HEADING.matcher(t).matches() ? i + 1 : wrappedHeading(body, i) ? i + 2 : -1;
      if (after > 0) {
        // "DISCLOSURE OF INTEREST" / "Minutes:" / "Nil."
        for (int j = after; j < body.size() && j <= after + 2; j++) {
          String next = body.get(j).text().strip();
          if (NOTHING.matcher(next).matches()) {
            return true;
          }
          if (!next.matches("(?i)minutes?\\s*:|decisions?\\s*:")) {
            break;
          }
        }
      }
      if (after < 0 && LONG_HEADING.matcher(t).matches()) {
        for (int j = i + 1; j < body.size() && j <= i + LONG_HEADING_LINES && !NEXT_NUMBER.matcher(body.get(j).text()).lookingAt(); j++) {
          if (NOTHING.matcher(body.get(j).text().strip()).matches()) {
            return true;
          }
        }
      }
      String two = i + 1 < body.size() ? t + " " + body.get(i + 1).text() : t;
      if (NONE.matcher(two).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A heading in capitals that wraps onto a second line: {@code 2. DECLARATIONS OF INTERESTS AND ADDITIONS TO
   * REGISTER OF MEMBERS} / {@code INTERESTS} / {@code None.}
   */
  private static boolean wrappedHeading(List<Line> body, int i) {
    if (i + 1 >= body.size()) {
      return false;
    }
    String t = body.get(i).text().strip();
    String next = body.get(i + 1).text().strip();
    return capitals(t) && capitals(next) && HEADING.matcher(t + " " + next).matches();
  }

  private static boolean capitals(String text) {
    return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
  }

  private static String interest(String words) {
    String w = words == null ? "" : words.toLowerCase(Locale.ROOT);
    if (w.contains("non-registrable") || w.contains("non registrable")) {
      return "non-registrable";
    }
    if (w.contains("non-pecuniary") || w.contains("non pecuniary") || w.contains("non-financial")) {
      return "other";
    }
    if (w.contains("pecuniary") || w.contains("financial")) {
      return "pecuniary";
    }
    if (w.contains("personal") || w.contains("prejudicial") || w.contains("other") || w.contains("registrable")
        || w.contains("conflict") || w.contains("non-pecuniary") || w.contains("significant") || w.contains("less than significant")) {
      return "other";
    }
    return null;
  }
}
