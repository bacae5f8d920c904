import groovy.json.JsonSlurper

// run 1: the failing verify
def json = new JsonSlurper().parse(new File(basedir, 'target/integrity/report.json'))
assert json.status == 'failed'
def summary = { d -> [d.kind, d.table, d.column, d.baselined == true] }
assert json.differences.collect(summary) == [
    ['TYPE_MISMATCH', 'payment', 'amount', false],
    ['TYPE_MISMATCH', 'account', 'display_name', true],
    ['NULLABILITY_MISMATCH', 'payment', 'amount', true]]
assert json.differences[0].database == 'numeric(10,2)'
String log = new File(basedir, 'build.log').text
assert log.contains('1 difference between the entity model and the migrations (failOn=low):')
assert log =~ /TYPE_MISMATCH public\.payment\.amount: /
assert log.contains('The baseline is stale: 1 entry of the baseline ')
assert log.contains('no longer occurs: run `mvn integrity:baseline` to rewrite it without them and commit the file:')
assert log.contains('  MISSING_COLUMN public.account.note (model character varying(255), database (absent))')

// runs 2 and 3: the rewritten baseline, and verify passing with it
assert log.contains('(3 accepted differences, 1 added, 1 removed)')
def accepted = new JsonSlurper().parse(new File(basedir, 'src/main/resources/db/integrity-baseline.json'))
assert accepted.differences.collect { [it.kind, it.table, it.column] } == [
    ['TYPE_MISMATCH', 'account', 'display_name'],
    ['TYPE_MISMATCH', 'payment', 'amount'],
    ['NULLABILITY_MISMATCH', 'payment', 'amount']]
def after = new JsonSlurper().parse(new File(basedir, 'target/integrity-after/report.json'))
assert after.status == 'passed' && after.baselined == 3
true
