/** Source files as read from disk: encodings, line maps, text ranges and byte-exact text edits. */
@NonNullByDefault
package org.zwlint.core.source;

import org.eclipse.jdt.annotation.NonNullByDefault;
