/** Text, JSON and SARIF writers for findings and diagnostics. */
@NonNullByDefault
package org.zwlint.core.report;

import org.eclipse.jdt.annotation.NonNullByDefault;
