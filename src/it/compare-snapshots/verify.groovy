// compare-snapshots compared the files alone: no database was started or reached, the reports are those of
// verify and drift, and failOn decided the verdict.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
assert !log.contains('Database:') : 'a database was started'
assert !log.contains('nothing-listens') : 'the jdbc server was reached for'
assert !log.contains('Connection to 127.0.0.1:1 refused')

def changed = new JsonSlurper().parse(new File(basedir, 'target/changed/report.json'))
assert changed.status == 'failed'
def found = changed.differences.collect { "${it.kind} ${it.table}${it.column == null ? '' : '.' + it.column}" as String }
assert found.toSet() == ['EXTRA_UNIQUE account', 'EXTRA_CHECK account', 'NULLABILITY_MISMATCH account.code', 'EXTRA_FOREIGN_KEY entry',
    'EXTRA_INDEX entry', 'NULLABILITY_MISMATCH entry.account_id'].toSet() : "differences $found"
assert changed.changelog == null
assert changed.differences.every { it.message.contains('the snapshot snapshots/') } : "messages ${changed.differences*.message}"
['TEST-integrity.xml', 'integrity.sarif'].each { assert new File(basedir, "target/changed/$it").isFile() : "no $it" }
assert log.contains('6 differences between ') : 'the failure does not list the differences'

def reportOnly = new JsonSlurper().parse(new File(basedir, 'target/report-only/report.json'))
assert reportOnly.status == 'passed'
assert reportOnly.differences.size() == 6

def same = new JsonSlurper().parse(new File(basedir, 'target/same/report.json'))
assert same.status == 'passed'
assert same.differences.isEmpty()
assert log =~ /Comparing the snapshot src\/main\/resources\/db\/schema-snapshot.json with the snapshot snapshots\/after.json/
true
