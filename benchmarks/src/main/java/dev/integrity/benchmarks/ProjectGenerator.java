package dev.integrity.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic Maven project of N JPA entities and the Liquibase changelog that matches them, with
 * optionally K drifts (changeSets that disagree with an entity). The mix per entity: sequence or identity
 * ids, a many-to-one to an earlier entity, every tenth a many-to-many, enums, an embeddable, indexes,
 * unique constraints, and one entity in five in schema {@code sales}.
 *
 * <p>Runs without a build: {@code java ProjectGenerator.java <entities> <drifts> <directory> [pluginVersion]
 * [changeSetsPerEntity]}. By default each entity's table comes in one changeSet (and its foreign keys in a second);
 * with {@code changeSetsPerEntity} above 1 the table grows as a long-lived project's does: created with its id, then
 * one changeSet per column, per index, and {@code modifyDataType} steps widening {@code name} until the entity has
 * about that many changeSets. The project binds {@code integrity:verify} and, in profile {@code liquibase-hibernate}, the competitor's
 * {@code diffChangeLog}.
 */
public final class ProjectGenerator {

  static final String PACKAGE = "bench.model";
  static final String SECOND_SCHEMA = "sales";

  private final int entities;
  private final int drifts;
  private final Path root;
  private final String pluginVersion;
  private final int changeSetsPerEntity;

