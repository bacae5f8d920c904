// The master keeps its two changeSets byte for byte and ends with changeSet team:3 adding the column.
File master = new File(basedir, 'src/main/resources/db/changelog/db.changelog-master.sql')
String sql = master.text
assert sql.startsWith("""--liquibase formatted sql

--changeset team:1
CREATE TABLE invoice (id bigint PRIMARY KEY, number varchar(30) NOT NULL);
--rollback DROP TABLE invoice;

--changeset team:2
CREATE INDEX ix_invoice_number ON invoice (number);
--rollback DROP INDEX ix_invoice_number;

-- changeset team:3 """)
assert sql.contains('ALTER TABLE public.invoice ADD note VARCHAR(255)')
assert sql.count('liquibase formatted sql') == 1
assert new File(basedir, 'build.log').text.contains("Migration written: ${master} (appended to the formatted SQL master, which cannot include files)")
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
