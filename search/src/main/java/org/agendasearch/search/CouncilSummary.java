package org.agendasearch.search;

import java.util.List;

/**
 * A council as the index knows it: its name, slug, how many meetings and committees, in which years.
 */
public record CouncilSummary(String name, String slug, int meetings, int committees, List<Integer> years) {}
