def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Entities and converters: the packages Spring Boot scans, from the package of it.elsewhere.app.ElsewhereApplication: it.elsewhere.app')
assert log.contains('[WARNING] integrity: no mapped class in it.elsewhere.app, the packages Spring Boot scans;'
    + ' every mapped class of the module and its own dependencies is in the model instead.')
assert log.contains('Entities: 1 mapped classes')
true
