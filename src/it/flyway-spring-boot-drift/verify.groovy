import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/integrity/report.json'))
assert json.status == 'failed'
// The model's column the migrations lack, and nothing else: not H2's folder, not the history table under its spring.flyway.table name.
assert json.differences.collect { [it.kind, it.schema, it.table, it.column] } == [['MISSING_COLUMN', 'shop', 'purchase_order', 'total']]
// The fix is the next versioned migration after M1, M2 and V3, with spring.flyway.sql-migration-prefix.
assert json.changelog == 'M4__integrity_fix.sql'
String sql = new File(basedir, 'target/integrity/M4__integrity_fix.sql').text
assert sql.contains('ALTER TABLE shop.purchase_order ADD total numeric(38, 2)')
true
