package org.zwlint.maven.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.zwlint.maven.CheckLog;
import org.zwlint.maven.CheckOutcome;
import org.zwlint.maven.CheckRequest;
import org.zwlint.maven.ForkProtocol;

/**
 * The goal's analysis in a forked JDK 21+, for a Maven that runs on an older Java. It reads the
 * request file named by its argument and writes one line per log line, "E ", "W " or "I " and
 * the text, then the outcome as "OUTCOME KIND message"; the goal relays them to Maven's log.
 */
public final class ForkMain {
    private ForkMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CheckRequest request;
        try (var in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            request = CheckRequest.read(in);
        }
        CheckOutcome outcome = new InProcessCheck().run(request, new CheckLog() {
            @Override
            public void error(String line) {
                out.println(ForkProtocol.ERROR + ForkProtocol.oneLine(line));
            }

            @Override
            public void warn(String line) {
                out.println(ForkProtocol.WARN + ForkProtocol.oneLine(line));
            }

            @Override
            public void info(String line) {
                out.println(ForkProtocol.INFO + ForkProtocol.oneLine(line));
            }
        });
        out.println(ForkProtocol.OUTCOME + outcome.kind().name() + " " + ForkProtocol.oneLine(outcome.message()));
    }
}
