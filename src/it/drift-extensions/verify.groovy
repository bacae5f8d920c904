def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
// the entity's citext column is a varchar in the migrations
def json = check(basedir, 'failed', [['TYPE_MISMATCH', 'account', 'email']])
def d = json.differences[0]
assert d.model == 'citext' && d.database == 'character varying(255)'
assert d.entity == 'it.accounts.Account'
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
