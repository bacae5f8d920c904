import groovy.json.JsonSlurper

// integrity:rehearse alone, with since naming the changeSet by its id: the two changeSets after it are new
def rehearsal = new JsonSlurper().parse(new File(basedir, 'target/integrity/rehearsal.json'))
assert rehearsal.status == 'passed' && rehearsal.base == 1 && rehearsal.rowsPerTable == 200 : rehearsal
assert rehearsal.tables == ['public.customer'] : rehearsal.tables
assert rehearsal.applied == ['db/changelog/db.changelog-master.xml::2-purchase-order::shop',
    'db/changelog/db.changelog-master.xml::3-nickname::shop'] : rehearsal.applied
assert rehearsal.refused == null
assert !new File(basedir, 'target/integrity/report.json').exists() : 'the rehearse goal exports no model and compares nothing'
String log = new File(basedir, 'build.log').text
assert log.contains('Rehearsal passed: the 2 new changeSets apply over 1 table of 200 synthetic rows each (after 1 old changeSet).')
true
