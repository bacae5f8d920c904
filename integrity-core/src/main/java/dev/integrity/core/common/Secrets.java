package dev.integrity.core.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of logs, reports and exception messages: removes a known password wherever it
 * occurs, and any password a JDBC URL carries ({@code password=...} parameters and {@code user:password@}).
 */
public final class Secrets {

  public static final String MASK = "****";

  private static final Pattern URL_PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;\\s]*");
  private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@\\s]*:)[^/@\\s]*@");

  private Secrets() {}

  /** {@code text} with every occurrence of {@code password} and every password inside a URL masked. */
  public static String redact(String text, String password) {
    if (text == null) {
      return null;
    }
    String result = text;
    if (password != null && !password.isEmpty()) {
      result = result.replace(password, MASK);
    }
    return redactUrls(result);
  }

  /** {@code text} with every password inside a URL masked. */
  public static String redactUrls(String text) {
    if (text == null) {
      return null;
    }
    String result = URL_PASSWORD_PARAMETER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    return URL_USER_INFO.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
  }
}
