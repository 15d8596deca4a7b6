package org.zwlint.maven;

/**
 * The analysis behind the goal. Its implementation is compiled for Java 21 (the analyzer's
 * release) while the goal itself is compiled for Java 17, so the goal only names it by string and
 * loads it once it knows the JVM can.
 */
public interface CheckRunner {
    /** The implementation, in the plugin's jar. */
    String IMPLEMENTATION = "org.zwlint.maven.analysis.InProcessCheck";

    CheckOutcome run(CheckRequest request, CheckLog log);
}
