package dev.integrity.core.cache;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A SHA-256 over labelled inputs: values (records, maps and collections rendered in a canonical order),
 * file trees by content, jars by path, size and modification time. Two runs with the same fingerprint had
 * the same inputs.
 */
final class Fingerprint {

  private final MessageDigest digest;

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Fingerprint text(String label, String value) {
    bytes(label);
    bytes(value == null ? "\u0000null" : value);
    return this;
  }

  /** A record's components by name (except those named in {@code excluded}, at any depth), recursively, maps sorted by key. */
  Fingerprint value(String label, Object value, Set<String> excluded) {
    return text(label, canonical(value, excluded));
  }

  /** Every file under {@code root} that {@code include} accepts, by relative path and content; directories {@code skip} rejects are not entered. */
  Fingerprint tree(String label, Path root, Predicate<Path> skip, Predicate<Path> include) {
    return tree(label, root, skip, include, UnaryOperator.identity());
  }

  /** As {@link #tree(String, Path, Predicate, Predicate)}, each file by what {@code content} makes of its bytes. */
  Fingerprint tree(String label, Path root, Predicate<Path> skip, Predicate<Path> include, UnaryOperator<byte[]> content) {
    text(label, root.toAbsolutePath().normalize().toString());
    if (!Files.exists(root)) {
      return text("missing", "");
    }
    if (Files.isRegularFile(root)) {
      return file(root, root, content);
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && skip.test(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && include.test(file)) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new IntegrityException("cannot read " + root + " to decide whether the cached verdict still holds: " + e.getMessage(), e);
    }
    files.sort(null);
    for (Path file : files) {
      file(root, file, content);
    }
    return this;
  }

  /** A jar (or any file that a build replaces rather than edits) by path, size and modification time. */
  Fingerprint stamp(String label, Path file) {
    text(label, file.toAbsolutePath().normalize().toString());
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return text("stamp", attributes.size() + "/" + attributes.lastModifiedTime().toMillis());
    } catch (IOException e) {
      return text("stamp", "missing");
    }
  }

  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Fingerprint file(Path root, Path file, UnaryOperator<byte[]> content) {
    try {
      bytes(root.relativize(file).toString().replace('\\', '/'));
      bytes(sha256(content.apply(Files.readAllBytes(file))));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void bytes(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  static String canonical(Object value, Set<String> excluded) {
    return canonical(value, excluded, false);
  }

  /** The same text for two values that differ only in the order of their lists' elements. */
  static String unordered(Object value) {
    return canonical(value, Set.of(), true);
  }

  private static String canonical(Object value, Set<String> excluded, boolean sortLists) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Record record) {
      StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('{');
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (excluded.contains(component.getName())) {
          continue;
        }
        try {
          text.append(component.getName()).append('=')
              .append(canonical(component.getAccessor().invoke(record), excluded, sortLists)).append(';');
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
      return text.append('}').toString();
    }
    if (value instanceof Map<?, ?> map) {
      TreeMap<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v, Set.of(), sortLists)));
      return sorted.toString();
    }
    if (value instanceof Set<?> set) {
      return set.stream().map(v -> canonical(v, Set.of(), sortLists)).sorted().toList().toString();
    }
    if (value instanceof Collection<?> collection) {
      List<String> elements = collection.stream().map(v -> canonical(v, Set.of(), sortLists)).toList();
      return (sortLists ? elements.stream().sorted().toList() : elements).toString();
    }
    if (value instanceof Path path) {
      return path.toAbsolutePath().normalize().toString();
    }
    return String.valueOf(value);
  }
}
