import groovy.json.JsonSlurper

// a column the view lacks is a MISSING_COLUMN, never a MISSING_TABLE; no fix can change a view's query
def json = new JsonSlurper().parse(new File(basedir, 'target/integrity/report.json'))
assert json.status == 'failed'
assert json.differences.collect { [it.kind, it.table, it.column] } == [['MISSING_COLUMN', 'order_summary', 'revenue']]
def d = json.differences[0]
assert d.severity == 'CRITICAL' && d.model == 'numeric(12,2)' && d.database == null
assert d.message == 'column order_summary.revenue is in the model but not in the migrated database, whose order_summary is a view: its query must select the column'
assert d.entity == 'it.views.OrderSummary'
assert json.changelog == null
assert !['changelog.xml', 'changelog.yaml', 'changelog.sql'].any { new File(basedir, "target/integrity/$it").exists() }
String log = new File(basedir, 'build.log').text
assert log.contains('MISSING_COLUMN revenue')
true
