package dev.integrity.core.write;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next file name in a folder's own naming: a sequence ({@code 001-create-tables} → {@code 002-add-invoice-note}),
 * a timestamp ({@code 20240101000000_added_entity_Invoice} → {@code 20261204183000_add_invoice_note}) or the name alone,
 * with the words joined the way the folder joins them.
 */
final class FileNames {

  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)([-_.]?)(.*)$");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
  /** Numbers this long are timestamps ({@code yyyyMMddHHmm} and longer), not sequence numbers. */
  private static final int TIMESTAMP_DIGITS = 12;

  private FileNames() {}

  /**
   * @param template the base name (no extension) of the file the new one follows, or null when there is none
   * @param existing the base names already in the folder
   */
  static String next(String template, List<String> existing, String name, Instant now) {
    if (template == null) {
      return slug(name, '-');
    }
    Matcher numbered = NUMBERED.matcher(template);
    if (!numbered.matches()) {
      return slug(name, separator(template, '-'));
    }
    String digits = numbered.group(1);
    char separator = separator(numbered.group(3), numbered.group(2).isEmpty() ? '-' : numbered.group(2).charAt(0));
    String joint = numbered.group(2).isEmpty() ? String.valueOf(separator) : numbered.group(2);
    return nextNumber(digits, existing, now) + joint + slug(name, separator);
  }

  /** A sequence number one above the highest of the folder, or (for a timestamp) now, kept above the highest. */
  static String nextNumber(String digits, List<String> existing, Instant now) {
    BigInteger highest = existing.stream().map(NUMBERED::matcher).filter(Matcher::matches)
        .map(m -> new BigInteger(m.group(1))).filter(n -> n.toString().length() <= digits.length() || digits.length() >= TIMESTAMP_DIGITS)
        .max(BigInteger::compareTo).orElse(BigInteger.ZERO);
    if (digits.length() >= TIMESTAMP_DIGITS) {
      String stamp = STAMP.format(now);
      String candidate = digits.length() <= stamp.length() ? stamp.substring(0, digits.length()) : stamp + "0".repeat(digits.length() - stamp.length());
      BigInteger value = new BigInteger(candidate);
      return (value.compareTo(highest) > 0 ? value : highest.add(BigInteger.ONE)).toString();
    }
    return pad(highest.add(BigInteger.ONE).toString(), digits.startsWith("0") ? digits.length() : 0);
  }

  static String pad(String number, int width) {
    return number.length() >= width ? number : "0".repeat(width - number.length()) + number;
  }

  /** {@code add invoice note} → {@code add-invoice-note} (or with {@code _}). */
  static String slug(String name, char separator) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", String.valueOf(separator));
    String trimmed = slug.replaceAll("^" + Pattern.quote(String.valueOf(separator)) + "+|" + Pattern.quote(String.valueOf(separator)) + "+$", "");
    return trimmed.isEmpty() ? "migration" : trimmed;
  }

  /** {@code _} where the words of {@code rest} are joined by underscores only, else {@code -} (or the fallback when it has neither). */
  private static char separator(String rest, char fallback) {
    boolean underscore = rest.contains("_");
    boolean dash = rest.contains("-");
    if (underscore && !dash) {
      return '_';
    }
    return dash ? '-' : fallback;
  }
}
