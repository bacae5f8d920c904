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
}
true
