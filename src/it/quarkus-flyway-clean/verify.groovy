def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
// Zero differences: the tables are in %prod.quarkus.flyway.schemas, book.title has the %prod placeholder's length (200).
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Migrations: Flyway, locations db/library (quarkus.flyway.locations in application.properties;')
assert log.contains("Migrations: applied with the project's Flyway 12.0.0")
true
