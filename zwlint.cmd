@echo off
rem ZwLint launcher for Windows: finds a JDK 21+, builds the CLI jar when it is missing (in a source
rem checkout, with the Maven wrapper), and runs it. With no PATH arguments the CLI analyzes examples\.
rem The same file serves the distribution zip, where the jar is lib\zwlint.jar.
setlocal EnableExtensions EnableDelayedExpansion

rem The folder of this script, without its trailing backslash.
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"

set "JAR=%ROOT%\lib\zwlint.jar"
if not exist "%JAR%" set "JAR=%ROOT%\plugins\org.zwlint.cli\target\zwlint.jar"

rem Java 21 or newer: JAVA_HOME, then java on PATH, then the JDKs installed in the usual folders.
set "JAVA="
if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :try "%%~$PATH:J"
if not defined JAVA for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*") do (
    if not defined JAVA call :try "%%~fD\bin\java.exe"
)
if not defined JAVA (
    echo zwlint: no Java 21 or newer found ^(looked at JAVA_HOME, java on PATH and the JDKs under Program Files^); install a JDK 21+ or set JAVA_HOME to one 1>&2
    exit /b 2
)

rem A source checkout without the jar: build it once. After pulling new sources, build again with
rem "mvnw.cmd -pl plugins/org.zwlint.cli -am package -DskipTests" (this script does not compare dates).
if not exist "%JAR%" (
    if not exist "%ROOT%\mvnw.cmd" (
        echo zwlint: !JAR! is missing 1>&2
        exit /b 3
    )
    echo zwlint: building the CLI ^(plugins\org.zwlint.cli\target\zwlint.jar^) with Maven... 1>&2
    for %%J in ("!JAVA!") do set "BUILD_JAVA_HOME=%%~dpJ.."
    set "BUILD_LOG=%TEMP%\zwlint-build-!RANDOM!.log"
    pushd "%ROOT%"
    set "JAVA_HOME=!BUILD_JAVA_HOME!"
    call mvnw.cmd -q -B -pl plugins/org.zwlint.cli -am package -DskipTests > "!BUILD_LOG!" 2>&1
    set "BUILD_EXIT=!ERRORLEVEL!"
    popd
    if not "!BUILD_EXIT!"=="0" (
        type "!BUILD_LOG!" 1>&2
        del "!BUILD_LOG!" 2>nul
        echo zwlint: building the CLI failed; see the Maven output above 1>&2
        exit /b 3
    )
    del "!BUILD_LOG!" 2>nul
    if not exist "%JAR%" (
        echo zwlint: the build did not produce !JAR! 1>&2
        exit /b 3
    )
)

rem The same flags as the bash launcher (see there why); ZWLINT_JAVA_OPTS replaces them.
set "JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn256m"
if defined ZWLINT_JAVA_OPTS set "JAVA_OPTS=%ZWLINT_JAVA_OPTS%"

"%JAVA%" %JAVA_OPTS% "-Dzwlint.defaultPaths=%ROOT%\examples" -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem :try JAVA_EXE -- sets JAVA to JAVA_EXE when it exists and is Java 21 or newer.
rem The major version is read from the "version" line of java -version, written to a file first (no
rem quoting trouble in for /f): "21.0.2" gives 21, "1.8.0_392" gives 8.
:try
if not exist "%~1" exit /b 0
set "VERSION_FILE=%TEMP%\zwlint-java-version-%RANDOM%.txt"
"%~1" -version 2> "%VERSION_FILE%" 1>nul
set "VERSION="
for /f "usebackq tokens=3" %%V in (`findstr /i /c:" version " "%VERSION_FILE%"`) do (
    if not defined VERSION set "VERSION=%%~V"
)
del "%VERSION_FILE%" 2>nul
set "MAJOR=0"
for /f "tokens=1,2 delims=._-+" %%A in ("%VERSION%") do (
    set "MAJOR=%%A"
    if "%%A"=="1" set "MAJOR=%%B"
)
set /a MAJOR=MAJOR 2>nul
if %MAJOR% GEQ 21 set "JAVA=%~1"
exit /b 0
