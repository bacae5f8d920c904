import groovy.json.JsonSlurper

def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'failed', [])
def rollback = new JsonSlurper().parse(new File(basedir, 'target/integrity/rollback-test.json'))
assert rollback.status == 'failed' && rollback.changeSets == 3 : rollback
assert rollback.problems.size() == 1 : rollback.problems
def problem = rollback.problems[0]
assert problem.kind == 'NOT_EXACT'
assert problem.location == 'db/changelog/db.changelog-master.xml:18'
assert problem.leftovers.collect { [it.kind, it.table, it.column, it.expected, it.found] } ==
    [['EXTRA_COLUMN', 'purchase_order', 'reference', null, 'character varying(40)']]
String log = new File(basedir, 'build.log').text
assert log.contains('The rollback test failed (rollbackTest=true):')
assert log.contains('EXTRA_COLUMN public.purchase_order.reference: expected (absent), found character varying(40)')
true
