def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
// a label the database's type lacks is a difference; the order of the others is not
def json = check(basedir, 'failed', [['ENUM_MISMATCH', 'orderstatus', null]])
def d = json.differences[0]
assert d.severity == 'HIGH'
assert d.message.endsWith('the database rejects REFUNDED')
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
