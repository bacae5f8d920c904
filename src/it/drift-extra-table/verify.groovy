def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['EXTRA_TABLE', 'legacy_audit', null]])
assert json.differences[0].severity == 'LOW'
assert json.differences[0].model == null
def fix = new File(basedir, 'target/integrity/changelog.yaml').text
assert fix.contains('dropTable') && fix.contains('destructive')
assert fix.indexOf('CREATE TABLE public.integrity_backup_legacy_audit AS TABLE public.legacy_audit') < fix.indexOf('dropTable')
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
