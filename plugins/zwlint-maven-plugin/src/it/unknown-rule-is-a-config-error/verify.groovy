def log = new File(basedir, 'build.log').text
assert log.contains("zwlint: disabledRules names unknown rule 'PM999'; known rules: PM001") : 'configuration error missing'
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/zwlint.sarif').exists() : 'a misconfigured run must not analyze'
return true
