def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('hibernate.default_schema = crm (META-INF/persistence.xml (unit crm))')
assert !log.contains('production.example')
true
