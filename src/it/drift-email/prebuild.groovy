// Starts the "live" database (an empty PostgreSQL in Docker) and a real SMTP server (Python's smtpd) that
// records what it receives; verify.groovy stops both.
def run = { List<String> command ->
  def process = command.execute()
  def out = new StringBuilder(), err = new StringBuilder()
  process.waitForProcessOutput(out, err)
  assert process.exitValue() == 0 : "${command.join(' ')} failed: $err"
  (out.toString() + err.toString()).trim()
}
String name = 'integrity-it-drift-email-' + ProcessHandle.current().pid()
new File(basedir, 'live-container.txt').text = name
run(['docker', 'run', '-d', '--rm', '--name', name, '-p', '127.0.0.1::5432', '-e', 'POSTGRES_USER=reader',
     '-e', 'POSTGRES_PASSWORD=r3ader-pw', '-e', 'POSTGRES_DB=live', 'postgres:17', 'postgres', '-c', 'fsync=off'])
String port = run(['docker', 'port', name, '5432/tcp']).readLines()[0].tokenize(':').last()

File portFile = new File(basedir, 'smtp-port.txt')
Process smtp = ['python3', new File(basedir, 'smtp-server.py').path, new File(basedir, 'received.txt').path, portFile.path].execute()
new File(basedir, 'smtp-pid.txt').text = String.valueOf(smtp.pid())
for (int i = 0; i < 100 && !(portFile.isFile() && portFile.text); i++) {
  Thread.sleep(100)
}
assert portFile.text : 'the SMTP server did not start: smtp-server.py needs python3 with its smtpd module (3.11 or older)'

// The image's entrypoint prints the line twice: its init server, then the real one.
for (int i = 0; i < 600 && run(['docker', 'logs', name]).count('database system is ready to accept connections') < 2; i++) {
  Thread.sleep(100)
}
String common = """integrity.jdbcUrl = jdbc:postgresql://localhost:$port/live
integrity.username = reader
integrity.password = r3ader-pw
integrity.emailHost = 127.0.0.1
integrity.emailPort = ${portFile.text.trim()}
integrity.emailStartTls = false
integrity.emailFrom = drift@example.com
"""
new File(basedir, 'drift.properties').text = common + """integrity.outputDirectory = target/drift
integrity.emailTo = dba@example.com,oncall@example.com
integrity.emailUsername = alerts
integrity.emailPasswordEnv = IT_SMTP_PASSWORD
"""
new File(basedir, 'drift-server-id.properties').text = common + """integrity.outputDirectory = target/drift-server-id
integrity.emailTo = security@example.com
integrity.emailServerId = integrity-it-db
"""
new File(basedir, 'drift-unset-env.properties').text = common + """integrity.outputDirectory = target/drift-unset-env
integrity.emailTo = dba@example.com
integrity.emailUsername = alerts
integrity.emailPasswordEnv = IT_SMTP_PASSWORD_NOT_SET
"""
true
