import groovy.json.JsonSlurper

// clean-basic's entities and changelog, its customer.active column added by a new changeSet: the comparison passes
def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'failed', [])
def rehearsal = new JsonSlurper().parse(new File(basedir, 'target/integrity/rehearsal.json'))
assert rehearsal.status == 'failed' && rehearsal.base == 2 && rehearsal.rowsPerTable == 200 : rehearsal
assert rehearsal.tables == ['public.customer', 'public.purchase_order'] : rehearsal.tables
assert rehearsal.notes == ['public.purchase_order.note: no synthetic value for type oid, left NULL'] : rehearsal.notes
assert rehearsal.applied == [] : rehearsal.applied
String changeSet = 'db/changelog/db.changelog-master.yaml::3-customer-active::shop'
assert rehearsal.refused.changeSet == changeSet : rehearsal.refused
assert rehearsal.refused.location == 'db/changelog/db.changelog-master.yaml:28' : rehearsal.refused
assert rehearsal.refused.reason == 'column "active" of relation "customer" contains null values' : rehearsal.refused
assert rehearsal.refused.statement == 'ALTER TABLE public.customer ADD active BOOLEAN NOT NULL' : rehearsal.refused
String log = new File(basedir, 'build.log').text
assert log.contains('The rehearsal failed (rehearse=true):')
assert log.contains("changeSet $changeSet (db/changelog/db.changelog-master.yaml:28) fails: column \"active\" of relation \"customer\" contains null values")
true
