def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(new File(basedir, 'app'), 'failed', [['MISSING_COLUMN', 'customer', 'phone_number']])
def d = json.differences[0]
assert d.severity == 'CRITICAL' && d.model == 'character varying(30)' && d.database == null
assert d.entity == 'it.shop.entities.Customer'
String log = new File(basedir, 'build.log').text
assert log.contains('integrity: skipped entities: 2 entity classes but no migrations found:')
assert log.contains('integrity: skipped migrations: no entity classes in it or its dependencies')
assert log.contains('1 difference between the entity model and the migrations')
assert log.contains('CRITICAL MISSING_COLUMN public.customer.phone_number')
true
