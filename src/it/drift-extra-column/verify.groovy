def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['EXTRA_COLUMN', 'member', 'legacy_code'], ['EXTRA_COLUMN', 'member', 'remarks']])
def bySeverity = json.differences.collectEntries { [it.column, it.severity] }
assert bySeverity == [legacy_code: 'CRITICAL', remarks: 'LOW']
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
