def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
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

// Every format reports the findings, at the changeSet's line or the entity's source.
def reports = evaluate(new File(basedir, '../../../../src/it/verify-formats.groovy'))(basedir, requireChromium)
assert reports.junit['fk-without-index'] == ['fk-without-index']
assert reports.junit['destructive-change'] == ['destructive-change']
assert reports.junit['missing-rollback'] == ['missing-rollback', 'missing-rollback']
def at = { result -> result.locations[0].physicalLocation.with { "${artifactLocation.uri}:${region.startLine}" } }
def lintResults = reports.sarif.runs[0].results.findAll { it.ruleId.contains('-') }.collect { [it.ruleId, it.level, at(it)] }
assert lintResults[0][0..1] == ['fk-without-index', 'warning'] && lintResults[0][2].startsWith('src/main/java/it/shop/PurchaseOrder.java:')
assert lintResults[1] == ['destructive-change', 'error', 'src/main/resources/' + changelog + ':20'] : lintResults
assert lintResults.size() == 4 : lintResults
assert reports.gitlab.count { it.check_name == 'missing-rollback' } == 2
assert reports.annotations.any { it.startsWith('::error file=src/main/resources/db/changelog/db.changelog-master.xml,line=20,title=integrity HIGH destructive-change::') } : reports.annotations
if (reports.dom != null) {
  assert (reports.dom =~ /<tr class="finding" data-rule="([^"]+)">/).collect { it[1] } == ['fk-without-index', 'destructive-change', 'missing-rollback', 'missing-rollback']
  assert reports.dom.contains('CREATE INDEX ix_purchase_order_customer_id ON public.purchase_order (customer_id);')
}

String log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] 4 lint findings (1 of rules listed in failOnLints):')
// only the rule in failOnLints prints at ERROR, even though the build fails
assert log.readLines().findAll { it.startsWith('[ERROR]') && (it.contains('missing-rollback') || it.contains('destructive-change')) }.isEmpty()
assert log.contains('[INFO]   HIGH     destructive-change ')
assert log.contains('1 lint finding of rules listed in failOnLints:')
assert log.contains('fk-without-index (fails the build)')
true
