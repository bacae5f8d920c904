def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Mapping file: META-INF/orm.xml (JPA\'s default mapping file), mapping 3 classes')
assert log =~ /Model: 3 mapped classes exported by Hibernate 5\.6\./
assert !log.contains('HHH000207')
true
