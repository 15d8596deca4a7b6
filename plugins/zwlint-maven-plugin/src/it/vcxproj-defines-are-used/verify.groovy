def log = new File(basedir, 'build.log').text
def sep = File.separator
// Debug|x64 defines RF_TRACE_CLOSE, which brings in the direct call; without the project the code is clean.
assert log.contains("src${sep}main${sep}c${sep}dispatch.c:9:5: warning PM001: direct call to NtClose") : 'the Debug define was not used'
assert log.contains('ZwLint found 1 warning in the driver sources (1 at or above failOn=warning)') : 'failure reason missing'
assert log.contains('BUILD FAILURE')
return true
