def log = new File(basedir, 'build.log').text
assert log.contains('ZwLint analysis skipped (zwlint.skip=true)') : 'skip message missing'
assert !log.contains('PM001') : 'skipped run must not analyze'
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/zwlint.sarif').exists() : 'skipped run must not write SARIF'
return true
