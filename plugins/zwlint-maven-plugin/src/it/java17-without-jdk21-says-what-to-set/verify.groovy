def log = new File(basedir, 'build.log').text
assert log =~ /Java version: 17\./ : 'this build was meant to run Maven on Java 17'
assert log.contains('ZwLint needs Java 21 or newer and Maven runs on Java 17') : 'the one-line reason is missing'
assert log.contains('-Dzwlint.javaHome=DIR') && log.contains('toolchains.xml') : 'the line must say what to set'
assert !log.contains('UnsupportedClassVersionError') : 'a class-version error leaked'
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'a stack trace is in the log'
assert !log.contains('PM001') : 'nothing was analyzed'
assert log.contains('BUILD FAILURE')
return true
