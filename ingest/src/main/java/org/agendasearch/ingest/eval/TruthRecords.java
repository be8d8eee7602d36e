package org.agendasearch.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The records of a hand-written truth file ({@code name.truth.json}, the format of the councils
 * corpus README) and of a parse, as comparable facts, with the rule that says when a parsed fact
 * is the expected one.
 *
 * <p>Truth written by reading a document states what a person would record, not how our parser
 * spells it, so the comparison is by meaning: a committee matches when the words of one name
 * contain the other's ({@code City Council} for {@code City Council (4:00 P.M. Regular Meeting)}),
 * a title when nearly all its words are shared, a resolution when its text starts with the
 * truth's {@code text_starts_with}. Numbers, dates and times compare exactly.
 */
final class TruthRecords {

  /** Words that do not tell one committee from another. */
  private static final Set<String> GENERIC = Set.of("the", "of", "meeting", "minutes", "agenda", "regular",
      "ordinary", "and", "a", "held", "notice");
  /** Share of words two titles must have in common (Dice coefficient). */
  private static final double TITLE_SIMILARITY = 0.8;

  /** One comparable record: its kind's fields, in a fixed order per kind. */
  record Fact(String kind, List<String> fields) {
    @Override
    public String toString() {
      return String.join(" | ", fields.stream().map(f -> f == null ? "null" : f).toList());
    }
  }

  private TruthRecords() {}

  /** The facts a truth file expects, by kind. */
  static List<Fact> expected(JsonNode truth) {
    List<Fact> out = meetingAndAgenda(text(truth, "committee"), text(truth, "meeting_date"), text(truth, "meeting_time"),
        truth.path("agenda_items"));
    for (JsonNode m : truth.path("minutes")) {
      String date = text(m, "meeting_date");
      out.add(fact("minutes", text(m, "committee"), date));
      for (JsonNode i : m.path("items")) {
        out.add(fact("minute_item", date, number(text(i, "number")), text(i, "title")));
      }
      List<JsonNode> resolutions = new ArrayList<>();
      for (JsonNode r : m.path("resolutions")) {
        out.add(fact("resolution", date, number(text(r, "item_number")), text(r, "text_starts_with")));
        resolutions.add(r);
      }
      out.addAll(PeopleFacts.of(date, m, resolutions));
    }
    return withReports(out, truth.path("reports"));
  }

  /** The facts a parse ({@code agenda parse --json}) found, by kind. */
  static List<Fact> actual(JsonNode parsed) {
    JsonNode m = parsed.path("meeting");
    List<Fact> out = meetingAndAgenda(text(m, "committee"), text(m, "date"), text(m, "time"), parsed.path("agenda_items"));
    for (JsonNode mn : parsed.path("minutes")) {
      String date = text(mn, "date");
      out.add(fact("minutes", text(mn, "committee"), date));
      List<JsonNode> resolutions = new ArrayList<>();
      for (JsonNode i : mn.path("items")) {
        String n = number(text(i, "number"));
        if (n != null || text(i, "title") != null) {
          // a minute with neither number nor title holds decisions of minutes that print no headings: no item to score
          out.add(fact("minute_item", date, n, text(i, "title")));
        }
        for (JsonNode r : i.path("resolutions")) {
          out.add(fact("resolution", date, n, text(r, "text")));
          resolutions.add(r);
        }
      }
      out.addAll(PeopleFacts.of(date, mn, resolutions));
    }
    return withReports(out, parsed.path("reports"));
  }

  /** The meeting's stated fields and the agenda's items, the same in truth files and parses. */
  private static List<Fact> meetingAndAgenda(String committee, String date, String time, JsonNode agendaItems) {
    List<Fact> out = new ArrayList<>();
    out.add(fact("meeting", "committee", committee));
    out.add(fact("meeting", "date", date));
    out.add(fact("meeting", "time", time));
    for (JsonNode a : agendaItems) {
      out.add(fact("agenda_item", number(text(a, "number")), text(a, "title")));
    }
    return out;
  }

  /** The facts with the reports added, and without the meeting fields a document does not state. */
  private static List<Fact> withReports(List<Fact> out, JsonNode reports) {
    for (JsonNode r : reports) {
      out.add(fact("report", text(r, "title"), text(r, "meeting"), text(r, "meeting_date")));
    }
    return out.stream().filter(f -> !f.kind().equals("meeting") || f.fields().get(1) != null).toList();
  }

