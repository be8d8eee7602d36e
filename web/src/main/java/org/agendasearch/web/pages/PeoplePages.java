package org.agendasearch.web.pages;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendasearch.search.people.PersonSummary;
import org.agendasearch.search.people.PersonView;
import org.agendasearch.web.Services;
import org.agendasearch.web.api.PeopleController;
import org.agendasearch.web.api.PeopleJson;

/** The people the minutes name ({@code /people?council=}, by council) and one person's page. */
public final class PeoplePages {

  private final Services services;
  private final Templates templates;

  public PeoplePages(Services services, Templates templates) {
    this.services = services;
    this.templates = templates;
  }

  /** {@code /people?council=}: everyone the minutes name, grouped by council, with their counts. */
  public void people(Context ctx) {
    String council = MeetingPages.param(ctx, "council");
    Map<String, List<PersonSummary>> byCouncil = new LinkedHashMap<>();
    services.search().people(council).stream()
        .sorted(java.util.Comparator.comparing((PersonSummary p) -> p.council() == null ? "" : p.council()))
        .forEach(p -> byCouncil.computeIfAbsent(p.council() == null ? "Other" : p.council(), k -> new java.util.ArrayList<>())
            .add(p));
    Map<String, Object> model = new HashMap<>();
    model.put("byCouncil", byCouncil);
    model.put("council", council);
    model.put("title", "People – Agenda Search");
    ctx.html(templates.render("people", model));
  }

  /** {@code /people/{slug}}: a person's attendance, declarations, motions and votes; 404 when no minutes name them. */
  public void person(Context ctx) {
    PersonView p = PeopleController.person(services, ctx.pathParam("slug"));
    Map<String, Object> model = new HashMap<>();
    model.put("p", p);
    model.put("facts", p.facts().stream().map(FactLine::of).toList());
    model.put("searchUrl", searchUrl(p));
    model.put("title", p.summary().name() + " – Agenda Search");
    ctx.html(templates.render("person", model));
  }

  /** The search of every record naming the person (any spelling), in their council. */
  static String searchUrl(PersonView p) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    List<String> names = p.spellings().isEmpty() ? List.of(p.summary().name()) : p.spellings();
    params.put("person", names);
    if (p.summary().councilSlug() != null && !p.summary().councilSlug().isBlank()) {
      params.put("council", List.of(p.summary().councilSlug()));
    }
    params.put("sort", List.of("newest"));
    return new SearchLinks("/search", params).at("/search");
  }

  /** A fact as the page shows it: the JSON's fields, a date for people and a sentence. */
  public record FactLine(PeopleJson.Fact fact, String what) {
    static FactLine of(PersonView.Fact f) {
      PeopleJson.Fact j = PeopleJson.Fact.of(f);
      return new FactLine(j, PeopleController.describeKind(j));
    }
  }
}
