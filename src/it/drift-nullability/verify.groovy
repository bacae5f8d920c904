def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['NULLABILITY_MISMATCH', 'person', 'name'], ['NULLABILITY_MISMATCH', 'person', 'comment']])
def by = json.differences.collectEntries { [it.column, it] }
assert by.name.severity == 'MEDIUM' && by.name.model == 'not null' && by.name.database == 'null'
assert by.comment.severity == 'CRITICAL' && by.comment.model == 'null' && by.comment.database == 'not null'
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
