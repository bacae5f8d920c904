// Shared by the quiet-* ITs (run with -Dorg.slf4j.simpleLogger.showLogName=true, so that every SLF4J line names its
// logger): from the plugin's start to the JVM's exit, the log holds Maven's lines only, none of them below WARN
// from a library the plugin runs (Hibernate, Liquibase, Testcontainers and its Docker client, the embedded PostgreSQL,
// the JDBC driver, the project's logging backend), no stack trace and no error.
return { File buildLog ->
  def all = buildLog.readLines().collect { it.replaceAll(/\u001B\[[0-9;]*m/, '') }
  int start = all.findIndexOf { it.contains('--- integrity-maven-plugin:') }
  int end = all.findIndexOf(start) { it.startsWith('Running post-build script') }
  assert start >= 0 : 'no integrity execution in the build log'
  // Maven's own resolver may warn, with a stack trace, that a file it copies from the ITs' file:// repository has no
  // checksum (whichever IT first needs that artifact): Maven's output, not the plugin's
  boolean inResolverWarning = false
  def lines = all.subList(start, end < 0 ? all.size() : end).findAll { line ->
    if (line =~ /^\[WARNING\] org\.eclipse\.aether\./) {
      inResolverWarning = true
    } else if (line.startsWith('[')) {
      inResolverWarning = false
    }
    !inResolverWarning && !(line =~ /^\[(INFO|WARNING)\] org\.apache\.maven\.cli\.transfer\./)
  }
  // Testcontainers' banner when TESTCONTAINERS_RYUK_DISABLED=true (as on this repository's CI): a WARN, in several lines
  def ryukBanner = { it ==~ /\*+/ || it.startsWith('Ryuk has been disabled') }
  def foreign = lines.findAll { it.trim() && !(it =~ /^\[(INFO|WARNING|ERROR)\]/) && !ryukBanner(it) }
  assert foreign.isEmpty() : "lines outside Maven's log (a logging backend's own output, or a stack trace):\n" + foreign.take(20).join('\n')
  def library = /^\[INFO\] (org\.hibernate|org\.jboss\.logging|liquibase|org\.testcontainers|tc\.|com\.github\.dockerjava|io\.zonky|org\.postgresql|com\.zaxxer|org\.flywaydb|org\.springframework)\S* - /
  def chatter = lines.findAll { it =~ library }
  assert chatter.isEmpty() : "library lines below WARN:\n" + chatter.take(20).join('\n')
  def errors = lines.findAll { it.startsWith('[ERROR]') }
  assert errors.isEmpty() : "errors:\n" + errors.join('\n')
  assert lines.any { it =~ /^\[INFO\] dev\.integrity\.maven\.VerifyMojo - Timings: / } : 'the plugin\'s lines do not name their logger: is showLogName on?'
  true
}
