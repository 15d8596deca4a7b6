/** ZwLint's public API: run an analysis, read its findings. */
@NonNullByDefault
package org.zwlint.core;

import org.eclipse.jdt.annotation.NonNullByDefault;
