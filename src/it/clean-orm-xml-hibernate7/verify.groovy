def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Mapping file: META-INF/orm.xml (JPA\'s default mapping file), mapping 4 classes')
assert log.contains('Model: 5 mapped classes exported by Hibernate 7.4.6.Final')
assert !log.contains('HHH000207')
true
