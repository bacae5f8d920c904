def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Liquibase default schema: billing (from currentSchema of spring.datasource.url in application.properties)')
assert log.contains('hibernate.default_schema = billing (currentSchema of spring.datasource.url in application.properties)')
assert !log.contains('jdbc:postgresql://db:5432/shop?currentSchema')
true
