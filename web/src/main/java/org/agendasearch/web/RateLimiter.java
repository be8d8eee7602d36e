package org.agendasearch.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perSecond} requests a second on average, bursts up to
 * {@code burst}. Enough to keep one abusive client from taking a small server's cores; put a real
 * reverse proxy in front for anything more. Buckets of clients gone quiet are forgotten.
 */
public final class RateLimiter {

  private static final int MAX_CLIENTS = 100_000;

  private final double perSecond;
  private final double burst;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

  public RateLimiter(double perSecond, double burst) {
    this(perSecond, burst, System::nanoTime);
  }

  /**
   * A limiter whose buckets refill by {@code nanoClock} (a {@link System#nanoTime()} reading). The
   * server uses the system clock; a test passes a clock it advances, to show that a client refused
   * gets answered again once the refill time has passed, without sleeping through it.
   */
  public RateLimiter(double perSecond, double burst, LongSupplier nanoClock) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanoClock = nanoClock;
  }

  /** Takes a token for {@code client}; false when it has none left. */
  public boolean allow(String client) {
    long now = nanoClock.getAsLong();
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
