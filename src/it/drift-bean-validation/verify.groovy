import groovy.json.JsonSlurper

// email (@NotNull, @Size), nickname (@Size) and rating (@Min, @Max) agree with the migration once Bean
// Validation's constraints are in the model; only court's forgotten NOT NULL remains
def json = new JsonSlurper().parse(new File(basedir, 'target/integrity/report.json'))
assert json.status == 'failed'
assert json.differences.collect { [it.kind, it.table, it.column] } == [['NULLABILITY_MISMATCH', 'member', 'court']]
def diff = json.differences[0]
assert diff.severity == 'MEDIUM' && diff.model == 'not null' && diff.database == 'null'
assert diff.entity == 'it.club.Member'
assert json.changelog == 'V2__integrity_fix.sql'
assert new File(basedir, 'target/integrity/V2__integrity_fix.sql').text =~ /ALTER TABLE public.member ALTER COLUMN +court SET NOT NULL/
true
