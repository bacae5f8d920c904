package dev.integrity.maven;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.LibraryLogging;
import dev.integrity.core.common.Log;
import dev.integrity.core.common.Secrets;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.changelog.ChangeLogFormat;
import dev.integrity.core.changelog.LockSafeFix;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.model.EntityScanner;
import dev.integrity.core.model.EntitySource;
import dev.integrity.core.model.ModelRequest;
import dev.integrity.core.api.WriteRequest;
import dev.integrity.core.report.ReportFormat;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Every parameter of the plugin, mapped once to the core's request. Goals override {@link #run} only;
 * the skip check and the mapping of core exceptions to Maven's happen here.
 */
public abstract class AbstractIntegrityMojo extends AbstractMojo {

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min)?");

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  @Component
  private RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
  private List<RemoteRepository> remoteRepositories;

  /** Do nothing. */
  @Parameter(property = "integrity.skip", defaultValue = "false")
  private boolean skip;

  /** The Liquibase master changelog; detected at the conventional locations when not set. */
  @Parameter(property = "integrity.changeLogFile")
  private File changeLogFile;

  /** {@code docker}, {@code embedded}, {@code jdbc} or {@code auto} (docker when a Docker engine answers, else embedded). */
  @Parameter(property = "integrity.database", defaultValue = "auto")
  private String database;

  /** The image of the docker provider. */
  @Parameter(property = "integrity.image", defaultValue = DatabaseSettings.DEFAULT_IMAGE)
  private String image;

  /** How long to wait for the disposable database: {@code 60s}, {@code 2m}, {@code 500ms}. */
  @Parameter(property = "integrity.startupTimeout", defaultValue = "60s")
  private String startupTimeout;

  /** The schemas compared, besides those the model puts tables in. */
  @Parameter(property = "integrity.schemas", defaultValue = "public")
  private List<String> schemas;

  /**
   * Packages to scan for mapped classes, on the whole runtime classpath. When empty: the packages of the Spring
   * Boot application's {@code @EntityScan} (else of its {@code @SpringBootApplication} class), on the whole runtime
   * classpath, as Spring Boot scans; without Spring Boot, every class of the module's output and of the reactor
   * modules and same-groupId artifacts it depends on; library jars are not scanned.
   */
  @Parameter(property = "integrity.packages")
  private List<String> packages;

  /**
   * The Spring profiles whose application settings apply ({@code application-<profile>.yml}, documents with
   * {@code spring.config.activate.on-profile}); {@code default} stands for the settings without a profile.
   */
  @Parameter(property = "integrity.profiles", defaultValue = "default,prod")
  private List<String> profiles;

  /** Extra Hibernate properties, winning over what was detected. */
  @Parameter
  private Map<String, String> hibernateProperties;

  /** The lowest severity that fails the build: {@code critical}, {@code high}, {@code medium}, {@code low} or {@code none}. */
  @Parameter(property = "integrity.failOn", defaultValue = "low")
  private String failOn;

  /** Where the reports and the fix changelog go. */
  @Parameter(property = "integrity.outputDirectory", defaultValue = "${project.build.directory}/integrity")
  private File outputDirectory;

  /** The format of the fix changelog: {@code xml}, {@code yaml} or {@code sql}. */
  @Parameter(property = "integrity.changeLogFormat", defaultValue = "xml")
  private String changeLogFormat;

  /** The author of the generated changeSets. */
  @Parameter(property = "integrity.changeSetAuthor", defaultValue = "integrity")
  private String changeSetAuthor;

  /**
   * The reports to write, comma-separated: {@code console}, {@code json}, {@code junit}, {@code sarif},
   * {@code github}, {@code gitlab}, {@code html}. {@code github} is also on whenever {@code GITHUB_ACTIONS=true}.
   * {@code -Dintegrity.formats} wins over the POM's {@code <formats>}, so CI can add formats to a project's own.
   */
  @Parameter(property = "integrity.formats", defaultValue = ReportFormat.DEFAULT)
  private String formats;

  /** Rules that drop differences, e.g. {@code kind=EXTRA_INDEX table=report_*}; see docs/ignores.md. */
  @Parameter(property = "integrity.ignores")
  private List<String> ignores;

  /** The physical naming strategy class, winning over the one detected from the application's settings. */
  @Parameter(property = "integrity.physicalNamingStrategy")
  private String physicalNamingStrategy;

  /** The implicit naming strategy class, winning over the one detected from the application's settings. */
  @Parameter(property = "integrity.implicitNamingStrategy")
  private String implicitNamingStrategy;

  /** {@code verify} also runs the rollback test (Liquibase projects): each changeSet must roll back to exactly the schema before it. */
  @Parameter(property = "integrity.rollbackTest", defaultValue = "false")
  private boolean rollbackTest;

  /** {@code verify} also runs the populated rehearsal (Liquibase projects): the new changeSets applied over synthetic rows. */
  @Parameter(property = "integrity.rehearse", defaultValue = "false")
  private boolean rehearse;

  /** The synthetic rows per table the rehearsal fills the database with before the new changeSets. */
  @Parameter(property = "integrity.rehearseRows", defaultValue = "1000")
  private int rehearseRows;

  /**
   * Compare the model with the migrations strictly: none of the lenient rules of docs/comparison.md applies, only
   * the two about what the model cannot express (an entity on a view, an enum type's label order).
   */
  @Parameter(property = "integrity.strict", defaultValue = "false")
  private boolean strict;

  /** Lint rules to run: ids separated by commas, {@code all} or {@code none}. */
  @Parameter(property = "integrity.lints", defaultValue = "all")
  private String lints;

  /** Lint rules whose findings fail the build: ids separated by commas, {@code all} or {@code none}. */
  @Parameter(property = "integrity.failOnLints", defaultValue = "none")
  private String failOnLints;

  /**
   * The base for "new" changeSets, which the lock and rewrite rules observe and the rehearsal applies over synthetic rows: a changeSet ({@code file::id::author} or its
   * id), {@code snapshot} (those {@code snapshotFile} does not record) or {@code git:<ref>} (those the changelog at that
   * ref lacks). Unset: those the snapshot does not record when it records changeSets, else none.
   */
  @Parameter(property = "integrity.since")
  private String since;

  /** The fix copies a table's or column's data into {@code integrity_backup_*} before dropping it. */
  @Parameter(property = "integrity.backupBeforeDrop", defaultValue = "true")
  private boolean backupBeforeDrop;

  /**
   * The fix takes PostgreSQL's lock-safe forms on existing tables: foreign keys and checks {@code NOT VALID} then
   * validated, NOT NULL through a validated check, indexes {@code CONCURRENTLY}.
   */
  @Parameter(property = "integrity.lockSafeFix", defaultValue = "true")
  private boolean lockSafeFix;

  /** {@code liquibase}, {@code flyway} or {@code auto} (whichever the project has; the log says which). */
  @Parameter(property = "integrity.migrations", defaultValue = "auto")
  private String migrations;

  /**
   * Flyway locations ({@code classpath:} or {@code filesystem:}), for Flyway projects. Unset: the application's
   * {@code spring.flyway.locations} ({@code {vendor}} is {@code postgresql}), else {@code classpath:db/migration}.
   */
  @Parameter(property = "integrity.flywayLocations")
  private List<String> flywayLocations;

  /** The jdbc provider's server: a URL of a database that exists on it, such as {@code jdbc:postgresql://db:5432/postgres}. */
  @Parameter(property = "integrity.jdbcUrl")
  private String jdbcUrl;

  /** The jdbc provider's user; it needs the right to create databases. */
  @Parameter(property = "integrity.username")
  private String username;

  /** The jdbc provider's password; prefer {@code serverId}, which keeps it (encrypted) in settings.xml. */
  @Parameter(property = "integrity.password")
  private String password;

  /** The id of a {@code <server>} in settings.xml holding the jdbc provider's username and password. */
  @Parameter(property = "integrity.serverId")
  private String serverId;

  @Component
  private SettingsDecrypter settingsDecrypter;

  /** The password in use (given or from settings.xml), masked in every message the core sends up. */
  private String effectivePassword;

  /** The module's dependencies that belong to the application, found once per execution. */
  private ModuleDependencies dependencies;

  /**
   * Reuse the last passing verdict while no input changed, the migrated schema while the migrations did not, and the
   * migrated database kept in {@code cacheDirectory} while the changelog only gained changeSets; false bypasses all of them.
   */
  @Parameter(property = "integrity.cache", defaultValue = "true")
  private boolean cache;

  /**
   * Where the migrated databases kept between builds live (a file each, at most 512 MB together, the least recently
   * used removed first); outside {@code target/}, so that {@code mvn clean} keeps them. Safe to share between builds
   * running at once, and to cache in CI.
   */
  @Parameter(property = "integrity.cacheDirectory", defaultValue = "${user.home}/.cache/integrity/migrated")
  private File cacheDirectory;

  /** Liquibase contexts for the migrated database; else {@code spring.liquibase.contexts} of the application, else all but {@code test}. */
  @Parameter(property = "integrity.contexts")
  private String contexts;

  /** Liquibase label filter for the migrated database; else {@code spring.liquibase.labels} (or {@code label-filter}) of the application. */
  @Parameter(property = "integrity.labels")
  private String labels;

  /** Extra {@code ${…}} changelog parameters, winning over {@code spring.liquibase.parameters.*}. */
  @Parameter
  private Map<String, String> changeLogParameters;

  /** Where {@code snapshot} writes and {@code verify}/{@code drift} read the schema snapshot. */
  @Parameter(property = "integrity.snapshotFile", defaultValue = "${project.basedir}/src/main/resources/db/schema-snapshot.json")
  private File snapshotFile;

  /** The accepted differences, written by {@code baseline}; {@code verify} and {@code diff} fail only on others. */
  @Parameter(property = "integrity.baselineFile", defaultValue = "${project.basedir}/src/main/resources/db/integrity-baseline.json")
  private File baselineFile;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (userProperty(IntegrityProperties.SKIP).map(Boolean::parseBoolean).orElse(skip)) {
      getLog().info("integrity: skipped (skip=true)");
      dev.integrity.core.database.DatabaseProviders.runStarts();
      endRun(true);
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().info("integrity: skipped " + project.getArtifactId() + ": a pom-packaged module has no entities of its own");
      return;
    }
    dev.integrity.core.database.DatabaseProviders.runStarts();
    LibraryLogging.quiet(getLog().isDebugEnabled());
    boolean completed = false;
    try {
      if (session.getProjects().size() > 1) {
        // Without the fallback Hibernate: a module that skips must not download (or fail offline to resolve) it.
        java.util.Optional<dev.integrity.core.run.Applicability.Skip> skip = dev.integrity.core.run.Applicability.skip(verifyRequest(failOn(), false), exportsModel());
        if (skip.isPresent()) {
          logSkip(skip.get());
          completed = true;
          return;
        }
      }
      run();
      ReactorTally.checked(session);
      completed = true;
    } catch (IntegrityException e) {
      throw new MojoExecutionException(Secrets.redact(e.getMessage(), effectivePassword), e);
    } finally {
      endRun(completed);
    }
  }

  /**
   * This module's run is done for the build's shared server (see {@code BuildServers.users}, which counts it).
   * Stopping the server can fail (a scratch database that cannot be dropped): that fails a run that passed,
   * and does not hide the failure of one that failed.
   */
  private void endRun(boolean completed) throws MojoExecutionException {
    try {
      dev.integrity.core.database.DatabaseProviders.runEnds(BuildServers.buildId(session));
    } catch (IntegrityException e) {
      if (completed) {
        throw new MojoExecutionException(Secrets.redact(e.getMessage(), effectivePassword), e);
      }
      getLog().error(Secrets.redact(e.getMessage(), effectivePassword));
    }
  }

  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /** {@code diff}: the request to write the fix into the project; null for the other goals. */
  protected WriteRequest writeRequest() {
    return null;
  }

  /** Whether the user set the parameter {@code name}: on the command line or in the POM's plugin configuration. */
  protected boolean configured(String name) {
    if (userProperty(IntegrityProperties.PREFIX + name).isPresent()) {
      return true;
    }
    org.apache.maven.model.Plugin plugin = project.getPlugin("dev.integrity:integrity-maven-plugin");
    return plugin != null && plugin.getConfiguration() instanceof org.codehaus.plexus.util.xml.Xpp3Dom configuration
        && configuration.getChild(name) != null;
  }

  /**
   * A module with entities that is skipped leaves them unchecked, unless a module of the build depends on it
   * (its entities are checked there): a warning. The last module says when none was checked.
   */
  private void logSkip(dev.integrity.core.run.Applicability.Skip skip) {
    String line = "integrity: skipped " + project.getArtifactId() + ": " + skip.reason();
    List<String> dependents = ReactorTally.dependents(session, project);
    if (skip.hasEntities() && dependents.isEmpty()) {
      getLog().warn(line + "; no module of this build depends on it, so its entities are not checked");
    } else {
      getLog().info(line + (skip.hasEntities() ? "; its entities are checked with " + String.join(", ", dependents) + ", which depend on it" : ""));
    }
    ReactorTally.endOfBuildWarning(session, project).ifPresent(getLog()::warn);
  }

  /** Whether the goal exports the entity model, so that a module of a multi-module build without entities is skipped. */
  protected boolean exportsModel() {
    return true;
  }

  /** The request of this goal; the fallback Hibernate is resolved only for a goal that exports the model. */
  protected VerifyRequest verifyRequest(String effectiveFailOn) throws MojoExecutionException {
    return verifyRequest(effectiveFailOn, exportsModel());
  }

  private VerifyRequest verifyRequest(String effectiveFailOn, boolean withFallbackHibernate) throws MojoExecutionException {
    return VerifyRequest.builder()
        .baseDir(project.getBasedir().toPath())
        .changeLogFile(changeLogFile == null ? null : changeLogFile.toPath())
        .changeLogSearchRoots(changeLogSearchRoots())
        .model(modelRequest(withFallbackHibernate))
        .database(databaseSettings())
        .schemas(schemas == null || schemas.isEmpty() ? List.of("public") : schemas)
        .failOn(TypedParameters.failOn(effectiveFailOn))
        .outputDirectory(outputDirectory.toPath())
        .changeLogFormat(ChangeLogFormat.parse(changeLogFormat))
        .changeSetAuthor(changeSetAuthor)
        .sourceRoots(sourceRoots())
        .formats(TypedParameters.formats(userProperty(IntegrityProperties.FORMATS).orElse(formats)))
        .ignores(ignores == null ? List.of() : ignores)
        .rollbackTest(rollbackTest)
        .rehearse(rehearse)
        .rehearseRows(rehearseRows)
        .strict(strict)
        .lints(TypedParameters.lints(lints))
        .failOnLints(TypedParameters.failOnLints(failOnLints))
        .since(since)
        .live(sizingDatabase())
        .backupBeforeDrop(backupBeforeDrop)
        .lockSafeFix(LockSafeFix.of(lockSafeFix))
        .migrations(TypedParameters.migrations(migrations))
        .flywayLocations(flywayLocations == null ? List.of() : flywayLocations)
        .cache(cache)
        .cacheDirectory(cacheDirectory.toPath())
        .contexts(contexts)
        .labels(labels)
        .changeLogParameters(changeLogParameters == null ? Map.of() : changeLogParameters)
        .snapshotFile(snapshotFile == null ? null : snapshotFile.toPath())
        .write(writeRequest())
        .baselineFile(baselineFile == null ? null : baselineFile.toPath())
        .build();
  }

  private DatabaseSettings databaseSettings() throws MojoExecutionException {
    String mode = database.trim().toLowerCase(Locale.ROOT);
    Credentials credentials = Credentials.resolve(username, password, serverId, session.getSettings(), settingsDecrypter);
    if (serverId != null && mode.equals("jdbc")) {
      getLog().info("integrity: credentials of <server> " + serverId + " from settings.xml (user " + credentials.username() + ")");
    }
    effectivePassword = credentials.password();
    return new DatabaseSettings(mode, image, duration("startupTimeout", startupTimeout), jdbcUrl, credentials.username(), effectivePassword)
        .sharedBy(BuildServers.buildId(session), BuildServers.users(session));
  }

  /**
   * {@code verify}, {@code diff}: the live database whose table sizes set the lock and rewrite findings' severities, when
   * {@code jdbcUrl} is set and the disposable database is not {@code jdbc} (then {@code jdbcUrl} names that server); else null.
   */
  private Database sizingDatabase() throws MojoExecutionException {
    return jdbcUrl == null || jdbcUrl.isBlank() || "jdbc".equalsIgnoreCase(database.trim()) ? null : liveDatabase();
  }

  /** {@code drift}: the live database given by jdbcUrl/username/password or serverId, read only. */
  protected Database liveDatabase() throws MojoExecutionException {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new MojoExecutionException("drift reads a live database: set <jdbcUrl> (-Dintegrity.jdbcUrl=jdbc:postgresql://host:5432/app)"
          + " and <username>/<password> or <serverId>.");
    }
    if ("jdbc".equalsIgnoreCase(database.trim())) {
      throw new MojoExecutionException("drift reads <jdbcUrl> as the live database, so <database> cannot be jdbc here:"
          + " use auto, docker or embedded for the disposable database.");
    }
    Credentials credentials = Credentials.resolve(username, password, serverId, session.getSettings(), settingsDecrypter);
    password = credentials.password();
    return new Database(jdbcUrl.trim(), credentials.username(), password, "live");
  }

  /** The username and decrypted password of the settings.xml {@code <server>} named by {@code serverId}; {@code parameter} is its POM element. */
  protected Credentials serverCredentials(String parameter, String username, String serverId) throws MojoExecutionException {
    return Credentials.resolve(parameter, username, null, serverId, session.getSettings(), settingsDecrypter);
  }

  /** The core's console lines: as errors when the run failed. */
  protected void logSummary(List<String> lines, boolean failed) {
    lines.forEach(line -> {
      if (failed) {
        getLog().error(line);
      } else {
        getLog().info(line);
      }
    });
  }

  /** "3 differences {@code between} (failOn=low):", then one indented line per difference: severity, kind, where, message. */
  protected String failingDifferences(List<dev.integrity.core.diff.Difference> failing, String between) {
    return failing.size() + " difference" + (failing.size() == 1 ? "" : "s") + " " + between + " (failOn=" + failOn() + "):" + failing.stream()
        .map(d -> "\n  " + d.severity() + " " + d.kind() + " " + d.schema() + "." + d.table() + (d.column() == null ? "" : "." + d.column())
            + ": " + d.message())
        .collect(java.util.stream.Collectors.joining());
  }

  /** {@code -Dintegrity.failOn} wins over the POM's {@code <failOn>}. */
  protected String failOn() {
    return userProperty(IntegrityProperties.FAIL_ON).orElse(failOn);
  }

  protected Log log() {
    return new Log() {
      @Override
      public void info(String message) {
        getLog().info(message);
      }

      @Override
      public void warn(String message) {
        getLog().warn(message);
      }

      @Override
      public boolean debugEnabled() {
        return getLog().isDebugEnabled();
      }
    };
  }

  private java.util.Optional<String> userProperty(String name) {
    return java.util.Optional.ofNullable(session.getUserProperties().getProperty(name));
  }

  private ModelRequest modelRequest(boolean withFallbackHibernate) throws MojoExecutionException {
    List<Path> classpath = new ArrayList<>();
    try {
      for (String element : project.getRuntimeClasspathElements()) {
        classpath.add(Path.of(element));
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the project's runtime classpath is not resolved: " + e.getMessage(), e);
    }
    boolean hasHibernate = project.getArtifacts().stream().anyMatch(FallbackHibernate::isHibernateCore);
    Path output = Path.of(project.getBuild().getOutputDirectory());
    List<String> scanned = packages == null ? List.of() : packages;
    List<EntitySource> sources = dependencies().entitySources(output, scanned);
    List<Path> fallback = !FallbackHibernate.needed(hasHibernate, withFallbackHibernate) ? List.of() : FallbackHibernate.resolve(repositorySystem, repositorySession, remoteRepositories,
        EntityScanner.scan(sources.stream().map(EntitySource::root).toList(), scanned).javax());
    return new ModelRequest(classpath, List.of(output), scanned, fallback,
        hibernateProperties == null ? Map.of() : hibernateProperties, blankToNull(physicalNamingStrategy), blankToNull(implicitNamingStrategy),
        sources, profiles == null ? List.of() : profiles.stream().map(String::trim).filter(p -> !p.isEmpty()).toList());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private List<Path> changeLogSearchRoots() {
    List<Path> roots = new ArrayList<>();
    for (Resource resource : project.getResources()) {
      Path directory = project.getBasedir().toPath().resolve(resource.getDirectory());
      if (Files.isDirectory(directory)) {
        roots.add(directory);
      }
    }
    roots.add(project.getBasedir().toPath());
    roots.addAll(dependencies().resourceDirectories());
    return roots;
  }

  private ModuleDependencies dependencies() {
    if (dependencies == null) {
      dependencies = new ModuleDependencies(project, session);
    }
    return dependencies;
  }

  private List<Path> sourceRoots() {
    List<Path> roots = new ArrayList<>(project.getCompileSourceRoots().stream().map(Path::of).toList());
    roots.addAll(dependencies().sourceRoots());
    return roots;
  }

  static Duration duration(String parameter, String text) throws MojoExecutionException {
    Matcher m = DURATION.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new MojoExecutionException("<" + parameter + "> is '" + text + "'; write a duration such as 60s, 2m or 500ms.");
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "m", "min" -> Duration.ofMinutes(amount);
      default -> Duration.ofSeconds(amount);
    };
  }
}
