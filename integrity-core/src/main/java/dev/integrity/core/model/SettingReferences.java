package dev.integrity.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@code ${NAME}} and {@code ${NAME:default}} references in an application's settings, resolved as Spring Boot,
 * Quarkus and Micronaut resolve them at startup, from the first source that sets {@code NAME}: a Java system property of
 * the build's JVM (Maven's {@code -DNAME=…} included), an environment variable ({@code NAME} as written, then with every
 * character other than a letter or digit as {@code _}, then that in upper case: {@code TRACEABILITY_BPN} for {@code
 * traceability.bpn}), the application's own settings (those of the active profiles winning). Else the default applies.
 * References nest, in a default and in a value found. A reference nothing sets, and one that refers back to itself, stays
 * as written, as Spring Boot leaves it: {@link Setting#unresolved()} finds it there.
 */
final class SettingReferences {

  private SettingReferences() {}

  /** Every setting with its references resolved from the build's system properties and environment, then the settings. */
  static Map<String, Setting> resolve(Map<String, Setting> settings) {
    return resolve(settings, System::getProperty, System::getenv);
  }

  static Map<String, Setting> resolve(Map<String, Setting> settings, UnaryOperator<String> systemProperty,
      UnaryOperator<String> environmentVariable) {
    Resolver resolver = new Resolver(settings, systemProperty, environmentVariable);
    Map<String, Setting> resolved = new LinkedHashMap<>();
    settings.forEach((key, setting) -> resolved.put(key, new Setting(resolver.text(setting.value(), Set.of(key)), setting.source())));
    return resolved;
  }

  /** The names of the references in {@code value} (before a default's {@code :}), in order. */
  static List<String> names(String value) {
    List<String> names = new ArrayList<>();
    int start = value.indexOf("${");
    while (start >= 0) {
      int end = closing(value, start);
      if (end < 0) {
        break;
      }
      String inner = value.substring(start + 2, end);
      int colon = separator(inner);
      names.add(colon < 0 ? inner : inner.substring(0, colon));
      start = value.indexOf("${", end + 1);
    }
    return List.copyOf(names);
  }

  /** The environment variables that stand for {@code name}, in the order looked up: as written, {@code traceability_bpn}, {@code TRACEABILITY_BPN}. */
  static List<String> environmentNames(String name) {
    return List.of(name, underscored(name), environmentVariable(name)).stream().distinct().toList();
  }

  /** The conventional environment variable for {@code name}: {@code TRACEABILITY_BPN} for {@code traceability.bpn}. */
  static String environmentVariable(String name) {
    return underscored(name).toUpperCase(Locale.ROOT);
  }

  private static String underscored(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "_");
  }

  /** The index of the {@code }} that closes the reference opened at {@code start}, or -1. */
  private static int closing(String text, int start) {
    int depth = 0;
    for (int i = start + 2; i < text.length(); i++) {
      if (text.startsWith("${", i)) {
        depth++;
        i++;
      } else if (text.charAt(i) == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  /** The index of the {@code :} before a reference's default (outside nested references), or -1. */
  private static int separator(String inner) {
    int depth = 0;
    for (int i = 0; i < inner.length(); i++) {
      if (inner.startsWith("${", i)) {
        depth++;
        i++;
      } else if (inner.charAt(i) == '}') {
        depth--;
      } else if (inner.charAt(i) == ':' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private record Resolver(Map<String, Setting> settings, UnaryOperator<String> systemProperty, UnaryOperator<String> environmentVariable) {

    /** {@code text} with its references resolved; {@code visiting} are the names being resolved around it. */
    String text(String text, Set<String> visiting) {
      StringBuilder out = new StringBuilder();
      int from = 0;
      int start = text.indexOf("${");
      while (start >= 0) {
        int end = closing(text, start);
        if (end < 0) {
          break;
        }
        out.append(text, from, start).append(reference(text.substring(start + 2, end), visiting));
        from = end + 1;
        start = text.indexOf("${", from);
      }
      return out.append(text, from, text.length()).toString();
    }

    private String reference(String inner, Set<String> visiting) {
      int colon = separator(inner);
      String name = text(colon < 0 ? inner : inner.substring(0, colon), visiting);
      String found = visiting.contains(name) ? null : lookup(name);
      if (found != null) {
        Set<String> deeper = new HashSet<>(visiting);
        deeper.add(name);
        return text(found, deeper);
      }
      return colon < 0 ? "${" + name + "}" : text(inner.substring(colon + 1), visiting);
    }

    private String lookup(String name) {
      String property = systemProperty.apply(name);
      if (property != null) {
        return property;
      }
      for (String variable : environmentNames(name)) {
        String value = environmentVariable.apply(variable);
        if (value != null) {
          return value;
        }
      }
      Setting setting = settings.get(name);
      return setting == null ? null : setting.value();
    }
  }
}
