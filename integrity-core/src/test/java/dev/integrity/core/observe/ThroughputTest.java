package dev.integrity.core.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The duration a live table's size and a measured rate give, and how it reads. */
class ThroughputTest {

  private static final long MB = 1024L * 1024;

  private static Optional<String> estimate(long rows, long nanos, long liveRows) {
    return new Throughput(rows, nanos).estimate(new TableSize(liveRows, 100 * MB));
  }

  @Test
  void theRateIsRoundedToTwoDigitsAndTheLiveRowsAreDividedByIt() {
    assertEquals(250_000, new Throughput(1000, 4_000_000).rowsPerSecond());
    assertEquals(240_000, new Throughput(1000, 4_100_000).rowsPerSecond(), "243,902 rows/s, two digits");
    assertEquals(Optional.of("about 4 min at the 250,000 rows/s measured on the disposable server"), estimate(1000, 4_000_000, 60_000_000));
  }

  @Test
  void theDurationReadsInTheUnitThatFitsIt() {
    assertEquals("under a second", estimate(1000, 4_000_000, 200_000).orElseThrow().replaceFirst(" at the .*", ""));
    assertEquals("about 40 s", estimate(1000, 4_000_000, 10_000_000).orElseThrow().replaceFirst(" at the .*", ""));
    assertEquals("about 2 h", estimate(1000, 4_000_000, 1_800_000_000).orElseThrow().replaceFirst(" at the .*", ""));
    assertEquals("about 3 days", estimate(1000, 400_000_000, 650_000_000).orElseThrow().replaceFirst(" at the .*", ""));
  }

  @Test
  void aLiveTableWhoseStatisticsCountNoRowsGetsNoEstimate() {
    assertEquals(Optional.empty(), estimate(1000, 4_000_000, 0));
  }
}
