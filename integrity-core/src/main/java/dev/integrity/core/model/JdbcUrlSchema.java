package dev.integrity.core.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The schema a PostgreSQL JDBC URL makes current: its {@code currentSchema} parameter, else the first schema
 * of a {@code search_path} set through {@code options=-c search_path=…}. Unqualified tables are created and
 * read there, by Liquibase and by Hibernate alike.
 */
public final class JdbcUrlSchema {

  private JdbcUrlSchema() {}

  public static Optional<String> of(String url) {
    if (url == null || url.contains("${")) {
      return Optional.empty();
    }
    int query = url.indexOf('?');
    if (query < 0) {
      return Optional.empty();
    }
    String searchPath = null;
    for (String parameter : url.substring(query + 1).split("&")) {
      int equals = parameter.indexOf('=');
      if (equals < 0) {
        continue;
      }
      String name = parameter.substring(0, equals).toLowerCase(Locale.ROOT);
      String value = URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
      if (name.equals("currentschema")) {
        return first(value);
      }
      if (name.equals("options")) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("search_path\\s*=\\s*([^\\s]+)").matcher(value);
        if (matcher.find()) {
          searchPath = matcher.group(1);
        }
      }
    }
    return searchPath == null ? Optional.empty() : first(searchPath);
  }

  private static Optional<String> first(String schemas) {
    String schema = schemas.split(",")[0].trim().replace("\"", "");
    return schema.isEmpty() || schema.equals("$user") ? Optional.empty() : Optional.of(schema);
  }
}
