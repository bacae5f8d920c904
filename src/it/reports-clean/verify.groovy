// Every format on an in-sync project says so (see verify-formats.groovy).
def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'passed', [])
assert json.health == 'green'
assert json.counts == [CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0]
def reports = evaluate(new File(basedir, '../../../../src/it/verify-formats.groovy'))(basedir, requireChromium)

assert reports.junit == [customer: [], purchase_order: []]
assert reports.sarif.runs[0].results == []
assert reports.gitlab == []
assert reports.annotations == []
assert reports.githubSummary.startsWith('## integrity: passed (health green)')
assert reports.githubSummary.contains('No differences')
if (reports.dom != null) {
  assert reports.dom.contains('<span id="verdict" class="verdict passed">passed</span>')
  assert reports.dom.contains('<span id="health" class="health green">green</span>')
  assert reports.dom.contains('<p id="clean">No differences: the migrated database matches the entity model.</p>')
}
String log = new File(basedir, 'build.log').text
assert log.contains('No differences: the migrated database matches the entity model.')
assert log.contains('Health: green (0 critical, 0 high, 0 medium, 0 low)')
true
