/**
 * Parsing heuristics: pages of text in, meetings, agenda items, minutes, resolutions and reports
 * out. Each heuristic is small, documented with the line it handles, and unit-tested on that line
 * and its variants. Entry point: {@link org.agendasearch.ingest.parse.PackParser}.
 */
package org.agendasearch.ingest.parse;
