import groovy.json.JsonSlurper

def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'passed', [])
assert json.findings == [] : "findings ${json.findings}"
def rollback = new JsonSlurper().parse(new File(basedir, 'target/integrity/rollback-test.json'))
assert rollback.status == 'passed' && rollback.changeSets == 4 && rollback.problems == [] : rollback
String log = new File(basedir, 'build.log').text
assert log.contains('Rollback test passed: each of the 4 changeSets rolls back to exactly the schema before it.')
true
