def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('hibernate.implicit_naming_strategy = org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy (config/application.yml)')
assert log.contains('hibernate.type.preferred_instant_jdbc_type = TIMESTAMP (config/application.yml)')
assert !log.contains('not_the_default_profile')
true
