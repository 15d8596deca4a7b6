package org.zwlint.core.config;

/** The commented {@code .zwlint} that {@code zwlint init} writes: every key, with what it does. */
public final class StarterFile {
    private StarterFile() {
    }

    public static String text() {
        return """
                # ZwLint project file. ZwLint reads the nearest .zwlint above each file it analyzes
                # (or the one given with --config); command-line options override it.
                # One 'key = value' per line; '#' starts a comment line. Paths and globs are relative
                # to this file's folder and use '/'. The format: docs/zwlint-file.md.

                # Files to analyze (globs; repeat the key for more). Without 'source', every .c and
                # .h file below this folder is analyzed.
                # source = src/**
                # exclude = test/**

                # Build output folders (x64, x86, Win32, ARM64, Debug, Release, obj, .vs) are skipped;
                # 'analyze' analyzes them too.
                # build-output = exclude

                # The build's preprocessor settings, as the compiler gets them.
                # define = POOL_NX_OPTIN=1
                # define = DBG
                # undefine = UNICODE
                # include-dir = inc
                # wdk-include = C:/Program Files (x86)/Windows Kits/10/Include/10.0.22621.0/km

                # Or take them from the build: a Visual Studio project and one of its configurations
                # (defines, include directories, platform, KMDF/WDM/UMDF) ...
                # vcxproj = driver/driver.vcxproj
                # configuration = Release|x64
                # ... or, instead, a compilation database:  compile-commands = build/compile_commands.json

                # Target architecture: x64 (default) or x86.
                # arch = x64

                # Kernel or user-mode code: auto (includes and entry points decide), kernel or user;
                # for all files, and per glob (the last line that matches a file wins).
                # mode = auto
                # mode[exe/**] = user

                # Rules: on, off, or on at another level (error, warning, note).
                # rule[PM001] = error

                # Findings recorded in the baseline do not fail the run; only new ones do.
                # baseline = zwlint-baseline.json
                """;
    }
}
