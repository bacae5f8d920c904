def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log =~ /Java version: 25[.\s]/ : 'Maven did not run on JDK 25'
assert new File(basedir, 'target/classes/it/harbour/Berth.class').bytes[7] == 69 : 'Berth.class is not a Java 25 class file'
assert log.contains('exported by Hibernate 7.4.6.Final')
true
