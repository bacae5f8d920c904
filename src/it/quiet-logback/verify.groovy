def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
evaluate(new File(basedir, '../../../../src/it/verify-quiet.groovy'))(new File(basedir, 'build.log'))
def database = new File(basedir, 'build.log').readLines().findAll { it.toLowerCase().contains('docker') && !it.startsWith('Running') }
assert database.size() == 1 : database
assert database[0] =~ /^\[INFO\] \S+ - Database: embedded PostgreSQL on port \d+, .*\(database=auto: DOCKER_HOST=unix:\/\/\/nonexistent\/docker.sock does not answer \(.*\): using the embedded PostgreSQL\)/ : database[0]
true
