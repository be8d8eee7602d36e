package org.agendasearch.search;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A query made of what one pass over one index reader found (the folded pages, the scored
 * matches): a leaf, equal only to itself, since no other query selects the same documents and
 * it means nothing on another reader.
 */
abstract class PassBoundQuery extends Query {

  @Override
  public final void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public final boolean equals(Object other) {
    return other == this;
  }

  @Override
  public final int hashCode() {
    return System.identityHashCode(this);
  }
}
