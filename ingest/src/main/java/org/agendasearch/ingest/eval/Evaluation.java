package org.agendasearch.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.agendasearch.ingest.model.Committees;

/**
 * Compares parsed records with expected ones (both in the JSON of the parse contract) and counts,
 * per record kind, the records found exactly right (true positives), the ones found that are not
 * expected, and the expected ones not found. A record counts only when every field of it matches:
 * an agenda item with the right title on the wrong page is a miss and an extra.
 */
public final class Evaluation {

  /** The record kinds we score, in the order they are printed. */
  public static final List<String> KINDS = List.of("meeting", "agenda_item", "minutes", "minute_item", "resolution", "report");

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  /** The same counts per group (a council's folder), in the order groups were first added. */
  private final Map<String, Map<String, int[]>> groups = new LinkedHashMap<>();
  private final Map<String, Integer> documents = new LinkedHashMap<>();
  private final List<String> differences = new ArrayList<>();
  private final boolean withPages;

  /** Scores every field, pages included. */
  public Evaluation() {
    this(true);
  }

  /**
   * @param withPages false to ignore page numbers: for renderings of a pack that have no pages
   *     (text, HTML), where only the records themselves can be compared
   */
  public Evaluation(boolean withPages) {
    this.withPages = withPages;
    KINDS.forEach(k -> counts.put(k, new int[3]));
    PEOPLE.forEach(k -> counts.put(k, new int[3]));
  }

  /** The people kinds, scored where a truth file states its minutes' people. */
  public static final List<String> PEOPLE = PeopleFacts.KINDS;

  /** Adds one document's comparison with expected records in the parse contract's own JSON. */
  public void add(String source, JsonNode expected, JsonNode actual) {
    add("all", source, expected, actual);
  }

  /** The same, counted in a group too (a council). */
  public void add(String group, String source, JsonNode expected, JsonNode actual) {
    documents.merge(group, 1, Integer::sum);
    compare(group, source, "meeting", meetingFields(expected), meetingFields(actual));
    compare(group, source, "agenda_item", agendaItems(expected), agendaItems(actual));
    compare(group, source, "minutes", minutes(expected), minutes(actual));
    compare(group, source, "minute_item", minuteItems(expected), minuteItems(actual));
    compare(group, source, "resolution", resolutions(expected), resolutions(actual));
    compare(group, source, "report", reports(expected), reports(actual));
  }

  /**
   * Adds one document's comparison with a hand-written truth file ({@code name.truth.json}), whose
   * records are compared by meaning ({@link TruthRecords}), in a group (the council).
   */
  public void addTruth(String group, String source, JsonNode truth, JsonNode actual) {
    List<String> kinds = new ArrayList<>(KINDS);
    if (PeopleFacts.stated(truth)) {
      kinds.addAll(PEOPLE);
    }
    score(group, source, truth, actual, kinds);
  }

  /** Adds one document's people only, from a truth file that states nothing else (the samples' people). */
  public void addPeople(String group, String source, JsonNode truth, JsonNode actual) {
    score(group, source, truth, actual, PEOPLE);
  }

  private void score(String group, String source, JsonNode truth, JsonNode actual, List<String> kinds) {
    documents.merge(group, 1, Integer::sum);
    List<TruthRecords.Fact> want = TruthRecords.expected(truth);
    List<TruthRecords.Fact> got = TruthRecords.actual(actual);
    for (String kind : kinds) {
      BiPredicate<TruthRecords.Fact, TruthRecords.Fact> same = TruthRecords.matcher(kind);
      List<TruthRecords.Fact> left = new ArrayList<>(want.stream().filter(f -> f.kind().equals(kind)).toList());
      for (TruthRecords.Fact a : got) {
        if (!a.kind().equals(kind)) {
          continue;
        }
        Optional<TruthRecords.Fact> hit = left.stream().filter(e -> same.test(e, a)).findFirst();
        if (hit.isPresent()) {
          left.remove(hit.get());
          count(group, kind, 0);
        } else {
          count(group, kind, 1);
          differences.add(source + " " + kind + " + " + a);
        }
      }
      for (TruthRecords.Fact e : left) {
        count(group, kind, 2);
        differences.add(source + " " + kind + " - " + e);
      }
    }
  }

  /** F1 over the records of every kind together (each record counts once, whatever its kind). */
  public double overallF1() {
    int[] all = new int[3];
    counts.values().forEach(c -> {
      all[0] += c[0];
      all[1] += c[1];
      all[2] += c[2];
    });
    return f1(all);
  }

  /** Records compared in all, expected plus found: 0 when there was nothing to compare. */
  public int compared() {
    return counts.values().stream().mapToInt(c -> c[0] + c[1] + c[2]).sum();
  }

