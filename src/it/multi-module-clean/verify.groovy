def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(new File(basedir, 'app'), 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('integrity: skipped multi-module-clean: a pom-packaged module')
assert log.contains('integrity: skipped entities: 2 entity classes but no migrations found:')
assert log.contains('its entities are checked with app, which depend on it')
assert log.contains('Set <changeLogFile> (or <flywayLocations>) in this module to check it')
assert log.contains('integrity: skipped migrations: no entity classes in it or its dependencies (scanned migrations (this module))')
assert log.contains('Migrations: Liquibase, changelog ') && log.contains('multi-module-clean/migrations/src/main/resources/db/changelog/shop-master.xml (migrations=auto)')
assert log.contains('Entities: 2 mapped classes (2 scanned with none: app (this module), migrations (reactor module)), from:')
assert log.contains('  2 in entities (reactor module)')
assert log.contains('CamelCaseToUnderscoresNamingStrategy (application.yml)')
true
