package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the mapped classes (entities, embeddables, mapped superclasses, converters) and annotated
 * packages in class directories and jars by reading the class files' constant pools, without loading a
 * class: no static initialiser of the project runs.
 */
public final class EntityScanner {

  /**
   * What was found: class names and package names, sorted; {@code javax} when the mapped classes use
   * {@code javax.persistence} and none {@code jakarta.persistence} (what Hibernate 5 reads, and 6 no longer does).
   */
  public record Found(List<String> classes, List<String> packages, boolean javax) {}

  private static final List<byte[]> JAKARTA_MARKERS = markers("Ljakarta/persistence/");
  private static final List<byte[]> JAVAX_MARKERS = markers("Ljavax/persistence/");
  private static final List<byte[]> PACKAGE_MARKERS = Stream.of("Lorg/hibernate/annotations/")
      .map(s -> s.getBytes(StandardCharsets.UTF_8))
      .toList();

  private EntityScanner() {}

  private static List<byte[]> markers(String prefix) {
    return Stream.of("Entity", "Embeddable", "MappedSuperclass", "Converter")
        .map(name -> (prefix + name + ";").getBytes(StandardCharsets.UTF_8))
        .toList();
  }

  /**
   * @param packages packages to keep (with their subpackages; Ant-style {@code *} and {@code **} as Spring's
   *     {@code @EntityScan} reads them); empty keeps all
   */
  public static Found scan(List<Path> roots, List<String> packages) {
    TreeSet<String> classes = new TreeSet<>();
    TreeSet<String> packageNames = new TreeSet<>();
    TreeSet<String> jakarta = new TreeSet<>();
    PackageFilter filter = PackageFilter.of(packages);
    for (Path root : roots) {
      forEachClass(root, filter::keeps, (name, bytes) -> consider(name, bytes, classes, packageNames, jakarta));
    }
    return new Found(List.copyOf(classes), List.copyOf(packageNames), !classes.isEmpty() && jakarta.isEmpty());
  }

  /** The classes under {@code roots} whose class files name one of {@code typeNames} (e.g. as an annotation), sorted. */
  static List<String> classesNaming(List<Path> roots, List<String> typeNames) {
    List<byte[]> descriptors = typeNames.stream().map(name -> ("L" + name.replace('.', '/') + ";").getBytes(StandardCharsets.UTF_8)).toList();
    TreeSet<String> classes = new TreeSet<>();
    for (Path root : roots) {
      forEachClass(root, PackageFilter.of(List.of())::keeps, (name, bytes) -> {
        if (containsAny(bytes, descriptors)) {
          classes.add(className(name));
        }
      });
    }
    return List.copyOf(classes);
  }

  private interface ClassFile {
    void accept(String path, byte[] bytes) throws IOException;
  }

  /** Each class file of a directory or jar whose path ({@code a/b/C.class}) {@code wanted} keeps. */
  private static void forEachClass(Path root, Predicate<String> wanted, ClassFile action) {
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
            String name = root.relativize(file).toString().replace('\\', '/');
            if (wanted.test(name)) {
              action.accept(name, Files.readAllBytes(file));
            }
          }
        }
      } else if (Files.isRegularFile(root) && root.toString().endsWith(".jar")) {
        try (JarFile jar = new JarFile(root.toFile())) {
          for (JarEntry entry : jar.stream().filter(e -> e.getName().endsWith(".class") && wanted.test(e.getName())).toList()) {
            try (InputStream in = jar.getInputStream(entry)) {
              action.accept(entry.getName(), in.readAllBytes());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new IntegrityException("cannot read classes from " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * Scans each source, and logs where the mapped classes came from and how many each gave; sources that
   * gave none are counted, not listed (with {@code <packages>} the whole classpath is scanned).
   */
  public static Found scan(List<EntitySource> sources, List<String> packages, Log log) {
    TreeSet<String> classes = new TreeSet<>();
    TreeSet<String> packageNames = new TreeSet<>();
    List<String> lines = new ArrayList<>();
    List<String> none = new ArrayList<>();
    boolean jakarta = false;
    for (EntitySource source : sources) {
      Found found = scan(List.of(source.root()), packages);
      jakarta |= !found.classes().isEmpty() && !found.javax();
      classes.addAll(found.classes());
      packageNames.addAll(found.packages());
      if (found.classes().isEmpty()) {
        none.add(source.name());
      } else {
        lines.add("  " + found.classes().size() + " in " + source.name() + " (" + source.root() + ")");
      }
    }
    String shown = none.size() <= 5 ? String.join(", ", none) : String.join(", ", none.subList(0, 5)) + ", …";
    log.info("Entities: " + classes.size() + " mapped classes" + (packages.isEmpty() ? "" : " in packages " + String.join(", ", packages))
        + (none.isEmpty() ? "" : " (" + none.size() + " scanned with none: " + shown + ")") + (lines.isEmpty() ? "" : ", from:"));
    lines.forEach(log::info);
    return new Found(List.copyOf(classes), List.copyOf(packageNames), !classes.isEmpty() && !jakarta);
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }

  private static void consider(String path, byte[] bytes, TreeSet<String> classes, TreeSet<String> packageNames, TreeSet<String> jakarta) {
    String className = className(path);
    if (className.endsWith(".package-info")) {
      if (containsAny(bytes, PACKAGE_MARKERS)) {
        packageNames.add(className.substring(0, className.length() - ".package-info".length()));
      }
    } else if (!className.equals("module-info") && containsAny(bytes, JAKARTA_MARKERS)) {
      classes.add(className);
      jakarta.add(className);
    } else if (!className.equals("module-info") && containsAny(bytes, JAVAX_MARKERS)) {
      classes.add(className);
    }
  }

  private static boolean containsAny(byte[] haystack, List<byte[]> needles) {
    for (byte[] needle : needles) {
      if (indexOf(haystack, needle) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The highest class-file major version among the roots' classes (to explain a too-new Java early). */
  public static int highestClassVersion(List<Path> roots) {
    int highest = 0;
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          byte[] head = new byte[8];
          try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 8) == 8) {
              highest = Math.max(highest, ((head[6] & 0xff) << 8) | (head[7] & 0xff));
            }
          }
        }
      } catch (IOException e) {
        throw new IntegrityException("cannot read classes from " + root + ": " + e.getMessage(), e);
      }
    }
    return highest;
  }
}
