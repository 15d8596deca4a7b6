import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def sep = File.separator
assert log.contains("src${sep}main${sep}c${sep}dispatch.c:9:9: warning PM001: direct call to NtClose") : 'finding missing from the log'
assert log.contains("    src${sep}main${sep}c${sep}dispatch.c:9:9: note: the simulated system service dispatcher's replay ends in STATUS_INVALID_HANDLE") : 'verdict note missing'
assert log.contains('ZwLint found 1 warning in the driver sources (1 at or above failOn=warning)') : 'failure reason missing'
assert log.contains('BUILD FAILURE')

def sarif = new File(basedir, 'target/zwlint.sarif')
assert sarif.isFile() : 'SARIF log not written'
def json = new JsonSlurper().parse(sarif)
assert json.version == '2.1.0'
def run = json.runs[0]
assert run.tool.driver.name == 'ZwLint'
assert run.tool.driver.rules*.id.contains('PM001')
assert run.originalUriBaseIds.SRCROOT.description.text : 'SRCROOT is described'
assert !run.originalUriBaseIds.SRCROOT.uri : 'no absolute path of the machine'
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'PM001'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/main/c/dispatch.c'
assert location.artifactLocation.uriBaseId == 'SRCROOT'
assert location.region.startLine == 9
assert result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text == 'Zw'
return true
