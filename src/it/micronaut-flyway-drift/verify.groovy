import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/integrity/report.json'))
assert json.status == 'failed'
// Micronaut Data's naming (copy_count), in the schema of jpa.default.properties.hibernate.default_schema.
assert json.differences.collect { [it.kind, it.schema, it.table, it.column] } == [['MISSING_COLUMN', 'catalog', 'book_copy', 'copy_count']]
assert json.changelog == 'V2__integrity_fix.sql'
true
