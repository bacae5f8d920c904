import groovy.json.JsonSlurper

def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
String log = new File(basedir, 'build.log').text
assert log.contains('Migrations: Flyway, locations classpath:db/migration/common, classpath:db/migration/postgresql'
    + ' (spring.flyway.locations in application.yml; migrations=auto: no Liquibase changelog found)')

// Every Flyway version invoker.properties names, each with flyway-database-postgresql of its own version, passes.
def runs = evaluate(new File(basedir, '../../../../src/it/flyway-versions.groovy'))(basedir)
runs.each { run ->
  def json = new JsonSlurper().parse(new File(run.reports, 'report.json'))
  assert json.status == 'passed' && json.differences.isEmpty() : "Flyway ${run.version}: ${json.status} ${json.differences}"
  assert run.log.contains('Successfully applied 3 migrations to schema "shop"') : "Flyway ${run.version} did not apply the 3 migrations"
  // zero-config: the placeholder set only in production runs with its reference as written, and one warning says so
  def warnings = run.log.readLines().findAll { it.contains('[WARNING] integrity: ') }
  assert warnings == ["[WARNING] integrity: spring.flyway.placeholders.application_bpn in application.yml is '\${TRACEABILITY_BPN}',"
      + ' and nothing sets TRACEABILITY_BPN (no Java system property, environment variable or application setting of that name);'
      + " the migrations run with '\${TRACEABILITY_BPN}' as its value. If the schema depends on it, give TRACEABILITY_BPN a value"
      + ' where Maven runs (the environment variable TRACEABILITY_BPN, or -DTRACEABILITY_BPN=value on the mvn command line)'
      + ' or the reference a default (${TRACEABILITY_BPN:value}).'] : "Flyway ${run.version}: ${warnings}"
}
true
