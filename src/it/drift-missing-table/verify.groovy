def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['MISSING_TABLE', 'tag', null]])
assert json.differences[0].severity == 'CRITICAL'
assert json.differences[0].entity == 'it.catalog.Tag'
assert json.differences[0].message == 'table tag is in the model but not in the migrated database'
String log = new File(basedir, 'build.log').text
assert log.contains('target/integrity/report.json')
assert log.contains('integrity:diff')
assert log.contains('Fix changelog written: ') && log.contains('<include file="integrity-fix-changelog.xml" relativeToChangelogFile="true"/>')
File diffFix = new File(basedir, 'target/integrity-diff/changelog.xml')
assert diffFix.bytes == new File(basedir, 'target/integrity/changelog.xml').bytes : 'diff and verify wrote different fixes'
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
