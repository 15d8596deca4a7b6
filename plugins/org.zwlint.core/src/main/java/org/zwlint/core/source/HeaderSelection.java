package org.zwlint.core.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which headers of a run are analyzed on their own. A header is analyzed as part of each
 * unit that includes it; one that no analyzed C file includes is analyzed alone only when it is C.
 * A C++ header (see {@link CxxMarkers}) is set aside, never a flood of syntax errors.
 * <p>
 * "Includes" is read from the text ({@code #include} lines of the run's .c files and C headers,
 * matched by file name without case, as the preprocessor reports them), before any parse, so the
 * decision is the same for the whole run whatever project a file belongs to.
 */
public final class HeaderSelection {
    private static final Pattern INCLUDE = Pattern.compile("^[ \\t]*#[ \\t]*include[ \\t]*[\"<]([^\">\\r\\n]+)[\">]",
            Pattern.MULTILINE);

    private HeaderSelection() {
    }

    /** The files to analyze, in input order, and the C++ headers set aside. */
    public record Selected(List<Path> files, List<Path> cxxHeaders) {
        public Selected {
            files = List.copyOf(files);
            cxxHeaders = List.copyOf(cxxHeaders);
        }
    }

    /** @param named files the user named one by one: analyzed whatever they are */
    public static Selected select(List<Path> files, Set<Path> named) {
        Set<Path> headers = new HashSet<>();
        List<Path> cxx = new ArrayList<>();
        Set<String> included = new HashSet<>();
        Set<Path> cHeaders = new HashSet<>();
        for (Path file : files) {
            if (!isHeader(file) || named.contains(file)) {
                includes(text(file), included);
                continue;
            }
            headers.add(file);
            String text = text(file);
            if (CxxMarkers.cxxConstruct(text).isPresent()) {
                cxx.add(file);
            } else {
                cHeaders.add(file);
                includes(text, included);
            }
        }
        List<Path> kept = new ArrayList<>();
        for (Path file : files) {
            if (!headers.contains(file) || cHeaders.contains(file) && !included.contains(baseName(file))) {
                kept.add(file);
            }
        }
        return new Selected(kept, cxx);
    }

    private static boolean isHeader(Path file) {
        return baseName(file).endsWith(".h");
    }

    private static String baseName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    private static void includes(String text, Set<String> into) {
        Matcher matcher = INCLUDE.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).strip().replace('\\', '/');
            into.add(name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
        }
    }

    /** The text as the analysis decodes it (UTF-8, UTF-16 with a BOM, Windows-1252). */
    private static String text(Path file) {
        return SourceReader.read(file) instanceof SourceReader.Loaded loaded ? loaded.file().text()
                : ""; // the analysis reports the unreadable file itself
    }
}
