/** The run's configuration, one format shared by the CLI, the Maven plugin and Eclipse. */
@NonNullByDefault
package org.zwlint.core.config;

import org.eclipse.jdt.annotation.NonNullByDefault;
