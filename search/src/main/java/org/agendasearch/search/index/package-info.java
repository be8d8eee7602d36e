/**
 * Building the index: packs flattened into records ({@link org.agendasearch.search.index.Records}),
 * written by {@link org.agendasearch.search.index.IndexBuilder} into a new generation that is
 * switched in atomically ({@link org.agendasearch.search.index.IndexLayout}).
 */
package org.agendasearch.search.index;
