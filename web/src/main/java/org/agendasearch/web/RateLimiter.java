package org.agendasearch.web;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perSecond} requests a second on average, bursts up to
 * {@code burst}. Enough to keep one abusive client from taking a small server's cores; put a real
 * reverse proxy in front for anything more. Buckets of clients gone quiet are forgotten.
 */
public final class RateLimiter {

  private static final int MAX_CLIENTS = 100_000;

  private final double perSecond;
  private final double burst;
  private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

  public RateLimiter(double perSecond, double burst) {
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /** Takes a token for {@code client}; false when it has none left. */
  public boolean allow(String client) {
    long now = System.nanoTime();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear();
    }
    double[] b = buckets.computeIfAbsent(client, k -> new double[] {burst, now});
    synchronized (b) {
      double refill = (now - (long) b[1]) / 1e9 * perSecond;
      b[0] = Math.min(burst, b[0] + refill);
      b[1] = now;
      if (b[0] >= 1) {
        b[0] -= 1;
        return true;
      }
      return false;
    }
  }

  /** Seconds until {@code client} has a token again (at least 1). */
  public long retryAfterSeconds() {
    return Math.max(1, (long) Math.ceil(1 / perSecond));
  }
}
