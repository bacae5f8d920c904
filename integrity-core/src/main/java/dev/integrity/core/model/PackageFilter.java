package dev.integrity.core.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which class files a list of packages keeps: a class of one of the packages or of a subpackage, or a class
 * named outright (without wildcards); Ant-style {@code *} (within one name) and {@code **} (any depth) as Spring reads the packages of
 * {@code @EntityScan} ({@code com.acme.*.domain}). An empty list keeps every class.
 */
record PackageFilter(List<Pattern> patterns) {

  PackageFilter {
    patterns = List.copyOf(patterns);
  }

  static PackageFilter of(List<String> packages) {
    return new PackageFilter(patterns(packages));
  }

  /** @param path a class file's path in its root, {@code com/acme/Order.class} */
  boolean keeps(String path) {
    if (path.startsWith("META-INF/")) {
      return false;
    }
    return patterns.isEmpty() || patterns.stream().anyMatch(pattern -> pattern.matcher(path).matches());
  }

  private static List<Pattern> patterns(List<String> packages) {
    List<Pattern> patterns = new java.util.ArrayList<>();
    for (String name : packages) {
      StringBuilder regex = new StringBuilder();
      for (String segment : name.trim().split("\\.")) {
        regex.append(segment.equals("**") ? "(?:[^/]+/)*" : glob(segment) + "/");
      }
      String classOrPackage = regex + "(?:[^/]+/)*[^/]+\\.class";
      patterns.add(Pattern.compile(name.contains("*") ? classOrPackage
          : classOrPackage + "|" + Pattern.quote(name.trim().replace('.', '/') + ".class")));
    }
    return patterns;
  }

  private static String glob(String text) {
    String[] parts = text.split("\\*", -1);
    StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      regex.append("[^/]*").append(Pattern.quote(parts[i]));
    }
    return regex.toString();
  }
}
