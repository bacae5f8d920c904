def check = evaluate(new File(basedir, '../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [])
def found = json.findings.collect { [it.rule, it.table, it.columns, it.location] }
def changelog = 'db/changelog/db.changelog-master.xml'
assert found == [
    ['fk-without-index', 'purchase_order', ['customer_id'], 'entity it.shop.PurchaseOrder'],
    ['destructive-change', 'customer', ['legacy_code'], changelog + ':20'],
    ['missing-rollback', null, [], changelog + ':20'],
    ['missing-rollback', null, [], changelog + ':23'],
] : "findings ${found}"
json.findings.each { f ->
  ['rule', 'severity', 'schema', 'table', 'columns', 'location', 'message', 'fix'].each { key ->
    assert f.containsKey(key) : "finding lacks member $key: $f"
  }
}
assert json.findings[0].fix == 'CREATE INDEX ix_purchase_order_customer_id ON public.purchase_order (customer_id);'
String log = new File(basedir, 'build.log').text
assert log.contains('4 lint findings:')
assert log.contains('1 lint finding of rules listed in failOnLints:')
assert log.contains('fk-without-index (fails the build)')
true
