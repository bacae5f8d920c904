def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains("no migrations found for the Spring profiles default,prod, but the application's settings of the profile postgres"
    + " set spring.liquibase.change-log or spring.flyway.locations")
assert log.contains('-Dintegrity.profiles=postgres')
assert !log.contains('BUILD SUCCESS') || log.indexOf('BUILD FAILURE') < log.indexOf('BUILD SUCCESS')
true
