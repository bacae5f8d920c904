package dev.integrity.core.migrate;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import liquibase.ChecksumVersion;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.changelog.ChangeLogParameters;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.logging.core.NoOpLogService;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;
import liquibase.util.LiquibaseUtil;

/**
 * Applies a Liquibase changelog to a database with the plugin's Liquibase. The changelog is named
 * relative to the first search root that holds it (normally {@code src/main/resources}), so the file
 * names recorded in {@code databasechangelog} are those the application records; includes resolve
 * against the search roots, then the project's classpath. A changelog inside a jar is named by its path in
 * the jar and read through the project's classpath, as Spring Boot reads it.
 */
public final class LiquibaseMigrator {

  private final List<Path> searchRoots;
  private final ClassLoader projectClasspath;

  public LiquibaseMigrator(List<Path> searchRoots, ClassLoader projectClasspath) {
    this.searchRoots = List.copyOf(searchRoots);
    this.projectClasspath = projectClasspath;
  }

  public void update(Path changeLog, Connection connection) {
    update(changeLog, connection, LiquibaseOptions.NONE, Log.SILENT);
  }

  /**
   * Applies the changeSets {@code options} select, with its parameters beside the changelog's own {@code
   * <property>}s, and returns the changelog as parsed for it (with the same parameters).
   */
  public DatabaseChangeLog update(Path changeLog, Connection connection, LiquibaseOptions options, Log log) {
    return update(changeLog, connection, prepareUpdate(changeLog, connection, options, log), options);
  }

  /**
   * The changelog parsed for an update of {@code connection}'s database with {@code options}, as Liquibase's update
   * parses it, with the {@link ChangeLogState} that decides what the update applies: read once for both.
   */
  public PreparedUpdate prepareUpdate(Path changeLog, Connection connection, LiquibaseOptions options, Log log) {
    String path = relativeName(changeLog);
    return inScope(changeLog, () -> {
      liquibase.database.Database database = database(connection, options);
      boolean hadHistory = HistoryTable.exists(connection, database);
      ChangeLogParameters parameters = parameters(database, options);
      String contexts = options.contexts();
      DatabaseChangeLog parsed = null;
      if (contexts == null) {
        parsed = DatabaseChangelogCommandStep.getDatabaseChangeLog(path, parameters, database);
        contexts = LiquibaseContexts.allButTest(parsed, log);
      }
      if (parsed == null || contexts != null || options.labels() != null) {
        // the run's contexts and labels set as the update step sets them before it parses: the update gets this parse
        Contexts runContexts = new Contexts(contexts);
        LabelExpression runLabels = new LabelExpression(options.labels());
        if (!runContexts.isEmpty()) {
          parameters.setContexts(runContexts);
        }
        if (!runLabels.isEmpty()) {
          parameters.setLabels(runLabels);
        }
        parsed = DatabaseChangelogCommandStep.getDatabaseChangeLog(path, parameters, database);
      }
      if (!hadHistory) {
        // Liquibase's include reads the history, creating its table: the database stays as it was until the update runs
        HistoryTable.drop(connection, database);
      }
      checkSupported(parsed);
      return new PreparedUpdate(parsed, parameters, contexts, state(changeLog, parsed, contexts, options));
    });
  }

