package org.agendasearch.search;

import java.util.List;

/**
 * A committee as the index knows it: its label, URL slug, its council (name and slug, null when not
 * known), how many meetings, in which years. Two councils' Cabinets are two committees.
 */
public record CommitteeSummary(String name, String slug, String council, String councilSlug, int meetings,
    List<Integer> years) {}
