def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['TYPE_MISMATCH', 'item', 'title'], ['TYPE_MISMATCH', 'item', 'sku'], ['TYPE_MISMATCH', 'item', 'quantity'], ['TYPE_MISMATCH', 'item', 'price'], ['TYPE_MISMATCH', 'item', 'shelf']])
def by = json.differences.collectEntries { [it.column, it] }
assert by.title.severity == 'HIGH' && by.title.model == 'character varying(200)' && by.title.database == 'character varying(100)'
assert !by.title.message.contains('does not declare')
assert by.sku.message.contains('the entity does not declare length')
assert by.quantity.severity == 'HIGH' && by.quantity.model == 'bigint' && by.quantity.database == 'integer'
assert by.price.severity == 'HIGH'
assert by.shelf.severity == 'LOW'
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
