def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Liquibase contexts: prod (from spring.liquibase.contexts in config/application-prod.yml)')
true
