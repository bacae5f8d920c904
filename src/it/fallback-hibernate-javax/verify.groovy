def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
check(basedir, 'passed', [])
def lines = new File(basedir, 'build.log').readLines().findAll { it.contains("plugin's own Hibernate") }
assert lines.size() == 1 : "one line saying the plugin's own Hibernate is used: $lines"
assert lines[0] ==~ /\[INFO\] Hibernate is not on the project's runtime classpath: the model is exported by the plugin's own Hibernate 5\.6\.\d+\.Final, the line that reads the javax\.persistence annotations the entities use/
true
