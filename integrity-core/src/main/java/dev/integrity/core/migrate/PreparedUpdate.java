package dev.integrity.core.migrate;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;

/**
 * A Liquibase update read before it runs: the changelog parsed as the update parses it (with its parameters and
 * contexts), and the state that decides what it applies. The update takes this parse instead of parsing again.
 */
public record PreparedUpdate(DatabaseChangeLog parsed, ChangeLogParameters parameters, String contexts, ChangeLogState state) {}
