/** The Lucene schema, in one place: field names, analyzers, storage, doc values, facets. */
package org.agendasearch.search.schema;
