def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('changeSet db/changelog/partitioned.xml::2-trip::garage (line 8) sets partitionBy on createTable, which Liquibase 5.0 added;')
assert log.contains('Create the partitioned table with a <sql> change (CREATE TABLE ... PARTITION BY ...) instead, and run again.')
true
