-- The changeSets Liquibase recorded as applied; the placeholder is the quoted schema that holds the table.
SELECT id, author, filename, md5sum FROM %s.databasechangelog ORDER BY orderexecuted, dateexecuted
