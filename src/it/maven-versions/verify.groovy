// Each Maven ran the clean verify (passed, no difference) and the drifted one (failed on exactly the dropped column).
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
['Apache Maven 3.9.16', 'Apache Maven 4.0.0-rc-4'].each { assert log.contains(it) : "no '$it' banner in the build log" }

def report = { String dir -> new JsonSlurper().parse(new File(basedir, "target/$dir/report.json")) }
['maven39', 'maven4'].each { maven ->
  def clean = report("$maven-clean")
  assert clean.status == 'passed' && clean.differences.isEmpty() : "$maven clean: ${clean.status} ${clean.differences}"
  def drifted = report("$maven-drifted")
  assert drifted.status == 'failed' : "$maven drifted: ${drifted.status}"
  assert drifted.differences.collect { [it.kind, it.table, it.column] } == [['MISSING_COLUMN', 'ticket', 'openedat']] : "$maven drifted: ${drifted.differences}"
}

// Maven 4 shows a plugin's stderr as warnings: Hibernate's start-up INFO lines must not get there.
assert !log.contains('[WARNING] [stderr]') : 'the plugin wrote to stderr under Maven 4'

// Maven 4: the encrypted password was decrypted (the build got as far as connecting) and appears nowhere.
assert log.contains('integrity: credentials of <server> integrity-it-db from settings.xml (user it_user)')
assert log.contains('cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=5: ')
assert !log.contains('cannot decrypt') : 'Maven 4 did not decrypt the settings.xml password'
assert !log.contains('It-Db-Secret-7') && !log.contains('p0/+gk/B+IYHeKj4GnDvApFa3rUmCMpC') : 'the password appears in the build log'
true
