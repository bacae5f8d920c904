package dev.integrity.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The surface of a mapped class, read from class files javac writes: the same for two versions that differ only in
 * code, different for every change Hibernate can map, and absent for the classes whose code can change the DDL.
 */
class MappedClassSurfaceTest {

  private static final String PARCEL = """
      package parcels;
      import jakarta.persistence.*;
      import java.lang.annotation.*;
      @Entity
      @Table(name = "%s")
      public class Parcel {
        @Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER}) @Retention(RetentionPolicy.RUNTIME) @interface Checked {}
        static final int LENGTH = %d;
        @Id Long id;
        @Column(length = LENGTH) @Checked String label;
        java.util.List<@Checked String> tags;
        %s
      }
      """;

  @TempDir Path work;

  @Test
  void codeChangesKeepTheSurface() throws Exception {
    String base = surface("parcel", 80, "public Long getId() { return id; }");
    assertEquals(base, surface("parcel", 80, """
        public Long getId() { return id == null ? null : id + 0; }
        @Override public String toString() { return "parcel " + id + " " + label; }
        @Override public int hashCode() { return java.util.Objects.hash(id); }
        void relabel(String prefix, int times) { label = prefix.repeat(times) + label; }
        static Parcel of(String label) { Parcel p = new Parcel(); p.label = label; return p; }
        private Runnable later(int times) { return () -> System.out.println(label.repeat(times)); }
        """), "only code changed");
  }

  @Test
  void everyMappableChangeChangesTheSurface() throws Exception {
    String base = surface("parcel", 80, "public Long getId() { return id; }");
    assertNotEquals(base, surface("parcels", 80, "public Long getId() { return id; }"), "class annotation value");
    assertNotEquals(base, surface("parcel", 120, "public Long getId() { return id; }"), "a constant an annotation reads");
    assertNotEquals(base, surface("parcel", 80, "public Long getId() { return id; } String note;"), "a new field");
    assertNotEquals(base, surface("parcel", 80, "public Long getId() { return id; } public String getNote() { return null; }"),
        "a new getter: a property under property access");
    assertNotEquals(base, surface("parcel", 80, "public Long getId() { return id; } public void setNote(String note) {}"), "a new setter");
    assertNotEquals(base, surface("parcel", 80, "@Transient public Long getId() { return id; }"), "an annotation on a method");
    assertNotEquals(base, surface("parcel", 80, "public Long getId() { return id; } void mark(@Checked String why) {}"),
        "an annotated parameter");
    assertNotEquals(base, surface("parcel", 80, "public Long getId() { return id; } Parcel(String label) { this.label = label; } Parcel() {}"),
        "a constructor");
  }

  @Test
  void aRecordEmbeddableHasItsComponentsInTheSurface() throws Exception {
    String money = """
        package parcels;
        @jakarta.persistence.Embeddable
        public record Money(java.math.BigDecimal amount, String currency%s) {}
        """;
    String base = MappedClassSurface.of(compile("Money", money.formatted(""))).orElseThrow();
    assertTrue(base.contains("component currency Ljava/lang/String;"), base);
    assertNotEquals(base, MappedClassSurface.of(compile("Money", money.formatted(", int scale"))).orElseThrow());
  }

  @Test
  void classesWhoseCodeCanChangeTheDdlHaveNoSurface() throws Exception {
    assertEquals(Optional.empty(), MappedClassSurface.of(compile("Names", """
        package parcels;
        public class Names extends org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl {
          @Override
          public org.hibernate.boot.model.naming.Identifier toPhysicalTableName(org.hibernate.boot.model.naming.Identifier name,
              org.hibernate.engine.jdbc.env.spi.JdbcEnvironment context) {
            return org.hibernate.boot.model.naming.Identifier.toIdentifier("t_" + name.getText());
          }
        }
        """)), "a naming strategy");
    assertEquals(Optional.empty(), MappedClassSurface.of(compile("Flag", """
        package parcels;
        @jakarta.persistence.Converter(autoApply = true)
        public class Flag implements jakarta.persistence.AttributeConverter<Boolean, String> {
          public String convertToDatabaseColumn(Boolean value) { return value ? "Y" : "N"; }
          public Boolean convertToEntityAttribute(String value) { return "Y".equals(value); }
        }
        """)), "a converter");
    byte[] notAClass = "surface".getBytes();
    assertEquals(Optional.empty(), MappedClassSurface.of(notAClass));
    assertSame(notAClass, MappedClassSurface.fingerprinted(notAClass), "a file that is not a mapped class counts whole");
  }

  private String surface(String table, int length, String members) throws Exception {
    return MappedClassSurface.of(compile("Parcel", PARCEL.formatted(table, length, members))).orElseThrow();
  }

  private byte[] compile(String name, String source) throws Exception {
    Path directory = Files.createTempDirectory(work, name);
    Path file = directory.resolve("src/parcels/" + name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path classes = directory.resolve("classes");
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
        "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), file.toString());
    assertEquals(0, status, "javac " + file);
    return Files.readAllBytes(classes.resolve("parcels/" + name + ".class"));
  }
}
