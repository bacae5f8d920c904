def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['MISSING_COLUMN', 'app_OrderLine', 'createdAt'], ['NULLABILITY_MISMATCH', 'app_user', 'group']])
assert json.differences.every { it.schema == 'Shop' }
def by = json.differences.collectEntries { [it.column, it] }
assert by.createdAt.entity == 'it.quoted.domain.OrderLine'
assert by.group.entity == 'it.quoted.domain.AppUser' && by.group.model == 'not null' && by.group.database == 'null'
assert json.ignored == 1 : "the extra unique on app_OrderLine is ignored by table=app_OrderLine: ${json.ignored}"
String fix = new File(basedir, 'target/integrity/changelog.sql').text
// the names that need quotes have them (mixed case, a reserved word); the lock-safe forms leave app_user bare
assert fix.contains('"Shop"."app_OrderLine"') && fix.contains('"createdAt"') && fix.contains('"Shop".app_user') && fix.contains('"group"')
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
