// Shared by the Flyway-under-Spring-Boot ITs: one entry per run that invoker.properties lists, with the Flyway version it
// asks for (-Dflyway.version, else the POM's <flyway.version>) and its report directory (-Dintegrity.outputDirectory, else
// target/integrity); asserts that each run applied the migrations with that version of the project's Flyway.
import java.util.regex.Pattern

return { File basedir ->
  Properties invoker = new Properties()
  new File(basedir, 'invoker.properties').withInputStream { invoker.load(it) }
  List<String> goals = invoker.stringPropertyNames().findAll { it ==~ /invoker\.goals\.\d+/ }
      .sort { (it - 'invoker.goals.') as int }.collect { invoker.getProperty(it) }
  def pomVersion = new File(basedir, 'pom.xml').text =~ /<flyway\.version>([^<]+)</
  assert pomVersion.find() : 'no <flyway.version> in the POM'
  String[] builds = new File(basedir, 'build.log').text.split(Pattern.quote("Building ${basedir.name} "))
  assert builds.length - 1 == goals.size() : "${goals.size()} runs in invoker.properties, ${builds.length - 1} in the build log"
  goals.withIndex().collect { String goal, int i ->
    def option = { String name, String otherwise -> def m = goal =~ /-D${Pattern.quote(name)}=(\S+)/; m.find() ? m.group(1) : otherwise }
    String version = option('flyway.version', pomVersion.group(1))
    assert builds[i + 1].contains("Migrations: applied with the project's Flyway $version") : "run ${i + 1} ($goal) did not apply Flyway $version"
    [version: version, reports: new File(basedir, option('integrity.outputDirectory', 'target/integrity')), log: builds[i + 1]]
  }
}
