package org.agendasearch.search.index;

import java.util.concurrent.CountDownLatch;

/**
 * Named points in a reindex where a test can stop it, so as to kill the process exactly there:
 * the kill tests wait for the line saying the reindex got there instead of guessing how long it
 * takes. Off unless the system property {@value #PROPERTY} names a point (a server or reindex never
 * sets it): then the reindex, on reaching that point, prints {@code stopped at POINT} on standard
 * output and waits there until the process is killed.
 */
public final class StopPoints {

  /** The system property that names the point to stop at. */
  static final String PROPERTY = "agenda.test.stopAt";

  /** The plan is made and the index lock held; nothing is written yet. */
  static final String PLANNED = "planned";
  /** The first file's records are handed to the index writer; nothing is committed. */
  public static final String INDEXING = "indexing";
  /** Every file is read; the commit is next. */
  static final String COMMITTING = "committing";
  /** The new generation is committed but not yet published as the live one. */
  static final String COMMITTED = "committed";
  /** The new generation is live; older ones are not yet pruned. */
  static final String PUBLISHED = "published";

  private static final CountDownLatch NEVER = new CountDownLatch(1);

  private StopPoints() {}

  /** At {@code point}: returns at once, or stops there for good when it is the point named. */
  public static void reached(String point) {
    if (!point.equals(System.getProperty(PROPERTY))) {
      return;
    }
    synchronized (StopPoints.class) {
      System.out.println("stopped at " + point);
      System.out.flush();
    }
    while (true) {
      try {
        NEVER.await();
      } catch (InterruptedException e) {
        // Stopped for good: only the kill the test sends ends this.
      }
    }
  }
}
