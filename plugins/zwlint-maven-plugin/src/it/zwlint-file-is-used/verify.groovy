def log = new File(basedir, 'build.log').text
def sep = File.separator
assert log.contains("src${sep}main${sep}c${sep}dispatch.c:9:9: error PM001: direct call to NtClose") : 'the .zwlint level was not applied'
assert !log.contains('old_cleanup.c') : 'the .zwlint exclude was not applied'
assert log.contains('ZwLint found 1 error in the driver sources (1 at or above failOn=warning)') : 'failure reason missing'
assert log.contains('BUILD FAILURE')
return true
