package org.zwlint.core.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/**
 * An in-memory file system the fuzzer fills: the main file under /src, the other files of an
 * input under /src or, when their name starts with "inc/", under the include directory /inc.
 * Emptied and refilled for every input, so nothing leaks from one input to the next.
 */
final class InMemoryTree {
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    final Path source = fs.getPath("/src");
    final Path include = fs.getPath("/inc");

    Path fill(FuzzFiles files) {
        clear();
        try {
            Files.createDirectories(source);
            Files.createDirectories(include);
            Path main = source.resolve(FuzzFiles.MAIN);
            Files.write(main, files.main());
            for (Map.Entry<String, byte[]> other : files.others().entrySet()) {
                write(other.getKey(), other.getValue());
            }
            return main;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String name, byte[] content) {
        boolean toInclude = name.startsWith("inc/");
        Path base = toInclude ? include : source;
        try {
            Path target = base.resolve(toInclude ? name.substring(4) : name).normalize();
            if (!target.startsWith(base) || target.equals(base)) {
                return; // names like "../x" stay out of the tree
            }
            if (name.endsWith("/")) {
                Files.createDirectories(target); // a directory where a header is expected
                return;
            }
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, content);
        } catch (InvalidPathException | IOException e) {
            // a name the file system refuses, or one that collides with a directory: not written
        }
    }

    private void clear() {
        for (Path root : new Path[] {source, include}) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
