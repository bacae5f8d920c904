// Two builds, each after mvn clean: the second, with a changeSet appended, starts from the database the first kept.
def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
def kept = new File(basedir, 'kept-migrations').listFiles().findAll { it.name.endsWith('.json.gz') }
assert kept.size() == 1 : "one kept migrated database in kept-migrations/, found ${kept*.name}"

// run 1 migrated from empty: nothing was kept yet
int second = log.indexOf('Building keep-appended-changeset', log.indexOf('Building keep-appended-changeset') + 1)
assert second > 0 : 'the build log holds both runs'
assert !log.substring(0, second).contains('Kept migrated database')

// run 2: restored, and Liquibase applied only 3-order-placed-index
def reused = log.substring(second).readLines().findAll { it.contains('Kept migrated database') }
assert reused.size() == 1 : reused
assert reused[0].contains('[INFO] Kept migrated database reused from ')
assert reused[0].endsWith('Liquibase applied what is new (databasechangelog 2 -> 3 rows)') : reused[0]
true
