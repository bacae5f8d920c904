def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [])
def changelog = 'db/changelog/db.changelog-master.xml'
def found = json.findings.findAll { it.rule != 'missing-rollback' }.collect { [it.rule, it.severity, it.table, it.columns, it.location] }
assert found == [
    ['table-rewrite', 'HIGH', 'customer', [], changelog + ':12'],
    ['index-without-concurrently', 'MEDIUM', 'customer', [], changelog + ':15'],
    ['not-null-without-check', 'MEDIUM', 'customer', ['name'], changelog + ':18'],
] : "findings ${found}"
def rewrite = json.findings.find { it.rule == 'table-rewrite' }
assert rewrite.message.startsWith('changeSet 2-visits-bigint (shop) rewrites table public.customer') : rewrite.message
assert rewrite.message.endsWith('(statement: ALTER TABLE public.customer ALTER COLUMN visits TYPE BIGINT USING (visits::BIGINT))') : rewrite.message

String log = new File(basedir, 'build.log').text
assert log.contains('Lock and rewrite rules: 3 new changeSets (after changeSet db/changelog/db.changelog-master.xml::1-customer::shop)')
assert log.contains('table-rewrite (fails the build)')
true
