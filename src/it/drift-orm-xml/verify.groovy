def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['TYPE_MISMATCH', 'customer', 'full_name'], ['NULLABILITY_MISMATCH', 'customer', 'full_name'],
    ['TYPE_MISMATCH', 'invoice', 'invoice_no']])
def by = json.differences.collectEntries { [it.kind + ' ' + it.column, it] }
// the XML-only entity is named, and the length orm.xml states counts as declared
assert by['TYPE_MISMATCH full_name'].entity == 'it.legacy.Customer'
assert by['TYPE_MISMATCH full_name'].model == 'character varying(80)' && by['TYPE_MISMATCH full_name'].database == 'character varying(60)'
assert !by['TYPE_MISMATCH full_name'].message.contains('does not declare')
assert by['NULLABILITY_MISMATCH full_name'].severity == 'MEDIUM' && !by['NULLABILITY_MISMATCH full_name'].message.contains('the entity implies it')
// orm.xml overrides the annotation's length 200: 30 is the model's
assert by['TYPE_MISMATCH invoice_no'].model == 'character varying(30)' && by['TYPE_MISMATCH invoice_no'].severity == 'HIGH'
assert by['TYPE_MISMATCH invoice_no'].entity == 'it.legacy.Invoice'
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
