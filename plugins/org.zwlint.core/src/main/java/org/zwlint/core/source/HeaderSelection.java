package org.zwlint.core.source;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Decides which headers of a run are analyzed on their own. A header is analyzed as part of each
 * unit that includes it; one that no analyzed C file includes is analyzed alone only when it is C.
 * A C++ header is set aside, never a flood of syntax errors: one with a C++ construct (see
 * {@link CxxMarkers}), one that includes a C++ header beside it, and one in a folder whose sources
 * are all C++ (.cpp and no .c).
 * <p>
 * "Includes" is read from the text ({@code #include} lines of the run's .c files and C headers,
 * matched by file name without case, as the preprocessor reports them), before any parse, so the
 * decision is the same for the whole run whatever project a file belongs to.
 */
public final class HeaderSelection {
    /** An include directive from its '#' on; {@link #includeDirectives} finds the '#'s that open a line. */
    private static final Pattern INCLUDE = Pattern.compile("#[ \\t]*include[ \\t]*[\"<]([^\">\\r\\n]+)[\">]");

    private HeaderSelection() {
    }

    /** The files to analyze, in input order, and the C++ headers set aside. */
    public record Selected(List<Path> files, List<Path> cxxHeaders) {
        public Selected {
            files = List.copyOf(files);
            cxxHeaders = List.copyOf(cxxHeaders);
        }
    }

    /**
     * @param named files the user named one by one: analyzed whatever they are
     * @param cxxSources the C++ sources of the run: a header beside them and no .c file is C++
     */
    public static Selected select(List<Path> files, Set<Path> named, List<Path> cxxSources) {
        Set<Path> cFolders = new HashSet<>();
        files.stream().filter(f -> !isHeader(f)).map(Path::getParent).filter(p -> p != null).forEach(cFolders::add);
        Set<Path> cxxFolders = new HashSet<>();
        cxxSources.stream().filter(f -> !isHeader(f)).map(Path::getParent).filter(p -> p != null)
                .forEach(cxxFolders::add);
        Set<Path> headers = new HashSet<>();
        files.stream().filter(f -> isHeader(f) && !named.contains(f)).forEach(headers::add);
        if (headers.isEmpty()) {
            // Nothing to decide: reading every file's text to find its includes would only cost time.
            return new Selected(files, List.of());
        }
        Set<Path> cxx = new HashSet<>();
        Map<Path, String> texts = new HashMap<>();
        for (Path file : files) {
            String text = text(file);
            texts.put(file, text);
            if (headers.contains(file)) {
                Path folder = file.getParent();
                boolean cxxFolder = folder != null && cxxFolders.contains(folder) && !cFolders.contains(folder);
                if (cxxFolder || CxxMarkers.cxxConstruct(text).isPresent()) {
                    cxx.add(file);
                }
            }
        }
        // A header that includes a C++ header of its own folder is C++ too, however C it looks.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Path header : headers) {
                if (!cxx.contains(header) && localIncludes(header, texts.get(header)).stream().anyMatch(cxx::contains)) {
                    cxx.add(header);
                    grew = true;
                }
            }
        }
        Set<String> included = new HashSet<>();
        for (Path file : files) {
            if (!cxx.contains(file)) {
                includes(texts.get(file), included);
            }
        }
        List<Path> kept = new ArrayList<>();
        for (Path file : files) {
            if (!headers.contains(file) || !cxx.contains(file) && !included.contains(baseName(file))) {
                kept.add(file);
            }
        }
        return new Selected(kept, files.stream().filter(cxx::contains).toList());
    }

    /** The quoted includes of a file that name an existing file beside it or below its folder. */
    private static List<Path> localIncludes(Path file, @Nullable String text) {
        Path folder = file.getParent();
        if (folder == null || text == null) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        for (Matcher matcher : includeDirectives(text)) {
            if (text.charAt(matcher.start(1) - 1) != '"') {
                continue;
            }
            try {
                Path candidate = folder.resolve(matcher.group(1).strip().replace('\\', '/')).normalize();
                if (Files.isRegularFile(candidate)) {
                    found.add(candidate);
                }
            } catch (InvalidPathException e) {
                // not a name this file system has: not a local header
            }
        }
        return found;
    }

    private static boolean isHeader(Path file) {
        return baseName(file).endsWith(".h");
    }

    private static String baseName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    private static void includes(@Nullable String text, Set<String> into) {
        if (text == null) {
            return;
        }
        for (Matcher matcher : includeDirectives(text)) {
            String name = matcher.group(1).strip().replace('\\', '/');
            into.add(name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The include directives of a text, each a matcher on its match: tried only at a '#' that only blanks
     * precede on its line (a pattern anchored at every line start was most of a folder's selection time).
     */
    private static List<Matcher> includeDirectives(String text) {
        List<Matcher> found = new ArrayList<>();
        for (int hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
            int before = hash - 1;
            while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
                before--;
            }
            if (before >= 0 && !isLineEnd(text.charAt(before))) {
                continue;
            }
            Matcher matcher = INCLUDE.matcher(text).region(hash, text.length());
            if (matcher.lookingAt()) {
                found.add(matcher);
            }
        }
        return found;
    }

    /** What ends a line for a pattern's '^' in multiline mode. */
    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The text as the analysis decodes it (UTF-8, UTF-16 with a BOM, Windows-1252). */
    private static String text(Path file) {
        return SourceReader.read(file) instanceof SourceReader.Loaded loaded ? loaded.file().text()
                : ""; // the analysis reports the unreadable file itself
    }
}
