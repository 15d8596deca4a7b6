/** ZwLint's own immutable AST nodes, with exact source ranges, and their visitors. */
@NonNullByDefault
package org.zwlint.core.ast;

import org.eclipse.jdt.annotation.NonNullByDefault;
