package dev.integrity.core.lint;

import dev.integrity.core.observe.ChangeSetObservation;
import dev.integrity.core.observe.StatementObservation;
import dev.integrity.core.observe.StatementObservation.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import liquibase.changelog.ChangeSet;

/** The observed statements of the new changeSets, each with where its changeSet is written, and how their findings read. */
final class ObservedStatements {

  private static final int EXCERPT = 120;

  /** One statement of a new changeSet, named {@code id (author)} as the other rules name it; {@code location} is its {@code file:line}. */
  record Site(String changeSet, String location, StatementObservation statement) {}

  private ObservedStatements() {}

  static List<Site> of(LintInput input) {
    Map<String, ChangeSet> declared = input.changeSets().stream()
        .collect(Collectors.toMap(c -> c.getFilePath() + "::" + c.getId() + "::" + c.getAuthor(), Function.identity(), (a, b) -> a));
    List<Site> sites = new ArrayList<>();
    for (ChangeSetObservation observed : input.observed()) {
      ChangeSet changeSet = declared.get(observed.changeSet());
      String location = changeSet == null ? observed.changeSet() : input.locator().locate(changeSet);
      String name = changeSet == null ? observed.changeSet() : changeSet.getId() + " (" + changeSet.getAuthor() + ")";
      observed.statements().forEach(statement -> sites.add(new Site(name, location, statement)));
    }
    return sites;
  }

  /** A finding about {@code table}: the message starts with the changeSet and ends with the statement that did it. */
  static Finding finding(LintRule rule, Site site, TableName table, List<String> columns, String what, String fix) {
    String sql = site.statement().sql().replaceAll("\\s+", " ");
    return new Finding(rule, rule.severity(), table.schema(), table.name(), columns, site.location(),
        "changeSet " + site.changeSet() + " " + what + " (statement: " + (sql.length() > EXCERPT ? sql.substring(0, EXCERPT) + "…" : sql) + ")"
            + (site.statement().inTransaction() ? "" : "; it ran outside a transaction, so its locks were not observed"),
        fix, site.statement().measured(), null);
  }
}
