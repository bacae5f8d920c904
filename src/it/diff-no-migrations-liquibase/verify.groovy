File master = new File(basedir, 'src/main/resources/db/changelog/db.changelog-master.yaml')
assert master.isFile() : "integrity:diff wrote no $master"
String yaml = master.text
assert yaml.contains('tableName: account') && yaml.contains('tableName: payment') && yaml.contains('sequenceName: account_seq')
String log = new File(basedir, 'build.log').text
assert log.contains("No migrations yet: wrote the migration that creates the entity model's schema")
assert log.contains("Spring Boot's Liquibase runs it at start-up")
def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
true
