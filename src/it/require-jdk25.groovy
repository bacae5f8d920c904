// Shared by the java21/java25 ITs' selector.groovy: they run Maven on the JDK 25 at jdk25Home (-Dintegrity.jdk25Home).
// Without one they are skipped, visibly, unless -Dintegrity.requireJdk25=true (CI) makes that a failure.
String name = basedir.name
File release = new File(jdk25Home, 'release')
if (release.isFile() && release.text =~ /(?m)^JAVA_VERSION="25[".]/) {
  return true
}
if (requireJdk25 == 'true') {
  throw new IllegalStateException("integrity.requireJdk25=true but $jdk25Home is not a JDK 25: the $name IT needs one (set -Dintegrity.jdk25Home)")
}
println "SKIPPED $name: no JDK 25 at $jdk25Home (set -Dintegrity.jdk25Home; CI runs it with -Dintegrity.requireJdk25=true)"
return false
