def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['MISSING_COLUMN', 'invoice', 'note']])
def d = json.differences[0]
assert d.severity == 'CRITICAL' && d.model == 'character varying(255)' && d.database == null
assert d.message == 'column invoice.note is in the model but not in the migrated database'
assert d.entity == 'it.billing.Invoice'
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
