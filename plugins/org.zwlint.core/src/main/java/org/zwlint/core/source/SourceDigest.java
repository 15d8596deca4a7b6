package org.zwlint.core.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes as they were analyzed: a fix carries it, so it is applied only to
 * the very bytes its offsets were computed on, and refused when the file changed in between.
 */
public record SourceDigest(String sha256) {
    public static SourceDigest of(byte[] bytes) {
        try {
            return new SourceDigest(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public boolean matches(byte[] bytes) {
        return equals(of(bytes));
    }
}
