def log = new File(basedir, 'build.log').text
def sep = File.separator
assert log.contains("${sep}.zwlint:3: key 'wdk': unknown key") : 'the message must name the file, the line and the key'
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/zwlint.sarif').exists() : 'a misconfigured run must not analyze'
return true
