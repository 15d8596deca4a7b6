package org.zwlint.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the analysis in a forked JDK 21+ with the plugin's own class path, and relays its log
 * lines and outcome (see {@link ForkProtocol}). Used when Maven itself runs on an older Java.
 */
final class ForkedCheck {
    private ForkedCheck() {
    }

    static CheckOutcome run(Path launcher, List<Path> classPath, CheckRequest request, CheckLog log, Path workDir)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path requestFile = workDir.resolve("zwlint-request.properties");
        try (Writer out = Files.newBufferedWriter(requestFile, StandardCharsets.UTF_8)) {
            request.write(out);
        }
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(ForkProtocol.MAIN_CLASS);
        command.add(requestFile.toString());
        Process process = new ProcessBuilder(command).directory(request.basedir().toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<List<String>> errors = CompletableFuture.supplyAsync(() -> errorLines(process));
        CheckOutcome outcome = null;
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(ForkProtocol.OUTCOME)) {
                String rest = line.substring(ForkProtocol.OUTCOME.length());
                int space = rest.indexOf(' ');
                outcome = new CheckOutcome(CheckOutcome.Kind.valueOf(space < 0 ? rest : rest.substring(0, space)),
                        space < 0 ? "" : rest.substring(space + 1));
            } else if (line.startsWith(ForkProtocol.ERROR)) {
                log.error(line.substring(ForkProtocol.ERROR.length()));
            } else if (line.startsWith(ForkProtocol.WARN)) {
                log.warn(line.substring(ForkProtocol.WARN.length()));
            } else if (line.startsWith(ForkProtocol.INFO)) {
                log.info(line.substring(ForkProtocol.INFO.length()));
            } else {
                log.info(line);
            }
        }
        output.close();
        int exit = process.waitFor();
        List<String> stderr = errors.join();
        if (outcome == null || exit != 0) {
            stderr.forEach(log::error);
            throw new IOException("the analysis in " + launcher + " ended with exit code " + exit
                    + " before it reported an outcome" + (stderr.isEmpty() ? "" : "; its messages are above"));
        }
        stderr.forEach(log::warn);
        return outcome;
    }

    private static List<String> errorLines(Process process) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("cannot read the forked analysis's output: " + e.getMessage());
        }
        return lines;
    }
}