  /** The rule that says a found fact is the expected one, per kind. */
  static BiPredicate<Fact, Fact> matcher(String kind) {
    return switch (kind) {
      case "meeting" -> (e, a) -> e.fields().get(0).equals(a.fields().get(0))
          && (e.fields().get(0).equals("committee")
              ? sameCommittee(e.fields().get(1), a.fields().get(1))
              : e.fields().get(1).equals(a.fields().get(1)));
      case "agenda_item" -> (e, a) -> Objects.equals(e.fields().get(0), a.fields().get(0))
          && sameTitle(e.fields().get(1), a.fields().get(1));
      case "minutes" -> (e, a) -> Objects.equals(e.fields().get(1), a.fields().get(1))
          && sameCommittee(e.fields().get(0), a.fields().get(0));
      case "minute_item" -> (e, a) -> Objects.equals(e.fields().get(0), a.fields().get(0))
          && Objects.equals(e.fields().get(1), a.fields().get(1)) && sameTitle(e.fields().get(2), a.fields().get(2));
      case "resolution" -> (e, a) -> Objects.equals(e.fields().get(0), a.fields().get(0))
          && Objects.equals(e.fields().get(1), a.fields().get(1)) && startsWith(a.fields().get(2), e.fields().get(2));
      case "report" -> (e, a) -> sameTitle(e.fields().get(0), a.fields().get(0))
          && Objects.equals(e.fields().get(2), a.fields().get(2));
      case "attendance", "apologies", "declaration", "mover", "vote" -> PeopleFacts::same;
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /**
   * Two names of one committee: the distinctive words of one contain the other's. {@code Cabinet}
   * and {@code The Cabinet}; {@code City Council} and {@code City Council (5:00 P.M. Regular Meeting)}.
   */
  static boolean sameCommittee(String expected, String actual) {
    if (expected == null || actual == null) {
      return expected == null && actual == null;
    }
    Set<String> e = words(expected);
    Set<String> a = words(actual);
    e.removeAll(GENERIC);
    a.removeAll(GENERIC);
    if (e.isEmpty() || a.isEmpty()) {
      return e.equals(a);
    }
    return e.containsAll(a) || a.containsAll(e);
  }

  /** Titles that share nearly all their words (a quote mark or a wrapped hyphen apart). */
  static boolean sameTitle(String expected, String actual) {
    if (expected == null || actual == null) {
      return expected == null && actual == null;
    }
    List<String> e = wordList(expected);
    List<String> a = wordList(actual);
    if (e.isEmpty() || a.isEmpty()) {
      return e.isEmpty() && a.isEmpty();
    }
    List<String> rest = new ArrayList<>(a);
    int shared = 0;
    for (String w : e) {
      if (rest.remove(w)) {
        shared++;
      }
    }
    return 2.0 * shared / (e.size() + a.size()) >= TITLE_SIMILARITY;
  }

  /** The marker of a decision's first part: {@code (i)}, {@code (a)}, {@code 1.}. */
  private static final java.util.regex.Pattern PART_MARKER = java.util.regex.Pattern.compile(
      "^\\s*\\(?(?:[ivx]{1,4}|[a-z]|\\d{1,2})[.)]\\s+");

  /** Whether a decision's text starts with the expected words, "that", punctuation and a first part's marker aside. */
  static boolean startsWith(String text, String start) {
    if (text == null || start == null) {
      return text == null && start == null;
    }
    // "resolved to: (i) Approve ...": a lead-in before the parts is not the decision's own words, and
    // "(i) That the Grassland ... be approved": nor is the first part's marker (either of them on either side)
    String own = text.replaceFirst("(?is)^(?:that|to)\\s*:\\s*", "");
    String t = String.join(" ", wordList(PART_MARKER.matcher(own).replaceFirst(""))).replaceFirst("^that ", "");
    String ownStart = start.replaceFirst("(?is)^(?:that|to)\\s*:\\s*", "");
    String s = String.join(" ", wordList(PART_MARKER.matcher(ownStart).replaceFirst(""))).replaceFirst("^that ", "");
    return t.startsWith(s);
  }

  /** An item number without decoration: {@code 54.} and {@code (54)} as {@code 54}, case folded. */
  static String number(String n) {
    if (n == null) {
      return null;
    }
    String s = n.strip().toLowerCase(Locale.ROOT).replaceAll("^[(\\[]|[.:)\\]]+$", "").strip();
    return s.isEmpty() ? null : s;
  }

  private static Set<String> words(String s) {
    return new HashSet<>(wordList(s));
  }

  private static List<String> wordList(String s) {
    String folded = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace("'", "").replace("&", " and ");
    return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static Fact fact(String kind, String... fields) {
    return new Fact(kind, Arrays.asList(fields));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }
}
