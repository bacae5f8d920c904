def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [
    ['MISSING_UNIQUE', 'product', null], ['MISSING_INDEX', 'product', null], ['EXTRA_UNIQUE', 'product', null], ['EXTRA_INDEX', 'product', null]])
def byKind = json.differences.collectEntries { [it.kind, it] }
assert byKind.MISSING_UNIQUE.severity == 'HIGH' && byKind.MISSING_UNIQUE.model == 'unique constraint (sku)'
assert byKind.MISSING_INDEX.severity == 'MEDIUM' && byKind.MISSING_INDEX.model == 'index (price DESC)'
assert byKind.EXTRA_UNIQUE.severity == 'MEDIUM' && byKind.EXTRA_UNIQUE.database == 'unique constraint (name)'
assert byKind.EXTRA_INDEX.severity == 'LOW' && byKind.EXTRA_INDEX.database == 'index (lower(name::text))'
assert json.ignored == 1 : "ignored ${json.ignored}"
assert new File(basedir, 'build.log').text.contains('1 ignored')
true
