def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [
    ['MISSING_UNIQUE', 'product', null], ['MISSING_INDEX', 'product', null], ['EXTRA_UNIQUE', 'product', null]])
def byKind = json.differences.collectEntries { [it.kind, it] }
assert byKind.MISSING_UNIQUE.severity == 'HIGH' && byKind.MISSING_UNIQUE.model == 'unique constraint (sku)'
assert byKind.MISSING_INDEX.severity == 'MEDIUM' && byKind.MISSING_INDEX.model == 'index (price DESC)'
// a unique key the model does not declare refuses rows the model allows: still reported, at LOW
assert byKind.EXTRA_UNIQUE.severity == 'LOW' && byKind.EXTRA_UNIQUE.database == 'unique constraint (name)'
// the expression index lower(name) the model cannot declare is not a difference (docs/comparison.md, UNDECLARED_INDEX)
assert !byKind.containsKey('EXTRA_INDEX')
assert json.ignored == 1 : "ignored ${json.ignored}"
assert new File(basedir, 'build.log').text.contains('1 ignored')
true
