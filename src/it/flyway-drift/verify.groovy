import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/integrity/report.json'))
assert json.status == 'failed'
assert json.differences.collect { [it.kind, it.table, it.column] }.toSet() ==
    [['EXTRA_COLUMN', 'customer', 'legacy_code'], ['EXTRA_TABLE', 'audit_entry', null], ['MISSING_COLUMN', 'purchase_order', 'note']].toSet()
assert json.changelog == 'V3__integrity_fix.sql'
assert !new File(basedir, 'target/integrity/changelog.xml').exists()
String sql = new File(basedir, 'target/integrity/V3__integrity_fix.sql').text
assert sql.contains('ALTER TABLE public.purchase_order ADD note VARCHAR(255)')
assert sql.contains('CREATE TABLE public.integrity_backup_customer_legacy_code AS SELECT id, legacy_code FROM public.customer')
assert sql.indexOf('integrity_backup_audit_entry AS TABLE public.audit_entry') < sql.indexOf('DROP TABLE public.audit_entry')
assert json.findings.collect { it.rule } == ['fk-without-index']
String log = new File(basedir, 'build.log').text
assert log.contains("Migrations: applied with the plugin's Flyway 13.12.0")
true
