def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
// a label the database's type lacks is a difference; the order of the others is not
def json = check(basedir, 'failed', [['ENUM_MISMATCH', 'orderstatus', null]])
def d = json.differences[0]
assert d.severity == 'HIGH'
assert d.message.endsWith('the database rejects REFUNDED')
// Hibernate sorted the model's labels, so the fix appends the new one rather than placing it by that order
assert new File(basedir, 'target/integrity/changelog.sql').text.contains("ALTER TYPE public.orderstatus ADD VALUE IF NOT EXISTS 'REFUNDED' AFTER 'CANCELLED'")
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
