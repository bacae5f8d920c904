def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Liquibase default schema: ledger (from spring.liquibase.default-schema in application.yml)')
assert new File(basedir, 'target/integrity/TEST-integrity.xml').text.contains('ledger.customer')
true
