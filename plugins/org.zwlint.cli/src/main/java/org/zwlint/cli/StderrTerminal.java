package org.zwlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the process's standard error is a terminal, where a progress bar may be drawn.
 * {@code System.console()} cannot tell: it speaks of standard input and output (and on JDK 22+
 * returns a console even when they are redirected). On Linux the kernel names the file behind
 * descriptor 2 in {@code /proc/self/fd/2}: a terminal is {@code /dev/pts/N}, {@code /dev/ttyN} or
 * {@code /dev/console}; a pipe or a file is not. Elsewhere {@code test -t 2} is asked, with this
 * process's stderr handed down to it. {@code TERM=dumb} never gets a bar.
 */
final class StderrTerminal {
    private StderrTerminal() {
    }

    static boolean isTerminal() {
        return isTerminal(Path.of("/proc/self/fd/2"), System.getenv());
    }

    static boolean isTerminal(Path descriptor, Map<String, String> environment) {
        if ("dumb".equals(environment.get("TERM"))) {
            return false;
        }
        Optional<Boolean> linux = linux(descriptor);
        return linux.isPresent() ? linux.get() : askTheShell();
    }

    /** What /proc says, if there is a /proc. */
    static Optional<Boolean> linux(Path descriptor) {
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return Optional.of(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
                    || target.equals("/dev/console"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean askTheShell() {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return false; // no reliable check without native code: --progress always asks for the bar
        }
        try {
            Process test = new ProcessBuilder("sh", "-c", "test -t 2")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return test.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
