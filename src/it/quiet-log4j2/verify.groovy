def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
evaluate(new File(basedir, '../../../../src/it/verify-quiet.groovy'))(new File(basedir, 'build.log'))
true
