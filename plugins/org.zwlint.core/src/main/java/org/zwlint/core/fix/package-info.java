/** Quick fixes as text edits, shared by the CLI and Eclipse. */
@NonNullByDefault
package org.zwlint.core.fix;

import org.eclipse.jdt.annotation.NonNullByDefault;
