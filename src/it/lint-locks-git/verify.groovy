def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'passed', [])
def changelog = 'db/changelog/db.changelog-master.xml'
def observed = ['table-rewrite', 'blocking-lock', 'index-without-concurrently', 'constraint-validated-in-place',
                'not-null-without-check', 'rename-breaks-running-app']
def found = json.findings.findAll { it.rule in observed }.collect { [it.rule, it.table, it.location] }
// the index built CONCURRENTLY outside a transaction is the safe form: silent
assert found == [['table-rewrite', 'customer', changelog + ':12']] : "findings ${found}"

String log = new File(basedir, 'build.log').text
def commit = ['git', 'rev-parse', 'release-1'].execute(null, basedir).text.trim()
assert log.contains("Lock and rewrite rules: 2 new changeSets (after the changelog at git ref ${commit})") : 'no line naming the base'
true
