// This IT starts its "live" database with `docker run` (prebuild.groovy): without a Docker engine it is
// skipped, visibly, unless -Dintegrity.requireDocker=true (CI) makes that a failure.
def answers = ['docker', 'info'].execute()
answers.waitForOrKill(20000)
if (answers.exitValue() == 0) {
  return true
}
if (requireDocker == 'true') {
  throw new IllegalStateException('integrity.requireDocker=true but no Docker engine answers: the drift-email IT needs one')
}
println 'SKIPPED drift-email: no Docker engine answers (CI runs it with -Dintegrity.requireDocker=true)'
return false
