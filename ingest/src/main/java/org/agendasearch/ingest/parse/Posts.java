package org.agendasearch.ingest.parse;

/**
 * The words for posts, written once for the patterns that read them. {@link #STAFF} are the last words of a staff
 * post ({@code Planning Adviser}, {@code City Attorney}, {@code CAO}): the posts a name may follow in
 * {@code City Attorney Bill Kabeiseman}, and, with members' offices ({@code Mayor}, {@code Chair}), the words of a
 * role that are no one's name.
 */
final class Posts {

  /** {@code adviser|officer|...}: an alternation for a pattern, without a group. */
  static final String STAFF = "adviser|advisor|officer|director|manager|clerk|executive|engineer|solicitor|secretary"
      + "|treasurer|planner|assistant|administrator|attorney|recorder|coordinator|co-ordinator|consultant|inspector|superintendent"
      + "|sergeant|constable|chief|cao|ceo|cfo";

  private Posts() {}
}
