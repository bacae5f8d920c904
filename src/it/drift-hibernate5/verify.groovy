def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['MISSING_COLUMN', 'customer', 'birth_date'], ['NULLABILITY_MISMATCH', 'order_event', 'description']])
def bySchema = json.differences.collectEntries { [(it.table): it.schema] }
assert bySchema == [customer: 'sales', order_event: 'archive']
assert json.differences.find { it.table == 'customer' }.entity == 'it.sales.domain.Customer'
true
