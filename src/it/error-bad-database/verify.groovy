String log = new File(basedir, 'build.log').text
assert log.contains("<database> is 'dockr'; allowed values: auto, docker, embedded, jdbc. Fix <database> in the plugin's configuration (or -Dintegrity.database).")
assert !new File(basedir, 'target/integrity/report.json').exists() : 'no report for a run that never started'
true
