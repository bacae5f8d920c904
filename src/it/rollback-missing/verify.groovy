import groovy.json.JsonSlurper

def rollback = new JsonSlurper().parse(new File(basedir, 'target/integrity/rollback-test.json'))
assert rollback.status == 'failed' && rollback.changeSets == 3 : rollback
assert rollback.problems.collect { [it.kind, it.location] } == [['MISSING', 'db/changelog/db.changelog-master.xml:17']]
assert !new File(basedir, 'target/integrity/report.json').exists() : 'rollback-test compares no model'
String log = new File(basedir, 'build.log').text
assert log.contains('MISSING db/changelog/db.changelog-master.xml:17: changeSet db/changelog/db.changelog-master.xml::3-seed::shop has no rollback')
true
