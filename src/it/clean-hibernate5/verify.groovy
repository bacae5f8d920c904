def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('exported by Hibernate 5.6.15.Final')
assert log.contains('hibernate.default_schema = sales (application.properties)')
true
