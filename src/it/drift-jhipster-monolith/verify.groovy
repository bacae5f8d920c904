// No application-prod.yml: Liquibase's own rule less the test-only changeSets, so the dev changeSet's table shows.
def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'failed', [['MISSING_COLUMN', 'book', 'page_count'], ['EXTRA_TABLE', 'dev_scratch', null]])
String log = new File(basedir, 'build.log').text
assert log.contains('Liquibase contexts: every context but test (dev, faker; neither <contexts> nor spring.liquibase.contexts is set)')
true
