package dev.integrity.core.database;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The class path this package was loaded from: the plugin's realm in Maven, the JVM's class path elsewhere. */
final class PluginClassPath {

  private PluginClassPath() {}

  static List<Path> entries() {
    List<Path> entries = new ArrayList<>();
    if (PluginClassPath.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
      for (URL url : loader.getURLs()) {
        try {
          entries.add(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
          // not a file
        }
      }
      return entries;
    }
    Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).filter(entry -> !entry.isEmpty())
        .map(Path::of).forEach(entries::add);
    return entries;
  }

  static String asArgument() {
    return String.join(File.pathSeparator, entries().stream().map(Path::toString).toList());
  }
}
