def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [
    ['FOREIGN_KEY_MISMATCH', 'orders', null], ['MISSING_FOREIGN_KEY', 'orders', null], ['EXTRA_FOREIGN_KEY', 'orders', null]])
def byKind = json.differences.collectEntries { [it.kind, it] }
assert byKind.FOREIGN_KEY_MISMATCH.severity == 'HIGH'
assert byKind.FOREIGN_KEY_MISMATCH.model == '(customer_id) references public.customer(id) on delete cascade'
assert byKind.FOREIGN_KEY_MISMATCH.database == '(customer_id) references public.customer(id)'
assert byKind.MISSING_FOREIGN_KEY.severity == 'HIGH'
assert byKind.MISSING_FOREIGN_KEY.model == '(warehouse_id) references public.warehouse(id)'
assert byKind.EXTRA_FOREIGN_KEY.severity == 'LOW'
assert byKind.EXTRA_FOREIGN_KEY.database == '(approved_by) references public.customer(id)'
true
