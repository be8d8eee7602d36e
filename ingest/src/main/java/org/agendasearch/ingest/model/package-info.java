/** Plain records named as councils name things; no PDFBox or Lucene types. */
package org.agendasearch.ingest.model;
