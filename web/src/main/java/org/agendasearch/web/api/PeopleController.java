package org.agendasearch.web.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.agendasearch.search.people.PersonView;
import org.agendasearch.web.Services;

/**
 * People in the minutes over HTTP: {@code /api/people?council=}, {@code /api/people/{slug}}, and a
 * person's facts as CSV ({@code /people/{slug}/facts.csv}) and Atom ({@code /people/{slug}/facts.atom}).
 * Every output is written from the same {@link PersonView#facts}.
 */
public final class PeopleController {

  static final List<String> CSV_COLUMNS = List.of("meeting_date", "committee", "kind", "detail", "item_number",
      "item_title", "page", "document_url");

  private final Services services;

  public PeopleController(Services services) {
    this.services = services;
  }

  /** {@code /api/people?council=}: everyone the minutes name, of one council (slug or name) when given. */
  public void people(Context ctx) {
    ctx.json(PeopleJson.Listing.of(services.search().people(council(ctx))));
  }

  /** {@code /api/people/{slug}}: one person; 404 when no minutes name them. */
  public void person(Context ctx) {
    ctx.json(PeopleJson.Detail.of(person(services, ctx.pathParam("slug"))));
  }

  /** {@code /people/{slug}/facts.csv}: the person's facts, one a row, newest meeting first. */
  public void csv(Context ctx) {
    PersonView p = person(services, ctx.pathParam("slug"));
    String base = Exports.baseUrl(ctx);
    List<List<String>> rows = p.facts().stream().map(PeopleJson.Fact::of).map(f -> List.of(Exports.nz(f.meetingDate()),
        Exports.nz(f.committee()), f.kind(), Exports.nz(f.detail()), Exports.nz(f.itemNumber()), Exports.nz(f.itemTitle()),
        Integer.toString(f.page()), base + f.documentUrl())).toList();
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + p.summary().slug() + ".csv\"");
    ctx.result(Exports.csv(Exports.csvSchema(CSV_COLUMNS), rows));
  }

  /** {@code /people/{slug}/facts.atom}: the person's facts as a feed, to follow them. */
  public void atom(Context ctx) {
    PersonView p = person(services, ctx.pathParam("slug"));
    String base = Exports.baseUrl(ctx);
    String page = base + PeopleJson.personUrl(p.summary().slug());
    List<PeopleJson.Fact> facts = p.facts().stream().map(PeopleJson.Fact::of).toList();
    List<Exports.AtomEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      PeopleJson.Fact f = facts.get(i);
      String what = describe(p.summary().name(), f);
      entries.add(new Exports.AtomEntry(page + "#fact-" + (i + 1), what, base + f.documentUrl(), f.meetingDate(), f.kind(),
          p.summary().council(), escape(what)));
    }
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(Exports.atom(p.summary().name() + " – Agenda Search", base + ctx.path(), page, entries));
  }

  /** A fact in words: "R W Gough: apologies – Cabinet, 2015-01-22". */
  static String describe(String name, PeopleJson.Fact f) {
    return name + ": " + describeKind(f) + " – " + Exports.nz(f.committee())
        + (f.meetingDate() == null ? "" : ", " + f.meetingDate());
  }

  /** What a fact says, in words: "apologies", "declared a pecuniary interest in item 7", "moved item 5". */
  public static String describeKind(PeopleJson.Fact f) {
    return switch (f.kind()) {
      case "attendance" -> f.detail();
      case "declaration" -> "declared " + (f.detail() == null ? "an" : "a " + f.detail()) + " interest"
          + (f.itemNumber() == null ? "" : " in item " + f.itemNumber());
      case "vote" -> "voted " + f.detail() + (f.itemNumber() == null ? "" : " on item " + f.itemNumber());
      default -> f.kind() + (f.itemNumber() == null ? "" : " item " + f.itemNumber())
          + (f.itemTitle() == null ? "" : " (" + f.itemTitle() + ")");
    };
  }

  /** The person of a slug, or a 404 that says so. */
  public static PersonView person(Services services, String slug) {
    return services.search().person(slug).orElseThrow(() -> new NotFoundResponse("No person with slug " + slug
        + " is named in any minutes; /api/people lists everyone who is"));
  }

  static String council(Context ctx) {
    String c = ctx.queryParam("council");
    return c == null || c.isBlank() ? null : c.strip();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
