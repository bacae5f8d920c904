def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(new File(basedir, 'app'), 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Entities and converters: the packages Spring Boot scans, from @EntityScan on it.scan.app.ScanApplication: it.scan.convert, it.scan.domain')
assert log.contains('Entities: 2 mapped classes in packages it.scan.convert, it.scan.domain')
assert !log.contains('ScratchNote') && !log.contains('scratch_note')
true
