package dev.integrity.core.model;

import dev.integrity.core.common.Log;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps the project's Hibernate at WARN and above while it exports the model, whatever logging backend the project
 * carries. JBoss Logging, through which Hibernate logs, would pick the project's Log4j2 or Logback and with them its
 * log4j2.xml or logback.xml, which teams often leave at DEBUG; it is pinned to java.util.logging in the project's class
 * loader before Hibernate first logs, and Hibernate's categories there are at WARNING while exports run, its records
 * going to the build's log as warnings (not to java.util.logging's console in its own format). With {@code -X} nothing
 * is changed, so the project's own configuration shows what Hibernate does.
 */
final class ProjectLogging implements AutoCloseable {

  private static final String PROVIDER_PROPERTY = "org.jboss.logging.provider";
  private static final String PROVIDERS = "org.jboss.logging.LoggerProviders";
  /** Hibernate's categories: {@code org.hibernate.*}, and Hibernate 6's "SQL dialect"; held here so their levels are not collected away. */
  private static final List<Logger> HIBERNATE_JUL = List.of(Logger.getLogger("org.hibernate"), Logger.getLogger("SQL dialect"));
  private static final Object LOCK = new Object();
  /** Exports running now, and how {@code org.hibernate} was before the first of them; guarded by the lock. */
  private static int quietExports;
  private static final Map<Logger, Level> LEVELS_BEFORE_EXPORTS = new HashMap<>();
  private static final Map<Logger, Boolean> PARENT_HANDLERS_BEFORE_EXPORTS = new HashMap<>();
  private static Handler toBuildLog;

  private final boolean quiet;

  private ProjectLogging(boolean quiet) {
    this.quiet = quiet;
  }

  /** Call before anything of the project's Hibernate is loaded in {@code project}; close when its export is done. */
  static ProjectLogging quiet(ClassLoader project, Log log) {
    if (log.debugEnabled()) {
      return new ProjectLogging(false);
    }
    synchronized (LOCK) {
      if (quietExports++ == 0) {
        toBuildLog = new BuildLogHandler(log);
        for (Logger logger : HIBERNATE_JUL) {
          LEVELS_BEFORE_EXPORTS.put(logger, logger.getLevel());
          PARENT_HANDLERS_BEFORE_EXPORTS.put(logger, logger.getUseParentHandlers());
          logger.setLevel(Level.WARNING);
          logger.setUseParentHandlers(false);
          logger.addHandler(toBuildLog);
        }
      }
      pinJdkProvider(project);
    }
    return new ProjectLogging(true);
  }

  /**
   * JBoss Logging chooses its backend once per class loader, when its {@code LoggerProviders} is initialized, and a system
   * property wins over its search of the classpath: the property is set for that initialization only.
   */
  private static void pinJdkProvider(ClassLoader project) {
    synchronized (System.getProperties()) {
      String before = System.getProperty(PROVIDER_PROPERTY);
      System.setProperty(PROVIDER_PROPERTY, "jdk");
      try {
        Class.forName(PROVIDERS, true, project);
      } catch (ClassNotFoundException | LinkageError noJbossLogging) {
        // a project without JBoss Logging: Hibernate brings it, so the export reports what is missing
      } finally {
        if (before == null) {
          System.clearProperty(PROVIDER_PROPERTY);
        } else {
          System.setProperty(PROVIDER_PROPERTY, before);
        }
      }
    }
  }

  /** Exports run concurrently under {@code -T}: the first one in saved the JUL level, the last one out restores it. */
  @Override
  public void close() {
    if (!quiet) {
      return;
    }
    synchronized (LOCK) {
      if (--quietExports == 0) {
        for (Logger logger : HIBERNATE_JUL) {
          logger.removeHandler(toBuildLog);
          logger.setUseParentHandlers(PARENT_HANDLERS_BEFORE_EXPORTS.remove(logger));
          logger.setLevel(LEVELS_BEFORE_EXPORTS.remove(logger));
        }
      }
    }
  }

  /** Hibernate's warnings and errors as warnings of the build (concurrent exports share the first one's log). */
  private static final class BuildLogHandler extends Handler {

    private final Log log;
    private final Formatter formatter = new SimpleFormatter();

    BuildLogHandler(Log log) {
      this.log = log;
      setLevel(Level.WARNING);
    }

    @Override
    public void publish(LogRecord record) {
      if (isLoggable(record)) {
        log.warn(formatter.formatMessage(record) + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
