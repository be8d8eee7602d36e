/**
 * Web and command line: the Javalin server (JSON API under {@code /api}, HTML pages) and the
 * {@code agenda} command. Thin: HTTP and arguments in, a service call, a rendering out. Knows
 * nothing of PDFBox or Lucene.
 */
package org.agendasearch.web;
