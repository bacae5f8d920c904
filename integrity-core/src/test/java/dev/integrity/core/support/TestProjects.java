package dev.integrity.core.support;

import dev.integrity.core.common.Log;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.model.ModelRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Requests for fixture projects inside this module's tests: the test classpath stands in for the
 * project's runtime classpath (it has Hibernate 6.6), entity classes are picked by package.
 */
public final class TestProjects {

  public static final Log STDOUT = new Log() {
    @Override
    public void info(String message) {
      System.out.println("INFO " + message);
    }

    @Override
    public void warn(String message) {
      System.out.println("WARN " + message);
    }
  };

  private TestProjects() {}

  public static List<Path> testClasspath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
  }

  public static ModelRequest model(String entityPackage) {
    return new ModelRequest(testClasspath(), List.of(Path.of("target/test-classes")), List.of(entityPackage), List.of(), Map.of());
  }

  /** A request for the entities of {@code entityPackage} against the changelog {@code changeLog} (a test resource path). */
  public static VerifyRequest.Builder request(String entityPackage, String changeLog, Path out) {
    return VerifyRequest.builder()
        .baseDir(Path.of("."))
        .changeLogFile(Path.of("src/test/resources").resolve(changeLog))
        .changeLogSearchRoots(List.of(Path.of("src/test/resources")))
        .model(model(entityPackage))
        .outputDirectory(out);
  }
}
