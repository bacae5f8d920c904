def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
evaluate(new File(basedir, '../../../../src/it/verify-quiet.groovy'))(new File(basedir, 'build.log'))
// Hibernate's own warning stays, as a warning of the build
assert new File(basedir, 'build.log').readLines().any { it =~ /^\[WARNING\] dev\.integrity\.maven\.VerifyMojo - HHH90000025: PostgreSQLDialect does not need to be specified explicitly/ }
true
