// Shared by the drifted ITs' verify.groovy: the last invocation ran verify with the fix of the first one
// included by the master changelog (errorIfMissing=false) and its reports in target/integrity-after.
import groovy.json.JsonSlurper

return { File basedir ->
  File report = new File(basedir, 'target/integrity-after/report.json')
  assert report.isFile() : "no report of the run with the fix included at $report"
  def json = new JsonSlurper().parse(report)
  assert json.status == 'passed' : "with the fix included: status ${json.status}, differences ${json.differences}"
  assert json.differences.isEmpty()
  assert json.changelog == null
  assert !['changelog.xml', 'changelog.yaml', 'changelog.sql'].any { new File(basedir, "target/integrity-after/$it").exists() }
  return json
}
