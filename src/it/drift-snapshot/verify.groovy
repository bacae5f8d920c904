// integrity:snapshot wrote the migrated schema with its sha256; verify then found the snapshot current;
// drift compared the empty live database with the snapshot alone and failed.
import groovy.json.JsonSlurper

String container = new File(basedir, 'live-container.txt').text
['docker', 'stop', container].execute().waitFor()

File snapshot = new File(basedir, 'src/main/resources/db/schema-snapshot.json')
assert snapshot.isFile() : "integrity:snapshot wrote no $snapshot"
String text = snapshot.text
assert text =~ /(?m)^\s*"sha256" : "[0-9a-f]{64}",?$/ : "no sha256 line in $snapshot:\n$text"
def json = new JsonSlurper().parseText(text)
assert json.sha256 ==~ /[0-9a-f]{64}/
assert json.schema.tables*.name.containsAll(['customer', 'purchase_order']) : "tables ${json.schema.tables*.name}"
// the history since compares with: verify (step 2) then finds no new changeSet and says nothing about the lock rules
assert json.changeSets == ['db/changelog/db.changelog-master.yaml::1-customer::shop', 'db/changelog/db.changelog-master.yaml::2-purchase-order::shop']

String log = new File(basedir, 'build.log').text
assert log.contains("Schema snapshot written: ${snapshot.canonicalPath} (sha256 ${json.sha256})") : 'the snapshot goal did not log the file and its hash'

def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])

assert !log.contains('Lock and rewrite rules')
assert log =~ /Expected schema: the snapshot .*schema-snapshot.json \(no disposable database\)/
assert log.contains('Live schema sha256: ')
assert !log.contains('r3ader-pw') : 'the live password is in the build log'
def drift = new JsonSlurper().parse(new File(basedir, 'target/drift/report.json'))
assert drift.status == 'failed'
def missing = drift.differences.findAll { it.kind == 'MISSING_TABLE' }*.table
assert missing.toSet() == ['customer', 'purchase_order'].toSet() : "differences ${drift.differences}"
assert new File(basedir, 'target/drift/TEST-integrity.xml').isFile() : 'drift wrote no JUnit report (formats default console,json,junit)'
true