  public ProjectGenerator(int entities, int drifts, Path root, String pluginVersion, int changeSetsPerEntity) {
    if (entities < 1 || drifts < 0 || drifts > entities) {
      throw new IllegalArgumentException("need 1 <= entities and 0 <= drifts <= entities, got " + entities + ", " + drifts);
    }
    this.entities = entities;
    this.drifts = drifts;
    this.root = root;
    this.pluginVersion = pluginVersion;
    this.changeSetsPerEntity = changeSetsPerEntity;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: java ProjectGenerator.java <entities> <drifts> <directory> [pluginVersion] [changeSetsPerEntity]");
      System.exit(2);
    }
    new ProjectGenerator(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]),
        args.length > 3 ? args[3] : "0.1.0-SNAPSHOT", args.length > 4 ? Integer.parseInt(args[4]) : 1).write();
  }

  /** The kinds of drift, applied in turn to evenly spaced entities; each yields exactly one difference. */
  enum Drift { MISSING_COLUMN, TYPE_MISMATCH, NULLABILITY_MISMATCH, MISSING_INDEX, MISSING_FOREIGN_KEY }

  public void write() throws IOException {
    Path java = root.resolve("src/main/java/" + PACKAGE.replace('.', '/'));
    Path changes = root.resolve("src/main/resources/db/changelog/changes");
    Files.createDirectories(java);
    Files.createDirectories(changes);
    Files.createDirectories(root.resolve("src/main/resources/META-INF"));
    write(root.resolve("pom.xml"), pom());
    write(java.resolve("Status.java"), "package " + PACKAGE + ";\n\npublic enum Status { NEW, ACTIVE, SUSPENDED, CLOSED }\n");
    write(java.resolve("Address.java"), address());
    List<String> includes = new ArrayList<>();
    includes.add("changes/0000-schemas.xml");
    write(changes.resolve("0000-schemas.xml"), changeLog(
        "  <changeSet id=\"schemas\" author=\"bench\">\n    <sql>CREATE SCHEMA IF NOT EXISTS " + SECOND_SCHEMA + "</sql>\n  </changeSet>\n"));
    StringBuilder foreignKeys = new StringBuilder();
    List<String> classes = new ArrayList<>();
    for (int i = 0; i < entities; i++) {
      Entity e = new Entity(i, drift(i));
      classes.add(PACKAGE + "." + e.className());
      write(java.resolve(e.className() + ".java"), e.source());
      String file = String.format(Locale.ROOT, "changes/%04d-%s.xml", i + 1, e.table());
      includes.add(file);
      write(root.resolve("src/main/resources/db/changelog").resolve(file),
          changeLog(changeSetsPerEntity > 1 ? e.grownChangeSets(changeSetsPerEntity) : e.changeSets()));
      foreignKeys.append(e.foreignKeyChangeSets());
    }
    includes.add("changes/9999-foreign-keys.xml");
    write(changes.resolve("9999-foreign-keys.xml"), changeLog(foreignKeys.toString()));
    StringBuilder master = new StringBuilder();
    includes.forEach(f -> master.append("  <include file=\"").append(f).append("\" relativeToChangelogFile=\"true\"/>\n"));
    write(root.resolve("src/main/resources/db/changelog/db.changelog-master.xml"), changeLog(master.toString()));
    write(root.resolve("src/main/resources/META-INF/persistence.xml"), persistenceXml(classes));
    write(root.resolve("expected-differences.txt"), drifts + "\n");
  }

  private Drift drift(int index) {
    if (drifts == 0) {
      return null;
    }
    int step = entities / drifts;
    if (index % step != 0 || index / step >= drifts) {
      return null;
    }
    Drift drift = Drift.values()[(index / step) % Drift.values().length];
    // Entity 0 has no many-to-one: give it a drift it can carry.
    return drift == Drift.MISSING_FOREIGN_KEY && index == 0 ? Drift.MISSING_COLUMN : drift;
  }

  /** One entity and its table. */
  private record Entity(int index, Drift drift) {

    String className() {
      return String.format(Locale.ROOT, "Entity%04d", index);
    }

    String table() {
      return String.format(Locale.ROOT, "entity_%04d", index);
    }

    String schema() {
      return index % 5 == 4 ? SECOND_SCHEMA : null;
    }

    boolean usesSequence() {
      return index % 2 == 0;
    }

    boolean hasAddress() {
      return index % 4 == 1;
    }

    boolean hasCode() {
      return index % 3 == 0;
    }

    boolean hasParent() {
      return index > 0;
    }

    boolean hasLinks() {
      return index % 10 == 9;
    }

    Entity parent() {
      return new Entity(index - 1 - (index % 7 == 0 ? index / 2 : 0), null);
    }

    Entity linked() {
      return new Entity(index / 3, null);
    }

    String schemaAttribute() {
      return schema() == null ? "" : " schemaName=\"" + schema() + "\"";
    }

    String qualified() {
      return schema() == null ? table() : schema() + "." + table();
    }

    String sequence() {
      return table() + "_seq";
    }

    String source() {
      StringBuilder s = new StringBuilder();
      s.append("package ").append(PACKAGE).append(";\n\n");
      s.append("import jakarta.persistence.*;\nimport java.math.BigDecimal;\nimport java.time.LocalDateTime;\nimport java.util.Set;\n\n");
      s.append("@Entity\n@Table(name = \"").append(table()).append('"');
      if (schema() != null) {
        s.append(", schema = \"").append(schema()).append('"');
      }
      s.append(",\n    indexes = @Index(name = \"ix_").append(table()).append("_name\", columnList = \"name\")");
      if (hasCode()) {
        s.append(",\n    uniqueConstraints = @UniqueConstraint(name = \"uk_").append(table()).append("_code\", columnNames = \"code\")");
      }
      s.append(")\npublic class ").append(className()).append(" {\n\n  @Id\n");
      if (usesSequence()) {
        s.append("  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"").append(sequence()).append("\")\n");
        s.append("  @SequenceGenerator(name = \"").append(sequence()).append("\", sequenceName = \"").append(sequence()).append('"');
        if (schema() != null) {
          s.append(", schema = \"").append(schema()).append('"');
        }
        s.append(", allocationSize = 50)\n");
      } else {
        s.append("  @GeneratedValue(strategy = GenerationType.IDENTITY)\n");
      }
      s.append("  private Long id;\n\n");
      s.append("  @Column(name = \"name\", length = 100, nullable = false)\n  private String name;\n\n");
      s.append("  @Column(name = \"amount\", precision = 12, scale = 2)\n  private BigDecimal amount;\n\n");
      s.append("  @Column(name = \"created_at\", nullable = false)\n  private LocalDateTime createdAt;\n\n");
      s.append("  @Column(name = \"active\", nullable = false)\n  private boolean active;\n\n");
      s.append("  @Enumerated(EnumType.STRING)\n  @Column(name = \"status\", length = 20)\n  private Status status;\n\n");
      if (hasCode()) {
        s.append("  @Column(name = \"code\", length = 40, nullable = false)\n  private String code;\n\n");
      }
      if (hasAddress()) {
        s.append("  @Embedded\n  private Address address;\n\n");
      }
      if (hasParent()) {
        s.append("  @ManyToOne(fetch = FetchType.LAZY)\n  @JoinColumn(name = \"parent_id\")\n  private ")
            .append(parent().className()).append(" parent;\n\n");
      }
      if (hasLinks()) {
        Entity target = linked();
        s.append("  @ManyToMany\n  @JoinTable(name = \"").append(table()).append("_links\"");
        if (schema() != null) {
          s.append(", schema = \"").append(schema()).append('"');
        }
        s.append(",\n      joinColumns = @JoinColumn(name = \"owner_id\"), inverseJoinColumns = @JoinColumn(name = \"target_id\"))\n");
        s.append("  private Set<").append(target.className()).append("> links;\n\n");
      }
      s.append("  @Version\n  @Column(name = \"version\")\n  private Integer version;\n}\n");
      return s.toString();
    }

    String changeSets() {
      StringBuilder c = new StringBuilder();
      c.append("  <changeSet id=\"").append(table()).append("\" author=\"bench\">\n");
      if (usesSequence()) {
        c.append("    <createSequence sequenceName=\"").append(sequence()).append('"').append(schemaAttribute())
            .append(" startValue=\"1\" incrementBy=\"50\"/>\n");
      }
      c.append("    <createTable tableName=\"").append(table()).append('"').append(schemaAttribute()).append(">\n");
      c.append("      <column name=\"id\" type=\"bigint\"").append(usesSequence() ? "" : " autoIncrement=\"true\"")
          .append(">\n        <constraints primaryKey=\"true\" nullable=\"false\"/>\n      </column>\n");
      columns().forEach(c::append);
      c.append("    </createTable>\n");
      if (drift != Drift.MISSING_INDEX) {
        c.append(nameIndex());
      }
      if (hasLinks()) {
        c.append(links());
      }
      c.append("  </changeSet>\n");
      return c.toString();
    }

    /**
     * The same final table as {@link #changeSets()}, grown over about {@code count} changeSets (the foreign keys'
     * changeSet counts as one): the sequence, the table with its id, each further column, the index, the link
     * table, then widening steps of {@code name} for what is left.
     */
    String grownChangeSets(int count) {
      List<String> steps = new ArrayList<>();
      if (usesSequence()) {
        steps.add("    <createSequence sequenceName=\"" + sequence() + "\"" + schemaAttribute() + " startValue=\"1\" incrementBy=\"50\"/>\n");
      }
      steps.add("    <createTable tableName=\"" + table() + "\"" + schemaAttribute() + ">\n      <column name=\"id\" type=\"bigint\""
          + (usesSequence() ? "" : " autoIncrement=\"true\"") + ">\n        <constraints primaryKey=\"true\" nullable=\"false\"/>\n"
          + "      </column>\n    </createTable>\n");
      List<String> columns = columns();
      int fixed = steps.size() + columns.size() + (drift != Drift.MISSING_INDEX ? 1 : 0) + (hasLinks() ? 1 : 0)
          + (hasParent() || hasLinks() ? 1 : 0);
      int widenings = Math.max(0, Math.min(count - fixed, 40));
      int nameLength = drift == Drift.TYPE_MISMATCH ? 50 : 100;
      // the first column is name: added narrower, widened below
      columns.set(0, columns.get(0).replace("varchar(" + nameLength + ")", "varchar(" + (nameLength - widenings) + ")"));
      for (String column : columns) {
        steps.add("    <addColumn tableName=\"" + table() + "\"" + schemaAttribute() + ">\n" + column + "    </addColumn>\n");
      }
      if (drift != Drift.MISSING_INDEX) {
        steps.add(nameIndex());
      }
      if (hasLinks()) {
        steps.add(links());
      }
      for (int w = widenings - 1; w >= 0; w--) {
        steps.add("    <modifyDataType tableName=\"" + table() + "\"" + schemaAttribute() + " columnName=\"name\" newDataType=\"varchar("
            + (nameLength - w) + ")\"/>\n");
      }
      StringBuilder c = new StringBuilder();
      for (int i = 0; i < steps.size(); i++) {
        c.append("  <changeSet id=\"").append(table()).append(i == 0 ? "" : "-" + i).append("\" author=\"bench\">\n")
            .append(steps.get(i)).append("  </changeSet>\n");
      }
      return c.toString();
    }

    /** The columns after the id, as {@code <column>} elements of a createTable. */
    List<String> columns() {
      List<String> columns = new ArrayList<>();
      String nameType = drift == Drift.TYPE_MISMATCH ? "varchar(50)" : "varchar(100)";
      String nameConstraint = drift == Drift.NULLABILITY_MISMATCH ? "" : "\n        <constraints nullable=\"false\"/>\n      ";
      columns.add("      <column name=\"name\" type=\"" + nameType + "\">" + nameConstraint + "</column>\n");
      columns.add("      <column name=\"amount\" type=\"numeric(12,2)\"/>\n");
      columns.add("      <column name=\"created_at\" type=\"timestamp\">\n        <constraints nullable=\"false\"/>\n      </column>\n");
      columns.add("      <column name=\"active\" type=\"boolean\">\n        <constraints nullable=\"false\"/>\n      </column>\n");
      columns.add("      <column name=\"status\" type=\"varchar(20)\"/>\n");
      if (hasCode()) {
        columns.add("      <column name=\"code\" type=\"varchar(40)\">\n        <constraints nullable=\"false\" unique=\"true\" uniqueConstraintName=\"uk_"
            + table() + "_code\"/>\n      </column>\n");
      }
      if (hasAddress()) {
        columns.add("      <column name=\"street\" type=\"varchar(200)\"/>\n");
        columns.add("      <column name=\"city\" type=\"varchar(100)\"/>\n");
        columns.add("      <column name=\"zip_code\" type=\"varchar(10)\"/>\n");
      }
      if (hasParent()) {
        columns.add("      <column name=\"parent_id\" type=\"bigint\"/>\n");
      }
      if (drift != Drift.MISSING_COLUMN) {
        columns.add("      <column name=\"version\" type=\"integer\"/>\n");
      }
      return columns;
    }

    String nameIndex() {
      return "    <createIndex indexName=\"ix_" + table() + "_name\" tableName=\"" + table() + "\"" + schemaAttribute()
          + ">\n      <column name=\"name\"/>\n    </createIndex>\n";
    }

    String links() {
      return "    <createTable tableName=\"" + table() + "_links\"" + schemaAttribute() + ">\n"
          + "      <column name=\"owner_id\" type=\"bigint\">\n        <constraints nullable=\"false\"/>\n      </column>\n"
          + "      <column name=\"target_id\" type=\"bigint\">\n        <constraints nullable=\"false\"/>\n      </column>\n"
          + "    </createTable>\n"
          + "    <addPrimaryKey tableName=\"" + table() + "_links\"" + schemaAttribute() + " columnNames=\"owner_id, target_id\"/>\n";
    }

    String foreignKeyChangeSets() {
      if (!hasParent() && !hasLinks()) {
        return "";
      }
      StringBuilder c = new StringBuilder();
      c.append("  <changeSet id=\"").append(table()).append("-fk\" author=\"bench\">\n");
      if (hasParent() && drift != Drift.MISSING_FOREIGN_KEY) {
        c.append(foreignKey(table(), "parent_id", parent(), "fk_" + table() + "_parent"));
      }
      if (hasLinks()) {
        c.append(foreignKey(table() + "_links", "owner_id", this, "fk_" + table() + "_links_owner"));
        c.append(foreignKey(table() + "_links", "target_id", linked(), "fk_" + table() + "_links_target"));
      }
      c.append("  </changeSet>\n");
      return c.toString();
    }

    private String foreignKey(String table, String column, Entity target, String name) {
      return "    <addForeignKeyConstraint constraintName=\"" + name + "\" baseTableName=\"" + table + "\""
          + (schema() == null ? "" : " baseTableSchemaName=\"" + schema() + "\"")
          + " baseColumnNames=\"" + column + "\" referencedTableName=\"" + target.table() + "\""
          + (target.schema() == null ? "" : " referencedTableSchemaName=\"" + target.schema() + "\"")
          + " referencedColumnNames=\"id\"/>\n";
    }
  }

  private static String address() {
    return "package " + PACKAGE + ";\n\nimport jakarta.persistence.Column;\nimport jakarta.persistence.Embeddable;\n\n"
        + "@Embeddable\npublic class Address {\n"
        + "  @Column(name = \"street\", length = 200)\n  private String street;\n"
        + "  @Column(name = \"city\", length = 100)\n  private String city;\n"
        + "  @Column(name = \"zip_code\", length = 10)\n  private String zipCode;\n}\n";
  }

  private static String changeLog(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
        + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        + "    xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
        + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\">\n"
        + body + "</databaseChangeLog>\n";
  }

  private static String persistenceXml(List<String> classes) {
    StringBuilder s = new StringBuilder();
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\" version=\"3.0\">\n")
        .append("  <persistence-unit name=\"bench\">\n");
    classes.forEach(c -> s.append("    <class>").append(c).append("</class>\n"));
    s.append("    <exclude-unlisted-classes>true</exclude-unlisted-classes>\n")
        .append("    <properties>\n")
        .append("      <property name=\"hibernate.dialect\" value=\"org.hibernate.dialect.PostgreSQLDialect\"/>\n")
        .append("    </properties>\n")
        .append("  </persistence-unit>\n</persistence>\n");
    return s.toString();
  }

  private String pom() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <!-- Generated by benchmarks/ProjectGenerator: %d entities, %d drifts. -->
          <groupId>bench</groupId>
          <artifactId>bench-%d</artifactId>
          <version>1.0</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <maven.compiler.release>17</maven.compiler.release>
            <integrity.database>embedded</integrity.database>
            <bench.jdbcUrl>jdbc:postgresql://localhost:5432/bench</bench.jdbcUrl>
          </properties>
          <dependencies>
            <dependency>
              <groupId>org.hibernate.orm</groupId>
              <artifactId>hibernate-core</artifactId>
              <version>6.6.56.Final</version>
            </dependency>
          </dependencies>
          <build>
            <pluginManagement>
              <plugins>
                <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version></plugin>
                <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
                <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
              </plugins>
            </pluginManagement>
            <plugins>
              <plugin>
                <groupId>dev.integrity</groupId>
                <artifactId>integrity-maven-plugin</artifactId>
                <version>%s</version>
                <executions>
                  <execution>
                    <goals>
                      <goal>verify</goal>
                    </goals>
                  </execution>
                </executions>
              </plugin>
            </plugins>
          </build>
          <profiles>
            <!-- The competitor: mvn -Pliquibase-hibernate liquibase:update liquibase:diffChangeLog -Dbench.jdbcUrl=... -->
            <profile>
              <id>liquibase-hibernate</id>
              <build>
                <plugins>
                  <plugin>
                    <groupId>org.liquibase</groupId>
                    <artifactId>liquibase-maven-plugin</artifactId>
                    <version>4.33.0</version>
                    <configuration>
                      <changeLogFile>db/changelog/db.changelog-master.xml</changeLogFile>
                      <searchPath>${project.basedir}/src/main/resources</searchPath>
                      <url>${bench.jdbcUrl}</url>
                      <username>bench</username>
                      <password>bench</password>
                      <referenceUrl>hibernate:ejb3:bench</referenceUrl>
                      <diffChangeLogFile>${project.build.directory}/liquibase-hibernate-diff.xml</diffChangeLogFile>
                      <diffTypes>tables,columns,primaryKeys,foreignKeys,indexes,uniqueConstraints,sequences</diffTypes>
                      <showSummary>OFF</showSummary>
                    </configuration>
                    <dependencies>
                      <dependency>
                        <groupId>org.liquibase.ext</groupId>
                        <artifactId>liquibase-hibernate6</artifactId>
                        <version>4.33.0</version>
                      </dependency>
                      <dependency>
                        <groupId>org.postgresql</groupId>
                        <artifactId>postgresql</artifactId>
                        <version>42.7.14</version>
                      </dependency>
                    </dependencies>
                  </plugin>
                </plugins>
              </build>
            </profile>
          </profiles>
        </project>
        """.formatted(entities, drifts, entities, pluginVersion);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