  /** Applies what {@code prepared} selects to {@code connection}'s database (the one it was prepared for); returns its parse. */
  public DatabaseChangeLog update(Path changeLog, Connection connection, PreparedUpdate prepared, LiquibaseOptions options) {
    return inScope(changeLog, () -> {
      command(changeLog, database(connection, options), UpdateCommandStep.COMMAND_NAME)
          .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG, prepared.parsed())
          .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG.getName(), prepared.contexts())
          .addArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG.getName(), options.labels())
          .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS.getName(), prepared.parameters())
          .execute();
      return prepared.parsed();
    });
  }

  /** Applies the next {@code count} changeSets that have not run yet. */
  public void updateCount(Path changeLog, Connection connection, int count) {
    updateCount(changeLog, connection, count, LiquibaseOptions.NONE);
  }

  /** Applies the next {@code count} changeSets that have not run yet and that {@code options} select. */
  public void updateCount(Path changeLog, Connection connection, int count, LiquibaseOptions options) {
    run(changeLog, connection, UpdateCountCommandStep.COMMAND_NAME, Map.of(UpdateCountCommandStep.COUNT_ARG.getName(), count), options);
  }

  /**
   * The changeSets an update with {@code options} of {@code connection}'s database would apply now (those that have
   * not run and that the options select), in order, by {@link ChangeSetEntry#key}.
   */
  public List<String> pending(Path changeLog, Connection connection, LiquibaseOptions options) {
    String path = relativeName(changeLog);
    try {
      return Scope.child(scope(changeLog), () -> {
        liquibase.database.Database database =
            DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        LiquibaseSchemas.apply(database, connection, options);
        DatabaseChangeLog parsed = DatabaseChangelogCommandStep.getDatabaseChangeLog(path, parameters(database, options), database);
        String contexts = options.contexts() != null ? options.contexts() : LiquibaseContexts.allButTest(parsed, Log.SILENT);
        List<String> keys = new ArrayList<>();
        for (ChangeSet changeSet : new Liquibase(parsed, Scope.getCurrentScope().getResourceAccessor(), database)
            .listUnrunChangeSets(new Contexts(contexts), new LabelExpression(options.labels()))) {
          keys.add(ChangeSetEntry.key(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor()));
        }
        return keys;
      });
    } catch (IntegrityException e) {
      throw e;
    } catch (Exception e) {
      throw LiquibaseFailures.describe(changeLog, e, this::readFile);
    }
  }

  /** Rolls back the last {@code count} changeSets that ran, with Liquibase's own rollback logic. */
  public void rollbackCount(Path changeLog, Connection connection, int count) {
    run(changeLog, connection, RollbackCountCommandStep.COMMAND_NAME, Map.of(RollbackCountCommandStep.COUNT_ARG.getName(), count),
        LiquibaseOptions.NONE);
  }

  /** The changelog as Liquibase parses it: every changeSet, includes resolved, in order. */
  public DatabaseChangeLog parse(Path changeLog) {
    return withParsed(changeLog, parsed -> parsed);
  }

  /**
   * What decides what an update with {@code options} applies: this Liquibase's version, the changelog's name, the
   * options with the contexts the update runs with, and every changeSet in order with the checksum Liquibase records for it.
   */
  private ChangeLogState state(Path changeLog, DatabaseChangeLog parsed, String contexts, LiquibaseOptions options) {
    List<ChangeSetChecksum> checksums = new ArrayList<>();
    for (ChangeSet changeSet : parsed.getChangeSets()) {
      checksums.add(new ChangeSetChecksum(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath(),
          changeSet.generateCheckSum(ChecksumVersion.latest()).toString(), changeSet.isRunOnChange()));
    }
    String settings = String.join("\n", "Liquibase " + LiquibaseUtil.getBuildVersion(), "changeLog=" + relativeName(changeLog),
        "contexts=" + contexts, "labels=" + options.labels(), "parameters=" + new TreeMap<>(options.parameters()),
        "defaultSchema=" + options.defaultSchema(), "liquibaseSchema=" + options.liquibaseSchema());
    return new ChangeLogState(settings, checksums);
  }

  /** {@code use} applied, inside the changelog's Liquibase scope, to the changelog as parsed without parameters. */
  private <T> T withParsed(Path changeLog, Function<DatabaseChangeLog, T> use) {
    String path = relativeName(changeLog);
    return inScope(changeLog, () -> {
      ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
      return use.apply(ChangeLogParserFactory.getInstance().getParser(path, accessor).parse(path, new ChangeLogParameters(), accessor));
    });
  }


  /** YAML and JSON changelogs with an attribute this Liquibase would silently ignore fail here, before anything runs. */
  private void checkSupported(DatabaseChangeLog parsed) {
    parsed.getChangeSets().stream()
        .map(ChangeSet::getFilePath)
        .distinct()
        .filter(file -> file.matches("(?i).*\\.(ya?ml|json)$"))
        .forEach(file -> {
          String text = readFile(file);
          if (text != null) {
            UnsupportedConstructs.checkYamlOrJson(file, text);
          }
        });
  }

  /** A changelog file's text by the path Liquibase names it with (search roots, then the project's classpath), or null. */
  private String readFile(String path) {
    try {
      for (Path root : searchRoots) {
        Path file = root.resolve(path);
        if (Files.isRegularFile(file)) {
          return Files.readString(file);
        }
      }
      if (Path.of(path).isAbsolute() && Files.isRegularFile(Path.of(path))) {
        return Files.readString(Path.of(path));
      }
      try (java.io.InputStream in = projectClasspath.getResourceAsStream(path.startsWith("/") ? path.substring(1) : path)) {
        return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** Runs {@code command} (not the update: {@link #update(Path, Connection, PreparedUpdate, LiquibaseOptions)}) with the contexts the update would run with. */
  private void run(Path changeLog, Connection connection, String[] command, Map<String, Object> arguments, LiquibaseOptions options) {
    String path = relativeName(changeLog);
    inScope(changeLog, () -> {
      liquibase.database.Database database = database(connection, options);
      ChangeLogParameters parameters = parameters(database, options);
      String contexts = options.contexts();
      CommandScope commandScope = command(changeLog, database, command);
      if (contexts == null) {
        DatabaseChangeLog parsed = DatabaseChangelogCommandStep.getDatabaseChangeLog(path, parameters, database);
        contexts = LiquibaseContexts.allButTest(parsed, Log.SILENT);
        if (contexts == null && options.labels() == null) {
          // parsed exactly as the command would parse it (same parameters, no contexts, no labels): not parsed twice
          commandScope.addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG, parsed);
        }
      }
      commandScope
          .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG.getName(), contexts)
          .addArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG.getName(), options.labels())
          .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS.getName(), parameters);
      arguments.forEach(commandScope::addArgumentValue);
      commandScope.execute();
      return null;
    });
  }

  private CommandScope command(Path changeLog, liquibase.database.Database database, String[] command) throws Exception {
    return new CommandScope(command)
        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG.getName(), relativeName(changeLog))
        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG);
  }

  private static liquibase.database.Database database(Connection connection, LiquibaseOptions options) throws Exception {
    liquibase.database.Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    LiquibaseSchemas.apply(database, connection, options);
    return database;
  }

  /** {@code work} inside the changelog's Liquibase scope, its failures described with the changelog's files. */
  private <T> T inScope(Path changeLog, Scope.ScopedRunnerWithReturn<T> work) {
    try {
      return Scope.child(scope(changeLog), work);
    } catch (IntegrityException e) {
      throw e;
    } catch (Exception e) {
      throw LiquibaseFailures.describe(changeLog, e, this::readFile);
    }
  }

  private Map<String, Object> scope(Path changeLog) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put(Scope.Attr.resourceAccessor.name(), resourceAccessor(changeLog));
    scope.put(Scope.Attr.classLoader.name(), LiquibaseMigrator.class.getClassLoader());
    scope.put(Scope.Attr.logService.name(), new NoOpLogService());
    scope.put(Scope.Attr.ui.name(), new LoggerUIService());
    scope.put("liquibase.analytics.enabled", false);
    // src/main/resources and its copy in target/classes hold the same files: the first search root wins.
    scope.put("liquibase.duplicateFileMode", "SILENT");
    return scope;
  }

  /** Built for the target database, so that the changelog's {@code <property dbms=...>} resolve as Liquibase resolves them. */
  private static ChangeLogParameters parameters(liquibase.database.Database database, LiquibaseOptions options) {
    ChangeLogParameters parameters = new ChangeLogParameters(database);
    options.parameters().forEach(parameters::set);
    return parameters;
  }

  /** The changeSets of the changelog that run on PostgreSQL, as {@code databasechangelog} would record them. */
  public List<ChangeSetEntry> changeSets(Path changeLog) {
    return withParsed(changeLog, parsed -> {
      List<ChangeSetEntry> entries = new ArrayList<>();
      for (ChangeSet changeSet : parsed.getChangeSets()) {
        if (!runsOnPostgres(changeSet)) {
          continue;
        }
        Map<String, Object> checkScope = scope(changeLog);
        entries.add(new ChangeSetEntry(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath(),
            changeSet.isRunOnChange() || changeSet.isAlwaysRun(), stored -> {
              try {
                return Scope.child(checkScope, () -> changeSet.isCheckSumValid(CheckSum.parse(stored)));
              } catch (Exception e) {
                throw LiquibaseFailures.describe(changeLog, e, this::readFile);
              }
            }));
      }
      return entries;
    });
  }

  /** Whether {@code databasechangelog} on PostgreSQL records this changeSet: it names no dbms, or postgresql, or all. */
  public static boolean runsOnPostgres(ChangeSet changeSet) {
    Set<String> dbms = changeSet.getDbmsSet();
    return dbms == null || dbms.isEmpty() || dbms.contains("postgresql") || dbms.contains("all");
  }

  String relativeName(Path changeLog) {
    if (ChangeLogLocator.inJar(changeLog)) {
      return changeLog.toString().substring(1);
    }
    Path absolute = changeLog.toAbsolutePath().normalize();
    for (Path root : searchRoots) {
      Path normalRoot = root.toAbsolutePath().normalize();
      if (absolute.startsWith(normalRoot)) {
        return normalRoot.relativize(absolute).toString().replace('\\', '/');
      }
    }
    return absolute.toString();
  }

  private ResourceAccessor resourceAccessor(Path changeLog) {
    CompositeResourceAccessor accessor = new CompositeResourceAccessor();
    List<Path> roots = new ArrayList<>(searchRoots);
    Path absolute = changeLog.toAbsolutePath().normalize();
    if (!ChangeLogLocator.inJar(changeLog) && roots.stream().noneMatch(r -> absolute.startsWith(r.toAbsolutePath().normalize()))) {
      roots.add(absolute.getRoot());
    }
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try {
          accessor.addResourceAccessor(new DirectoryResourceAccessor(root));
        } catch (java.io.FileNotFoundException e) {
          throw new IntegrityException("changelog search root " + root + " cannot be read: " + e.getMessage(), e);
        }
      }
    }
    accessor.addResourceAccessor(new ClassLoaderResourceAccessor(projectClasspath));
    return accessor;
  }
}
