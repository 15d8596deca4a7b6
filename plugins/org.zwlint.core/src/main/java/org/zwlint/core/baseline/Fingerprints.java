package org.zwlint.core.baseline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.zwlint.core.Finding;
import org.zwlint.core.source.SourceReader;

/**
 * A finding's identity across edits: a hash of its rule, its file (relative to the project's base
 * folder, with '/'), the text of its line with white space collapsed, and its rank among the
 * findings of that rule on equal lines of the file. Moving code up or down, re-indenting it or
 * editing other lines keeps the fingerprint; changing the flagged line makes it a new finding.
 * The same value is SARIF's {@code partialFingerprints}, so a baseline and a code-scanning
 * service agree on what is new.
 */
public final class Fingerprints {
    /** The key under SARIF's partialFingerprints. */
    public static final String SARIF_KEY = "zwlintLineHash/v1";

    private final Path base;

    /** @param base the folder file names are taken relative to (the .zwlint's or SRCROOT) */
    public Fingerprints(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** The file name a baseline records: relative to the base with '/', or absolute outside it. */
    public String fileName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** The fingerprints of the findings, in their order. */
    public List<String> of(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        Map<Path, String> texts = new HashMap<>(); // read per call: the files may change between runs
        List<String> prints = new ArrayList<>();
        for (Finding finding : findings) {
            String key = finding.ruleId() + "\u0000" + fileName(finding.range().file()) + "\u0000"
                    + lineText(finding, texts);
            int rank = seen.merge(key, 1, Integer::sum) - 1;
            prints.add(hash(key + "\u0000" + rank));
        }
        return prints;
    }

    private static String lineText(Finding finding, Map<Path, String> texts) {
        Path file = finding.range().file();
        String text = texts.computeIfAbsent(file, f -> SourceReader.read(f) instanceof SourceReader.Loaded loaded
                ? loaded.file().text() : "");
        int start = Math.min(finding.range().startOffset(), text.length());
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        int lineEnd = text.indexOf('\n', start);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return line.strip().replaceAll("\\s+", " ");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

}
