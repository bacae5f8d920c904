def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Hibernate 6.1.7.Final') : 'the model must come from Hibernate 6.1, which leaves the one-to-one unique out'
// Hibernate 6.1 logs its dialect under the category "SQL dialect", outside org.hibernate: quiet too
assert !log.contains('HHH000400') : 'Hibernate 6.1 printed its dialect line at INFO'
true
