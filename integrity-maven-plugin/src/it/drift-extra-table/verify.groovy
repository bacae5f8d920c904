def check = evaluate(new File(basedir, '../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['EXTRA_TABLE', 'legacy_audit', null]])
assert json.differences[0].severity == 'LOW'
assert json.differences[0].model == null
def fix = new File(basedir, 'target/integrity/changelog.yaml').text
assert fix.contains('dropTable') && fix.contains('destructive')
evaluate(new File(basedir, '../../../src/it/verify-fixed.groovy'))(basedir)
true
