/**
 * The goal's analysis, compiled for Java 21 like the analyzer it calls: run in Maven's JVM when
 * that is 21 or newer, else in a forked JDK 21+ through {@link org.zwlint.maven.analysis.ForkMain}.
 */
@NonNullByDefault
package org.zwlint.maven.analysis;

import org.eclipse.jdt.annotation.NonNullByDefault;
