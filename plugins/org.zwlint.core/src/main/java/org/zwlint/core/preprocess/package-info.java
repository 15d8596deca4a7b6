/** Tokens in, tokens out: includes, macros, conditionals, and the source map back to where each token was written. */
@NonNullByDefault
package org.zwlint.core.preprocess;

import org.eclipse.jdt.annotation.NonNullByDefault;
