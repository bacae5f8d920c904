// Shared by the ITs' verify.groovy: checks report.json against the expected status and differences.
import groovy.json.JsonSlurper

return { File basedir, String status, List expected ->
  File report = new File(basedir, 'target/integrity/report.json')
  assert report.isFile() : "no report at $report"
  def json = new JsonSlurper().parse(report)
  assert json.status == status : "status ${json.status}, expected $status"
  def actual = json.differences.collect { [it.kind, it.table, it.column] }
  assert actual.toSet() == expected.toSet() : "differences ${actual}, expected ${expected}"
  json.differences.each { d ->
    ['kind', 'severity', 'schema', 'table', 'column', 'model', 'database', 'message', 'entity'].each { key ->
      assert d.containsKey(key) : "difference lacks member $key: $d"
    }
  }
  def changelogs = ['changelog.xml', 'changelog.yaml', 'changelog.sql'].findAll { new File(basedir, "target/integrity/$it").exists() }
  if (expected.isEmpty()) {
    assert json.changelog == null
    assert changelogs.isEmpty()
  } else {
    assert changelogs == [json.changelog]
  }
  // a module of a multi-module IT: the build log is the aggregator's
  File buildLog = new File(basedir, 'build.log').isFile() ? new File(basedir, 'build.log') : new File(basedir.parentFile, 'build.log')
  String log = buildLog.text
  assert log.contains('Timings: database start') : 'no timings line in the build log'
  return json
}
