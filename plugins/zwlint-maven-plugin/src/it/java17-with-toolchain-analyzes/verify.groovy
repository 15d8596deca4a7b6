import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def sep = File.separator
assert log =~ /Java version: 17\./ : 'this build was meant to run Maven on Java 17'
assert log.contains('ZwLint runs its analysis on ') : 'the forked JDK is not named'
assert log.contains("src${sep}main${sep}c${sep}dispatch.c:9:9: warning PM001: direct call to NtClose") : 'finding missing from the log'
assert log.contains("    src${sep}main${sep}c${sep}dispatch.c:9:9: note: the simulated system service dispatcher's replay ends in STATUS_INVALID_HANDLE") : 'verdict note missing'
assert log.contains('ZwLint found 1 warning in the driver sources (1 at or above failOn=warning)') : 'failure reason missing'
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'a stack trace is in the log'
assert log.contains('BUILD FAILURE')
def json = new JsonSlurper().parse(new File(basedir, 'target/zwlint.sarif'))
assert json.runs[0].results.size() == 1
assert json.runs[0].results[0].ruleId == 'PM001'
return true
