def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [
    ['CHECK_MISMATCH', 'ticket', null], ['MISSING_CHECK', 'ticket', null], ['EXTRA_CHECK', 'ticket', null],
    ['ENUM_MISMATCH', 'ticket', 'priority'], ['DEFAULT_MISMATCH', 'ticket', 'state']])
def byKind = json.differences.collectEntries { [it.kind, it] }
assert byKind.CHECK_MISMATCH.severity == 'HIGH'
assert byKind.CHECK_MISMATCH.model == 'check (price > (0)::numeric)'
assert byKind.MISSING_CHECK.severity == 'MEDIUM' && byKind.MISSING_CHECK.model == 'check (quantity >= 0)'
assert byKind.EXTRA_CHECK.severity == 'HIGH'
assert byKind.ENUM_MISMATCH.severity == 'HIGH' && byKind.ENUM_MISMATCH.message.endsWith('the database rejects URGENT')
assert byKind.DEFAULT_MISMATCH.severity == 'MEDIUM'
true
