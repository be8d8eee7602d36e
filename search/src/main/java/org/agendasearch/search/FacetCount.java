package org.agendasearch.search;

/** One facet value and how many results have it. */
public record FacetCount(String value, int count) {}
