/** The query language people type, turned into Lucene queries, with limits and readable errors. */
package org.agendasearch.search.query;
