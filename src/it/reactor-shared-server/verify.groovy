import groovy.json.JsonSlurper

['orders', 'billing'].each { module ->
  File report = new File(basedir, "$module/target/integrity/report.json")
  assert report.isFile() : "no report for $module"
  assert new JsonSlurper().parse(report).status == 'passed'
}
String log = new File(basedir, 'build.log').text
def servers = log.readLines().findAll { it.contains('] Database: ') }.collect { it.substring(it.indexOf('Database: ')) }
assert servers.size() == 2 : "expected one 'Database:' line per module, got $servers"
assert servers.toSet().size() == 1 : "the modules used different servers: $servers"
assert servers[0].contains("shared by the build's modules")
assert log.contains('skipped reactor-shared-server: a pom-packaged module')
true
