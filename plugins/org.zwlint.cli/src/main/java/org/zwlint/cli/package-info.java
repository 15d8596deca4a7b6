/** The `zwlint` command line: configures a run, prints its report, applies fixes. */
@NonNullByDefault
package org.zwlint.cli;

import org.eclipse.jdt.annotation.NonNullByDefault;
