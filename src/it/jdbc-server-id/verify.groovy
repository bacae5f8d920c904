String log = new File(basedir, 'build.log').text
assert log.contains('integrity: credentials of <server> integrity-it-db from settings.xml (user it_user)')
assert log.contains('cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=5: ')
assert log.contains('Check the host and port in <jdbcUrl>, that the server runs, and that it accepts connections from this machine.')
assert !log.contains('cannot decrypt') : 'the encrypted password was not decrypted'
assert !log.contains('It-Db-Secret-7') : 'the password appears in the build log'
assert !log.contains('p0/+gk/B+IYHeKj4GnDvApFa3rUmCMpC') : 'the encrypted password appears in the build log'
true
