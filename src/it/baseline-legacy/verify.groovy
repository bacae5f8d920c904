import groovy.json.JsonSlurper

File baseline = new File(basedir, 'src/main/resources/db/integrity-baseline.json')
assert baseline.isFile() : "integrity:baseline wrote no $baseline"
def accepted = new JsonSlurper().parse(baseline)
assert accepted.format == 'integrity-baseline/1'
assert accepted.differences.collect { [it.kind, it.table, it.column] } == [
    ['TYPE_MISMATCH', 'account', 'display_name'],
    ['MISSING_COLUMN', 'account', 'note'],
    ['NULLABILITY_MISMATCH', 'payment', 'amount']]
assert accepted.differences[0].model == 'character varying(40)' && accepted.differences[0].database == 'character varying(100)'

def json = new JsonSlurper().parse(new File(basedir, 'target/integrity/report.json'))
assert json.status == 'passed' : "with the baseline: status ${json.status}, differences ${json.differences}"
assert json.differences.size() == 3 && json.differences.every { it.baselined == true }
assert json.baselined == 3
assert json.changelog == null
String junit = new File(basedir, 'target/integrity/TEST-integrity.xml').text
['TYPE_MISMATCH', 'MISSING_COLUMN', 'NULLABILITY_MISMATCH'].each { assert !junit.contains("<failure type=\"$it\"") : "a baselined $it fails in JUnit" }
String log = new File(basedir, 'build.log').text
assert log.contains('Baseline written: ') && log.contains('(3 accepted differences, 3 added, 0 removed)')
assert log.contains('Baselined: 3 differences accepted by ')
true
