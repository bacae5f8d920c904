def check = evaluate(new File(basedir, '../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['MISSING_TABLE', 'tag', null]])
assert json.differences[0].severity == 'CRITICAL'
assert json.differences[0].entity == 'it.catalog.Tag'
assert json.differences[0].message == 'table tag is in the model but not in the migrated database'
String log = new File(basedir, 'build.log').text
assert log.contains('target/integrity/report.json')
assert log.contains('integrity:diff')
true
