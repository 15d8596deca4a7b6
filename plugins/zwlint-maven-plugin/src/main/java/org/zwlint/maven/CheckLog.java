package org.zwlint.maven;

/** Where the analysis reports its lines: Maven's log in this JVM, standard output in a forked one. */
public interface CheckLog {
    void error(String line);

    void warn(String line);

    void info(String line);
}
