package org.agendasearch.search;

import java.util.List;

/** A committee as the index knows it: its label, URL slug, how many meetings, in which years. */
public record CommitteeSummary(String name, String slug, int meetings, List<Integer> years) {}
