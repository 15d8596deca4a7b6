package org.zwlint.core.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Names files in a SARIF log. Under the base directory a file gets a URI relative to the
 * {@value #SRCROOT} base id, so the log stays valid when CI checks the sources out elsewhere;
 * anything outside it gets an absolute file URI.
 */
final class ArtifactUris {
    static final String SRCROOT = "SRCROOT";

    private final Optional<Path> base;

    ArtifactUris(Optional<Path> baseDirectory) {
        this.base = baseDirectory.map(dir -> dir.toAbsolutePath().normalize());
    }

    /** The base as an absolute directory URI ending in '/', as SARIF requires for originalUriBaseIds. */
    Optional<String> baseUri() {
        return base.map(dir -> {
            String uri = dir.toUri().toASCIIString();
            return uri.endsWith("/") ? uri : uri + "/";
        });
    }

    /** A location's artifact: relative to SRCROOT when under the base, else absolute. */
    Artifact artifact(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (base.isPresent() && absolute.startsWith(base.get()) && !absolute.equals(base.get())) {
            return new Artifact(relativeUri(base.get().relativize(absolute)), Optional.of(SRCROOT));
        }
        return new Artifact(absolute.toUri().toASCIIString(), Optional.empty());
    }

    record Artifact(String uri, Optional<String> uriBaseId) {
    }

    private static String relativeUri(Path relative) {
        StringJoiner joined = new StringJoiner("/");
        for (Path segment : relative) {
            joined.add(segment.toString());
        }
        String path = joined.toString();
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            path = "./" + path; // "a:b.c" would otherwise read as a URI scheme
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express " + relative + " as a URI", e);
        }
    }
}
