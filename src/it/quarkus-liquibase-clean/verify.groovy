def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Migrations: Liquibase, changelog ' + new File(basedir, 'src/main/resources/db/changeLog.xml').canonicalPath)
assert log.contains('Liquibase default schema: library (from %prod.quarkus.liquibase.default-schema-name in application.properties)')
assert log.contains('hibernate.default_schema = library (%prod.quarkus.hibernate-orm.database.default-schema in application.properties)')
assert !log.contains('dev_library')
true
