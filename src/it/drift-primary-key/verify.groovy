def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['PRIMARY_KEY_MISMATCH', 'country', null]])
def d = json.differences[0]
assert d.severity == 'HIGH' && d.model == 'primary key (code)' && d.database == null
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
