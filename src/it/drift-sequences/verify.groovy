def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [
    ['SEQUENCE_MISMATCH', 'entry_seq', null], ['MISSING_SEQUENCE', 'batch_seq', null], ['EXTRA_SEQUENCE', 'legacy_counter', null],
    ['MISSING_COLUMN', 'entry', 'amount_cents'], ['EXTRA_COLUMN', 'entry', 'cents']])
def byKind = json.differences.collectEntries { [it.kind, it] }
assert byKind.SEQUENCE_MISMATCH.severity == 'HIGH' && byKind.SEQUENCE_MISMATCH.model == 'increment 20'
assert byKind.MISSING_SEQUENCE.severity == 'CRITICAL'
assert byKind.EXTRA_SEQUENCE.severity == 'LOW'
['MISSING_COLUMN', 'EXTRA_COLUMN'].each { kind ->
  assert byKind[kind].message.contains('looks like a rename of entry.cents to entry.amount_cents') : byKind[kind].message
}
true
