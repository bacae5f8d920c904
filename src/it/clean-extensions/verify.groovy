def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
// the model's database gets the migrated database's extensions before Hibernate's DDL (citext, hstore, uuid_generate_v4())
check(basedir, 'passed', [])
true