  /** Documents compared. */
  public int documents() {
    return documents.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** F1 of one kind in one group; 1 when nothing was expected and nothing found. */
  public double f1(String group, String kind) {
    return f1(groups.getOrDefault(group, Map.of()).getOrDefault(kind, new int[3]));
  }

  /** The groups compared, in order. */
  public List<String> groups() {
    return List.copyOf(groups.keySet());
  }

  /**
   * F1 per kind for each group, one line a group, and the lowest F1 of each kind under them;
   * "-" where a group had nothing of that kind to expect or find.
   */
  public String groupTable() {
    int width = Math.max(12, groups.keySet().stream().mapToInt(String::length).max().orElse(0));
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %4s", "group", "docs"));
    KINDS.forEach(k -> sb.append(String.format(Locale.ROOT, " %11s", k)));
    sb.append('\n');
    for (Map.Entry<String, Map<String, int[]>> g : groups.entrySet()) {
      sb.append(String.format(Locale.ROOT, "%-" + width + "s %4d", g.getKey(), documents.getOrDefault(g.getKey(), 0)));
      for (String k : KINDS) {
        int[] c = g.getValue().get(k);
        sb.append(c[0] + c[1] + c[2] == 0 ? String.format(Locale.ROOT, " %11s", "-")
            : String.format(Locale.ROOT, " %11.3f", f1(c)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The lowest F1 of one kind over the groups that had any record of that kind. */
  public double lowestGroupF1(String kind) {
    return groups.values().stream().map(g -> g.get(kind)).filter(c -> c[0] + c[1] + c[2] > 0)
        .mapToDouble(Evaluation::f1).min().orElse(1);
  }

  private static double f1(int[] c) {
    double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private void count(String group, String kind, int which) {
    counts.get(kind)[which]++;
    groups.computeIfAbsent(group, g -> {
      Map<String, int[]> m = new LinkedHashMap<>();
      KINDS.forEach(k -> m.put(k, new int[3]));
      PEOPLE.forEach(k -> m.put(k, new int[3]));
      return m;
    }).get(kind)[which]++;
  }

  /** F1 of one kind; 1 when nothing was expected and nothing found. */
  public double f1(String kind) {
    return f1(counts.get(kind));
  }

  public double precision(String kind) {
    int[] c = counts.get(kind);
    return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
  }

  public double recall(String kind) {
    int[] c = counts.get(kind);
    return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
  }

  /** The records that differ, one line each: "- expected" and "+ found". */
  public List<String> differences() {
    return List.copyOf(differences);
  }

  /** A table: kind, expected, found, right, precision, recall, F1. */
  public String table() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s %8s %6s %6s %9s %7s %6s%n",
        "kind", "expected", "found", "right", "precision", "recall", "F1"));
    for (String k : KINDS) {
      row(sb, k);
    }
    if (PEOPLE.stream().anyMatch(k -> counts.get(k)[0] + counts.get(k)[1] + counts.get(k)[2] > 0)) {
      sb.append("people:\n");
      PEOPLE.forEach(k -> row(sb, k));
    }
    return sb.toString();
  }

  private void row(StringBuilder sb, String k) {
    int[] c = counts.get(k);
    sb.append(String.format(Locale.ROOT, "%-12s %8d %6d %6d %9.3f %7.3f %6.3f%n", k, c[0] + c[2], c[0] + c[1], c[0],
        precision(k), recall(k), f1(k)));
  }

  private void compare(String group, String source, String kind, List<String> expected, List<String> actual) {
    Map<String, Integer> left = new HashMap<>();
    expected.forEach(e -> left.merge(e, 1, Integer::sum));
    for (String a : actual) {
      Integer n = left.get(a);
      if (n != null && n > 0) {
        left.put(a, n - 1);
        count(group, kind, 0);
      } else {
        count(group, kind, 1);
        differences.add(source + " " + kind + " + " + a);
      }
    }
    left.forEach((e, n) -> {
      for (int i = 0; i < n; i++) {
        count(group, kind, 2);
        differences.add(source + " " + kind + " - " + e);
      }
    });
  }

  private static List<String> meetingFields(JsonNode doc) {
    JsonNode m = doc.path("meeting");
    List<String> out = new ArrayList<>();
    addIfPresent(out, "committee", Committees.key(text(m, "committee")));
    addIfPresent(out, "date", text(m, "date"));
    addIfPresent(out, "time", text(m, "time"));
    addIfPresent(out, "venue", norm(text(m, "venue")));
    return out;
  }

  private String page(JsonNode n) {
    return withPages ? " | p" + n.path("page").asInt() : "";
  }

  private List<String> agendaItems(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : doc.path("agenda_items")) {
      out.add(a.path("number").asText() + " | " + norm(text(a, "title")) + page(a) + " | " + norm(text(a, "description")));
    }
    return out;
  }

  private List<String> minutes(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : doc.path("minutes")) {
      out.add(Committees.key(text(m, "committee")) + " | " + text(m, "date") + page(m));
    }
    return out;
  }

  private List<String> minuteItems(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : doc.path("minutes")) {
      for (JsonNode i : m.path("items")) {
        out.add(text(m, "date") + " | " + i.path("number").asText() + " | " + norm(text(i, "title")) + page(i));
      }
    }
    return out;
  }

  private List<String> resolutions(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : doc.path("minutes")) {
      for (JsonNode i : m.path("items")) {
        for (JsonNode r : i.path("resolutions")) {
          out.add(text(m, "date") + " | " + i.path("number").asText() + page(r) + " | " + norm(text(r, "text")));
        }
      }
    }
    return out;
  }

  private List<String> reports(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : doc.path("reports")) {
      out.add(norm(text(r, "title")) + " | " + Committees.key(text(r, "meeting")) + " | " + text(r, "meeting_date")
          + " | " + norm(text(r, "report_by")) + page(r));
    }
    return out;
  }

  private static void addIfPresent(List<String> out, String name, String value) {
    if (value != null) {
      out.add(name + "=" + value);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  /**
   * White space folded, bullet marks dropped, case ignored: a rendering's line breaks and bullet
   * glyphs (which one extraction keeps as "-" and another drops) are not the parser's concern.
   */
  static String norm(String s) {
    return s == null ? null : s.replaceAll("(?m)^\\s*[-•*]\\s+", "").replaceAll("\\s+", " ").strip()
        .toLowerCase(Locale.ROOT);
  }
}
