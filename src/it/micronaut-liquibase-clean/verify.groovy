def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
// the changelog liquibase.datasources.default.change-log names (not at a default location)
assert log.contains('Migrations: Liquibase, changelog ' + new File(basedir, 'src/main/resources/db/liquibase-changelog.xml').canonicalPath)
assert log.contains('hibernate.physical_naming_strategy = io.micronaut.data.hibernate.naming.DefaultPhysicalNamingStrategy (Micronaut Data JPA on the classpath)')
assert log.contains('hibernate.default_schema = catalog (jpa.default.properties.hibernate.default_schema in application.yml)')
assert !log.contains('Mapping file:')
true
