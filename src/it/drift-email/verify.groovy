// drift failed on the missing tables and mailed the summary through the plugin's realm; the SMTP password,
// taken from the environment variable <emailPasswordEnv> names, appears nowhere.
['docker', 'stop', new File(basedir, 'live-container.txt').text].execute().waitFor()
['kill', new File(basedir, 'smtp-pid.txt').text.trim()].execute().waitFor()

String log = new File(basedir, 'build.log').text
assert log.contains('E-mail: sent the summary to dba@example.com, oncall@example.com through 127.0.0.1:') : 'drift did not say it mailed'
File received = new File(basedir, 'received.txt')
assert received.isFile() : 'the SMTP server received nothing'
String mail = received.text
assert mail.contains('MAIL FROM: drift@example.com')
assert mail.contains('RCPT TO: dba@example.com, oncall@example.com')
assert mail.contains('Subject: integrity drift FAILED for jdbc:postgresql://localhost:') : mail
assert mail.contains('integrity drift FAILED for Database[jdbc:postgresql://localhost:') : mail
assert mail.contains('Live schema sha256 ')
assert log.contains('E-mail: sent the summary to security@example.com through 127.0.0.1:') : 'drift with <emailServerId> did not mail'
assert mail.contains('RCPT TO: security@example.com')
assert log.contains('<emailPasswordEnv> names environment variable IT_SMTP_PASSWORD_NOT_SET, which is not set')
['Smtp-s3cret-pw', 'r3ader-pw', 'It-Db-Secret-7'].each { secret ->
  assert !log.contains(secret) : "$secret is in the build log"
  assert !mail.contains(secret) : "$secret is in the message"
  ['target/drift', 'target/drift-server-id'].each { dir ->
    new File(basedir, dir).eachFile { assert !it.text.contains(secret) : "$secret is in $it" }
  }
}
true
