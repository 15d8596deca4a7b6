/** Drives the generated ANTLR lexer and parser; syntax diagnostics. */
@NonNullByDefault
package org.zwlint.core.parse;

import org.eclipse.jdt.annotation.NonNullByDefault;
