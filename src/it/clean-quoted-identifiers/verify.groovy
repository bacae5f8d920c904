def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'passed', [])
// the index on "orderId" serves the foreign key on app_OrderLine; app_order's key on "user" has none
// (and, read from the migrated schema "Shop", it shows the tables were compared at all: both sides empty would pass too)
assert json.findings.findAll { it.rule == 'fk-without-index' }.collect { [it.schema, it.table, it.columns] } == [['Shop', 'app_order', ['user']]]
String log = new File(basedir, 'build.log').text
assert log.contains('hibernate.globally_quoted_identifiers = true (application.yml)')
assert log.contains('hibernate.physical_naming_strategy = it.quoted.naming.AppTablePrefixStrategy (application.yml)')
assert log.contains('hibernate.default_schema = Shop (application.yml)')
true
