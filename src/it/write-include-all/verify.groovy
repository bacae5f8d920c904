// 02_add_invoice_note.sql in the includeAll folder, formatted SQL like 01, changeSet id 2; the master untouched.
File dir = new File(basedir, 'src/main/resources/db/changelog')
File written = new File(dir, 'changes/02_add_invoice_note.sql')
assert written.isFile()
String sql = written.text
assert sql.startsWith('-- liquibase formatted sql') || sql.startsWith('--liquibase formatted sql')
assert sql =~ /-- ?changeset [^:]+:2 /
assert sql.contains('ALTER TABLE public.invoice ADD note VARCHAR(255)')
assert !new File(dir, 'db.changelog-master.xml').text.contains('02_add')
String log = new File(basedir, 'build.log').text
assert log.contains("Migration written: ${written} (the master's includeAll of changes/ picks it up; db.changelog-master.xml is unchanged)")
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
