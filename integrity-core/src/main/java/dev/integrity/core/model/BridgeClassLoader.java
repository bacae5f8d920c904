package dev.integrity.core.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * Defines the bridge's classes (package {@code dev.integrity.bridge.*}) from the plugin's jar as a child
 * of the project's class loader, so that the bridge links against the project's own Hibernate and the
 * plugin's realm never sees Hibernate.
 */
final class BridgeClassLoader extends ClassLoader {

  private static final String PREFIX = "dev.integrity.bridge.";

  private final ClassLoader source;

  BridgeClassLoader(ClassLoader projectLoader, ClassLoader source) {
    super("integrity-bridge", projectLoader);
    this.source = source;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(PREFIX)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        loaded = findClass(name);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    String resource = name.replace('.', '/') + ".class";
    try (InputStream in = source.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }
}
