// Every format on a drifted project, each read back as its consumer reads it (see verify-formats.groovy).
def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['TYPE_MISMATCH', 'customer', 'email'], ['NULLABILITY_MISMATCH', 'customer', 'name'],
    ['MISSING_COLUMN', 'purchase_order', 'note'], ['EXTRA_TABLE', 'legacy_audit', null]])
assert json.health == 'red'
assert json.counts == [CRITICAL: 1, HIGH: 1, MEDIUM: 1, LOW: 1]
def reports = evaluate(new File(basedir, '../../../../src/it/verify-formats.groovy'))(basedir, requireChromium)

assert reports.junit == [customer: ['TYPE_MISMATCH', 'NULLABILITY_MISMATCH'], legacy_audit: ['EXTRA_TABLE'], purchase_order: ['MISSING_COLUMN']]

def at = { result -> result.locations[0].physicalLocation.with { "${artifactLocation.uri}:${region.startLine}" } }
def results = reports.sarif.runs[0].results.collectEntries { [(it.ruleId): [it.level, at(it)]] }
assert results == [
    EXTRA_TABLE: ['note', 'src/main/resources/db/changelog/db.changelog-master.xml:1'],
    TYPE_MISMATCH: ['error', 'src/main/java/it/shop/Customer.java:11'],
    NULLABILITY_MISMATCH: ['warning', 'src/main/java/it/shop/Customer.java:14'],
    MISSING_COLUMN: ['error', 'src/main/java/it/shop/PurchaseOrder.java:15']]
assert reports.sarif.runs[0].tool.driver.rules*.id.containsAll(results.keySet() + ['fk-without-index', 'destructive-change', 'missing-rollback'])

assert reports.gitlab.collectEntries { [(it.check_name): [it.severity, "${it.location.path}:${it.location.lines.begin}"]] } == [
    EXTRA_TABLE: ['minor', 'src/main/resources/db/changelog/db.changelog-master.xml:1'],
    TYPE_MISMATCH: ['critical', 'src/main/java/it/shop/Customer.java:11'],
    NULLABILITY_MISMATCH: ['major', 'src/main/java/it/shop/Customer.java:14'],
    MISSING_COLUMN: ['blocker', 'src/main/java/it/shop/PurchaseOrder.java:15']]

assert reports.annotations.size() == 4 : reports.annotations
assert reports.annotations.any { it.startsWith('::error file=src/main/java/it/shop/PurchaseOrder.java,line=15,title=integrity CRITICAL MISSING_COLUMN::') }
assert reports.githubSummary.startsWith('## integrity: failed (health red)')
assert reports.githubSummary.contains('| CRITICAL | MISSING_COLUMN | `note` |')

if (reports.dom != null) {
  assert reports.dom.contains('<span id="verdict" class="verdict failed">failed</span>')
  assert reports.dom.contains('<span id="health" class="health red">red</span>')
  assert (reports.dom =~ /data-table="([^"]+)"/).collect { it[1] } == ['public.purchase_order', 'public.customer', 'public.legacy_audit']
  assert reports.dom.contains('<td>TYPE_MISMATCH</td><td>email</td><td class="side model">character varying(100)</td><td class="side database">character varying(50)</td>')
  assert reports.dom =~ /<pre id="changelog">[^<]*addColumn/
}

String log = new File(basedir, 'build.log').text
assert log.contains('Health: red (1 critical, 1 high, 1 medium, 1 low)')
assert log =~ /Reports: .*report\.json, .*TEST-integrity\.xml, .*integrity\.sarif, .*github-step-summary\.md, .*gl-code-quality-report\.json, .*report\.html/
true
