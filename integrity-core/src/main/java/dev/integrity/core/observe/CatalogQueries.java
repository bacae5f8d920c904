package dev.integrity.core.observe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The catalog queries of this package, resource files beside it, each read once. */
final class CatalogQueries {

  private static final Map<String, String> QUERIES = new ConcurrentHashMap<>();

  private CatalogQueries() {}

  static String text(String resource) {
    return QUERIES.computeIfAbsent(resource, name -> {
      try (InputStream in = CatalogQueries.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing catalog query " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
