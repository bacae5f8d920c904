def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['MISSING_COLUMN', 'book_copy', 'shelf']])
// the named datasource's settings: Micronaut Data's naming, the schema of jpa.warehouse.properties.hibernate.default_schema
assert json.differences[0].schema == 'stock'
assert json.changelog == 'changelog.xml'
String log = new File(basedir, 'build.log').text
assert log.contains('Mapping file: META-INF/warehouse-orm.xml (jpa.warehouse.mapping-resources in application.properties), mapping 1 classes')
// the changelog liquibase.datasources.warehouse.change-log names (not at a default location)
assert log.contains('Migrations: Liquibase, changelog ' + new File(basedir, 'src/main/resources/db/warehouse-changelog.yaml').canonicalPath)
assert log.contains('hibernate.default_schema = stock (jpa.warehouse.properties.hibernate.default_schema in application.properties)')
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
