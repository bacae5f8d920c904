// The release's changelog (only 1-customer) committed and tagged release-1; the working tree then holds the pull request's.
def run = { List command ->
  def process = command.execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0 : command
}
File master = new File(basedir, 'src/main/resources/db/changelog/db.changelog-master.xml')
String pullRequest = master.text
master.text = pullRequest.replaceFirst(/(?s)\s*<changeSet id="2-.*(?=<\/databaseChangeLog>)/, '\n')
assert !master.text.contains('2-visits-bigint')
run(['git', 'init', '-q'])
run(['git', 'add', 'src'])
run(['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', 'commit', '-q', '-m', 'release 1'])
run(['git', 'tag', 'release-1'])
master.text = pullRequest
true
