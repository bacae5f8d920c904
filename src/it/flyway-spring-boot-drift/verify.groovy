import groovy.json.JsonSlurper

// Every Flyway version invoker.properties names, each with flyway-database-postgresql of its own version, finds the same drift.
def runs = evaluate(new File(basedir, '../../../../src/it/flyway-versions.groovy'))(basedir)
runs.each { run ->
  def json = new JsonSlurper().parse(new File(run.reports, 'report.json'))
  assert json.status == 'failed' : "Flyway ${run.version}: ${json.status}"
  // The model's column the migrations lack, and nothing else: not H2's folder, not the history table under its spring.flyway.table name.
  assert json.differences.collect { [it.kind, it.schema, it.table, it.column] } == [['MISSING_COLUMN', 'shop', 'purchase_order', 'total']] :
      "Flyway ${run.version}: ${json.differences}"
  // The fix is the next versioned migration after M1, M2 and V3, with spring.flyway.sql-migration-prefix.
  assert json.changelog == 'M4__integrity_fix.sql' : "Flyway ${run.version}: ${json.changelog}"
  String sql = new File(run.reports, 'M4__integrity_fix.sql').text
  assert sql.contains('ALTER TABLE shop.purchase_order ADD total numeric(38, 2)') : "Flyway ${run.version}: ${sql}"
}
true
