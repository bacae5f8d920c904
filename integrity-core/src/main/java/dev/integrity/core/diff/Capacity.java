package dev.integrity.core.diff;

/**
 * How the values one type holds compare with another's: the second type is {@link #NARROWER} when it refuses
 * values the first holds and holds none the first refuses. Numerics compare by whole digits (precision minus
 * scale) and by scale apart: {@code numeric(10,4)} holds more decimals than {@code numeric(10,2)} but refuses
 * its values from 10^6 up, so the two are {@link #INCOMPATIBLE}. Shared by the differ and the lints.
 */
public enum Capacity {
  EQUAL,
  NARROWER,
  WIDER,
  INCOMPATIBLE;

  /** {@code numeric(toPrecision,toScale)} against {@code numeric(fromPrecision,fromScale)}. */
  public static Capacity ofNumeric(long fromPrecision, long fromScale, long toPrecision, long toScale) {
    int whole = Long.compare(toPrecision - toScale, fromPrecision - fromScale);
    int scale = Long.compare(toScale, fromScale);
    if (whole == 0 && scale == 0) {
      return EQUAL;
    }
    if (whole <= 0 && scale <= 0) {
      return NARROWER;
    }
    return whole >= 0 && scale >= 0 ? WIDER : INCOMPATIBLE;
  }

  /** True when a column changed from the first type to the second can refuse or lose values. */
  public boolean refusesValues() {
    return this == NARROWER || this == INCOMPATIBLE;
  }
}
