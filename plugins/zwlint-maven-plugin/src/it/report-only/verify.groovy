import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def sep = File.separator
assert log.contains("drivers${sep}open.c:6:23: warning PM001: direct call to NtOpenEvent") : 'finding missing from the log'
assert log.contains('BUILD SUCCESS') : 'failOnFindings=false must not fail the build'
assert log.contains('the parameter failOnFindings is deprecated; use failOn') : 'deprecation message missing'
assert !new File(basedir, 'target/zwlint.sarif').exists()
def sarif = new File(basedir, 'target/reports/driver.sarif')
assert sarif.isFile() : 'configured sarifFile not written'
def run = new JsonSlurper().parse(sarif).runs[0]
assert run.results*.ruleId == ['PM001']
assert run.results[0].locations[0].physicalLocation.artifactLocation.uri == 'drivers/open.c'
assert run.properties.configurationFingerprint ==~ /[0-9a-f]{8}/ : 'the configuration fingerprint'
assert log.contains('ZwLint cache ') && log.contains(': 0 projects reused, 1 analyzed') : 'cacheDirectory unused'
def entries = []
new File(basedir, 'target/zwlint-cache').eachFileRecurse { if (it.name.endsWith('.json')) entries << it }
assert entries.size() == 1 : 'one stored project'
return true
