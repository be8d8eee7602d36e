/** Parse accuracy: records parsed against expected records, as precision, recall and F1 per kind. */
package org.agendasearch.ingest.eval;
