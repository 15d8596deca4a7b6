/** The zwlint-maven-plugin: goal `check` analyzes a project's C sources during `verify`. */
@NonNullByDefault
package org.zwlint.maven;

import org.eclipse.jdt.annotation.NonNullByDefault;
