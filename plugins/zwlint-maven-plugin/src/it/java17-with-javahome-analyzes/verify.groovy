def log = new File(basedir, 'build.log').text
def sep = File.separator
assert log =~ /Java version: 17\./ : 'this build was meant to run Maven on Java 17'
assert log.contains('ZwLint runs its analysis on ') : 'the forked JDK is not named'
assert log.contains("src${sep}main${sep}c${sep}dispatch.c:9:9: warning PM001: direct call to NtClose") : 'finding missing from the log'
assert log.contains('BUILD SUCCESS') : 'failOn=none passes the build'
assert new File(basedir, 'target/zwlint.sarif').isFile()
return true
