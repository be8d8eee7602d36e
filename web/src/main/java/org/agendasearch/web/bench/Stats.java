package org.agendasearch.web.bench;

import java.util.Arrays;

/** Latency percentiles from a sample of nanosecond durations. */
record Stats(int count, double p50Ms, double p95Ms, double p99Ms, double perSecond) {

  static Stats of(long[] nanos, long wallNanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return new Stats(s.length, pct(s, 50), pct(s, 95), pct(s, 99), s.length / (wallNanos / 1e9));
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
