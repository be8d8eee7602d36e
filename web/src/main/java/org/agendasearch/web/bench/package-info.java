/**
 * {@code agenda bench}: parse, index, query and memory figures measured in one run on the same
 * files, printed with the machine they were measured on. Load targets loopback only, bounded in
 * count and time.
 */
package org.agendasearch.web.bench;
