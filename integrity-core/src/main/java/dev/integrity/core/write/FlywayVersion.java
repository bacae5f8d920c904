package dev.integrity.core.write;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** A Flyway version ({@code 7}, {@code 1.4}, {@code 2_1}) by its numeric parts, in Flyway's order ({@code 1.10} after {@code 1.9}, {@code 1} equal to {@code 1.0}). */
public record FlywayVersion(List<BigInteger> parts) implements Comparable<FlywayVersion> {

  public FlywayVersion {
    parts = List.copyOf(parts);
  }

  public static FlywayVersion parse(String version) {
    return new FlywayVersion(Arrays.stream(version.split("[._]")).map(BigInteger::new).toList());
  }

  @Override
  public int compareTo(FlywayVersion other) {
    for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
      int c = part(i).compareTo(other.part(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private BigInteger part(int i) {
    return i < parts.size() ? parts.get(i) : BigInteger.ZERO;
  }
}
