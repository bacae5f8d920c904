package dev.integrity.core.observe;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;

/**
 * How fast one statement of a new changeSet went through the rows of the existing tables it rewrote, scanned, wrote,
 * indexed or validated on the disposable server: those tables' synthetic rows and the statement's elapsed time. On
 * tables of a few thousand rows the statement's fixed costs (catalog work, locks, the round trip) count as row work,
 * so the rate is lower than a large table would show and a duration estimated from it errs on the long side.
 */
public record Throughput(long rows, long nanos) {

  private static final MathContext TWO_DIGITS = new MathContext(2);

  /** The statement's rate, rounded to two significant digits (it is a measurement of one run, not more precise than that). */
  public long rowsPerSecond() {
    double rate = rows * 1e9 / Math.max(nanos, 1);
    return Math.max(1, new BigDecimal(rate).round(TWO_DIGITS).longValue());
  }

  /**
   * How long the same statement takes on the live table at this rate: {@code about 4 min at the 250,000 rows/s measured
   * on the disposable server}; empty when the live table's statistics count no rows.
   */
  public Optional<String> estimate(TableSize live) {
    if (live.estimatedRows() <= 0) {
      return Optional.empty();
    }
    long rate = rowsPerSecond();
    return Optional.of(duration((double) live.estimatedRows() / rate) + " at the " + String.format(Locale.ROOT, "%,d", rate)
        + " rows/s measured on the disposable server");
  }

  private static String duration(double seconds) {
    if (seconds < 1) {
      return "under a second";
    }
    if (seconds < 90) {
      return "about " + Math.round(seconds) + " s";
    }
    if (seconds < 90 * 60) {
      return "about " + Math.round(seconds / 60) + " min";
    }
    if (seconds < 48 * 3600) {
      return "about " + Math.round(seconds / 3600) + " h";
    }
    return "about " + Math.round(seconds / 86400) + " days";
  }
}
