def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Migrations: Flyway, locations classpath:db/migration/common, classpath:db/migration/postgresql'
    + ' (spring.flyway.locations in application.yml; migrations=auto: no Liquibase changelog found)')
assert log.contains("Migrations: applied with the project's Flyway 11.7.2")
assert log.contains('Successfully applied 3 migrations to schema "shop"')
true
