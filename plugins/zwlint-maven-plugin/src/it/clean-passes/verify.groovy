import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('zwlint: 0 findings and 0 diagnostics in 1 file analyzed') : 'summary missing from the log'
assert !log.contains('PM001')
assert log.contains('BUILD SUCCESS')

def sarif = new File(basedir, 'target/zwlint.sarif')
assert sarif.isFile() : 'a clean run still writes the SARIF log'
def run = new JsonSlurper().parse(sarif).runs[0]
assert run.results.isEmpty()
assert run.invocations[0].executionSuccessful == true
return true
