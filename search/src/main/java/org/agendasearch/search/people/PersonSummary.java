package org.agendasearch.search.people;

/**
 * A person as a council's list shows them: counts over every set of minutes that names them.
 *
 * @param slug the person's key, for {@code /people/{slug}}
 * @param meetings sets of minutes that name the person
 * @param attended meetings the attendance lists them at (present or online)
 * @param apologies meetings they sent apologies for
 * @param absent meetings they are listed absent from
 */
public record PersonSummary(String slug, String name, String council, String councilSlug, int meetings, int attended,
    int apologies, int absent, int declarations, int moved, int seconded) {}
