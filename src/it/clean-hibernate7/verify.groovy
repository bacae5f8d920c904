def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
assert new File(basedir, 'build.log').text.contains('exported by Hibernate 7.4.6.Final')
true
