def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'passed', [])
assert json.findings == [] : json.findings
String log = new File(basedir, 'build.log').text
assert log.contains("Migrations: Flyway, locations classpath:db/migration (Flyway's default; migrations=auto: no Liquibase changelog found)")
assert log.contains("Migrations: applied with the project's Flyway 10.22.0")
assert log.contains('Successfully applied 2 migrations')
true
