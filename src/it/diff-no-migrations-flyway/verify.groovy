File v1 = new File(basedir, 'src/main/resources/db/migration/V1__baseline.sql')
assert v1.isFile() : "integrity:diff wrote no $v1"
assert v1.text.contains('CREATE TABLE public.payment')
assert !new File(basedir, 'src/main/resources/db/changelog').exists()
String log = new File(basedir, 'build.log').text
assert log.contains('Flyway applies it as version 1 from classpath:db/migration')
assert log.contains("Migrations: applied with the project's Flyway")
def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
true
