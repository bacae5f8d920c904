package dev.integrity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrity.core.changelog.ChangeLogFormat;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.model.ModelRequest;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSmokeTest {

  @Test
  void cleanShopPasses(@TempDir Path out) {
    List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    ModelRequest model = new ModelRequest(classpath, List.of(Path.of("target/test-classes")), List.of("dev.integrity.core.fixtures.shop"), List.of(), Map.of());
    VerifyRequest request = new VerifyRequest(Path.of("."), Path.of("src/test/resources/fixtures/shop/clean.xml"), List.of(Path.of("src/test/resources")),
        model, new DatabaseSettings("embedded", "postgres:17", Duration.ofSeconds(60), null, null, null), List.of("public"), "low", out,
        ChangeLogFormat.XML, "integrity");
    VerifyResult result = Integrity.verify(request, new Log() {
      public void info(String m) { System.out.println("INFO " + m); }
      public void warn(String m) { System.out.println("WARN " + m); }
    });
    result.summary().forEach(System.out::println);
    assertEquals(List.of(), result.differences());
  }
}
